import { healthResponse } from '@corium/contracts';
import { sql } from 'kysely';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps';
import { AppError } from '../errors/app-error';
import type { Lifecycle } from './lifecycle';

/** 200 when the database answers; 503 while shutting down, so a balancer stops sending work. */
export const healthRoutes: FastifyPluginAsyncZod<{ deps: Deps; lifecycle: Lifecycle }> = async (
  app,
  { deps, lifecycle },
) => {
  app.get(
    '/healthz',
    {
      config: { policy: { public: true } },
      schema: { tags: ['platform'], response: { 200: healthResponse, 503: healthResponse } },
    },
    async (_request, reply) => {
      const body = { db: deps.dbKind, version: deps.config.version };
      if (lifecycle.closing) return reply.status(503).send({ status: 'closing', ...body });
      await sql`SELECT 1`.execute(deps.db).catch(() => {
        throw new AppError('SERVICE_UNAVAILABLE', 'The database does not answer');
      });
      return { status: 'ok' as const, ...body };
    },
  );
};

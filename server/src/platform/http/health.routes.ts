import { healthResponse } from '@corium/contracts';
import { sql } from 'kysely';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps';
import { AppError } from '../errors/app-error';
import type { Lifecycle } from './lifecycle';

const schema = { tags: ['platform'], response: { 200: healthResponse, 503: healthResponse } };

/**
 * `/healthz` (liveness): the process is up and not shutting down — cheap enough to poll often,
 * and no database round trip, so a slow database never gets the process restarted.
 * `/readyz` (readiness): also the database answers, so a balancer only sends work that can be
 * done. Both answer 503 while shutting down, so a balancer stops sending work.
 */
export const healthRoutes: FastifyPluginAsyncZod<{ deps: Deps; lifecycle: Lifecycle }> = async (
  app,
  { deps, lifecycle },
) => {
  const body = { db: deps.dbKind, version: deps.config.version };
  const ok = { status: 'ok' as const, ...body };
  const closing = { status: 'closing' as const, ...body };

  app.get('/healthz', { config: { policy: { public: true } }, schema }, async (_request, reply) =>
    lifecycle.closing ? reply.status(503).send(closing) : ok,
  );

  app.get('/readyz', { config: { policy: { public: true } }, schema }, async (_request, reply) => {
    if (lifecycle.closing) return reply.status(503).send(closing);
    await sql`SELECT 1`.execute(deps.db).catch(() => {
      throw new AppError('SERVICE_UNAVAILABLE', 'The database does not answer');
    });
    return ok;
  });
};

import { backupOverview as backupOverviewSchema, backupRun } from '@corium/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps';
import { requestMeta } from '../../platform/auth/request-meta';
import { backupOverview, requestBackup } from './backups.service';

const adminOnly = { policy: { roles: ['admin'] as const } };
const tags = ['operations'];

export const operationsRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/api/operations/backups',
    { config: adminOnly, schema: { tags, response: { 200: backupOverviewSchema } } },
    async () => backupOverview(deps),
  );

  app.post(
    '/api/operations/backups',
    { config: adminOnly, schema: { tags, response: { 202: backupRun } } },
    async (request, reply) =>
      reply.status(202).send(await requestBackup(deps, request.principal!, requestMeta(request))),
  );
};

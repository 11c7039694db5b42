import {
  id,
  recall,
  recallAffected as recallAffectedSchema,
  recallList,
  recallNotifyRequest,
  recallNotifyResult,
  recallRequest,
} from '@corium/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { requestMeta } from '../../platform/auth/request-meta';
import { affectedCsv } from './recall-csv';
import {
  createRecall,
  listRecalls,
  notifyRecall,
  recallAffected,
  type RecallCaller,
} from './recalls.service';

const tags = ['recalls'];
/** Recalls are the clinic's safety decisions: its administrators and medical director make them. */
const managers = { policy: { roles: ['admin', 'medical_director'] as const } };
const params = z.object({ recallId: id });

const callerOf = (request: FastifyRequest): RecallCaller => ({
  principal: request.principal!,
  meta: requestMeta(request),
});

export const recallRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/api/recalls',
    { config: managers, schema: { tags, response: { 200: recallList } } },
    async (request) => ({
      recalls: await listRecalls(deps, request.principal!),
    }),
  );

  app.post(
    '/api/recalls',
    { config: managers, schema: { tags, body: recallRequest, response: { 201: recall } } },
    async (request, reply) =>
      reply.status(201).send(await createRecall(deps, callerOf(request), request.body)),
  );

  app.get(
    '/api/recalls/:recallId/affected',
    { config: managers, schema: { tags, params, response: { 200: recallAffectedSchema } } },
    async (request) => recallAffected(deps, callerOf(request), request.params.recallId),
  );

  app.get(
    '/api/recalls/:recallId/affected.csv',
    { config: managers, schema: { tags, params, produces: ['text/csv'] } },
    async (request, reply) => {
      const affected = await recallAffected(deps, callerOf(request), request.params.recallId, 'export');
      return reply
        .type('text/csv; charset=utf-8')
        .header('Cache-Control', 'no-store')
        .header(
          'Content-Disposition',
          `attachment; filename="recall-${request.params.recallId}-patients.csv"`,
        )
        .send(affectedCsv(affected.sessions));
    },
  );

  app.post(
    '/api/recalls/:recallId/notify',
    {
      config: managers,
      schema: { tags, params, body: recallNotifyRequest, response: { 200: recallNotifyResult } },
    },
    async (request) => notifyRecall(deps, callerOf(request), request.params.recallId),
  );
};

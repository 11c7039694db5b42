import { accessLog, accessLogQuery, id } from '@corium/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { requestMeta } from '../../platform/auth/request-meta';
import { accessLogCsv, ownAccessLog, patientAccessLog } from './access-log.service';

const params = z.object({ patientId: id });
const adminForPatient = { policy: { roles: ['admin'] as const, patient: 'path' as const } };
const tags = ['audit'];

export const accessLogRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/api/patients/:patientId/access-log',
    {
      config: adminForPatient,
      schema: { tags, params, querystring: accessLogQuery, response: { 200: accessLog } },
    },
    async (request) => ({
      events: await patientAccessLog(
        deps,
        request.principal!,
        request.params.patientId,
        request.query,
        requestMeta(request),
      ),
    }),
  );

  app.get(
    '/api/patients/:patientId/access-log.csv',
    {
      config: adminForPatient,
      schema: { tags, params, querystring: accessLogQuery, produces: ['text/csv'] },
    },
    async (request, reply) => {
      const events = await patientAccessLog(
        deps,
        request.principal!,
        request.params.patientId,
        request.query,
        requestMeta(request),
        'export',
      );
      return reply
        .type('text/csv; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="access-log-${request.params.patientId}.csv"`)
        .send(accessLogCsv(events));
    },
  );

  app.get(
    '/api/portal/access-log',
    {
      config: { policy: { roles: ['patient'] } },
      schema: { tags: ['portal'], response: { 200: accessLog } },
    },
    async (request) => ({ events: await ownAccessLog(deps, request.principal!, requestMeta(request)) }),
  );
};

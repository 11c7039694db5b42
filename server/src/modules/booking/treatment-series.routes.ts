import { id, treatmentSeries, treatmentSeriesList, treatmentSeriesRequest } from '@corium/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { anyStaff, clinicalStaff } from '../../platform/auth/policy';
import { requestMeta } from '../../platform/auth/request-meta';
import * as series from './treatment-series.service';

const params = z.object({ patientId: id });
const tags = ['treatment series'];

/** Clinicians plan a course; everyone who books sees it, to book its sessions. */
export const treatmentSeriesRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/api/patients/:patientId/treatment-series',
    {
      config: { policy: { roles: clinicalStaff, patient: 'path' } },
      schema: {
        tags,
        summary: 'Plan a course of treatment; sessions and intervals default by indication',
        params,
        body: treatmentSeriesRequest,
        response: { 201: treatmentSeries },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await series.createSeries(
            deps,
            request.principal!,
            request.params.patientId,
            request.body,
            requestMeta(request),
          ),
        ),
  );

  app.get(
    '/api/patients/:patientId/treatment-series',
    {
      config: { policy: { roles: anyStaff, patient: 'path' } },
      schema: { tags, params, response: { 200: treatmentSeriesList } },
    },
    async (request) => ({
      series: await series.listSeries(
        deps,
        request.principal!,
        request.params.patientId,
        requestMeta(request),
      ),
    }),
  );
};

import { patientList, patientSearchQuery, portalRecord } from '@corium/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps';
import { anyStaff } from '../../platform/auth/policy';
import { requestMeta } from '../../platform/auth/request-meta';
import * as patients from './patients.service';

const tags = ['patients'];

export const patientsRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/api/patients',
    {
      config: { policy: { roles: anyStaff } },
      schema: { tags, querystring: patientSearchQuery, response: { 200: patientList } },
    },
    async (request) => patients.searchPatients(deps, request.principal!, request.query, requestMeta(request)),
  );

  app.get(
    '/api/portal/record',
    {
      config: { policy: { roles: ['patient'] } },
      schema: { tags: ['portal'], response: { 200: portalRecord } },
    },
    async (request) => patients.getPortalRecord(deps, request.principal!, requestMeta(request)),
  );
};

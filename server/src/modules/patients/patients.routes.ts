import { id, medicalHistory, patientList, patientSearchQuery, portalRecord } from '@corium/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { anyStaff, clinicalStaff } from '../../platform/auth/policy';
import { requestMeta } from '../../platform/auth/request-meta';
import * as patients from './patients.service';

const params = z.object({ patientId: id });
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

  // Front desk books and calls patients but never sees their clinical history.
  app.get(
    '/api/patients/:patientId/medical-history',
    {
      config: { policy: { roles: clinicalStaff, patient: 'path' } },
      schema: { tags, params, response: { 200: medicalHistory } },
    },
    async (request) =>
      patients.getMedicalHistory(deps, request.principal!, request.params.patientId, requestMeta(request)),
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

import { createPatientRequest, id, patientRecord, updatePatientRequest } from '@corium/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { anyStaff } from '../../platform/auth/policy';
import { requestMeta } from '../../platform/auth/request-meta';
import * as record from './patient-record.service';

const params = z.object({ patientId: id });
const tags = ['patients'];

/** Registering and editing a patient's record, and reading it whole. */
export const patientRecordRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/api/patients',
    {
      config: { policy: { roles: anyStaff } },
      schema: { tags, body: createPatientRequest, response: { 201: patientRecord } },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await record.createPatient(deps, request.principal!, request.body, requestMeta(request))),
  );

  app.patch(
    '/api/patients/:patientId',
    {
      config: { policy: { roles: anyStaff, patient: 'path' } },
      schema: { tags, params, body: updatePatientRequest, response: { 200: patientRecord } },
    },
    async (request) =>
      record.updatePatient(
        deps,
        request.principal!,
        request.params.patientId,
        request.body,
        requestMeta(request),
      ),
  );

  app.get(
    '/api/patients/:patientId',
    {
      config: { policy: { roles: anyStaff, patient: 'path' } },
      schema: { tags, params, response: { 200: patientRecord } },
    },
    async (request) =>
      record.getPatientRecord(deps, request.principal!, request.params.patientId, requestMeta(request)),
  );
};

import {
  historyQuery,
  historyVersions,
  id,
  intakeAnswers,
  medicalHistory,
  portalIntake,
  recordHistoryRequest,
} from '@corium/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { clinicalStaff } from '../../platform/auth/policy';
import { requestMeta } from '../../platform/auth/request-meta';
import * as history from './history.service';

const params = z.object({ patientId: id });
// Front desk books and calls patients but never sees their clinical history.
const clinicalForPatient = { policy: { roles: clinicalStaff, patient: 'path' as const } };
const tags = ['medical history'];

export const historyRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/api/patients/:patientId/medical-history',
    {
      config: clinicalForPatient,
      schema: { tags, params, querystring: historyQuery, response: { 200: medicalHistory } },
    },
    async (request) =>
      history.getMedicalHistory(
        deps,
        request.principal!,
        request.params.patientId,
        request.query.asOf,
        requestMeta(request),
      ),
  );

  app.get(
    '/api/patients/:patientId/medical-history/versions',
    { config: clinicalForPatient, schema: { tags, params, response: { 200: historyVersions } } },
    async (request) => ({
      versions: await history.listHistoryVersions(
        deps,
        request.principal!,
        request.params.patientId,
        requestMeta(request),
      ),
    }),
  );

  app.post(
    '/api/patients/:patientId/medical-history',
    {
      config: clinicalForPatient,
      schema: { tags, params, body: recordHistoryRequest, response: { 201: medicalHistory } },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await history.recordHistory(
            deps,
            request.principal!,
            request.params.patientId,
            request.body.answers,
            requestMeta(request),
          ),
        ),
  );
};

/** The patient's own intake in the portal: resume, save as they go, submit. */
export const portalIntakeRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const patientOnly = { policy: { roles: ['patient'] as const } };
  const portalTags = ['portal'];
  app.get(
    '/api/portal/intake',
    { config: patientOnly, schema: { tags: portalTags, response: { 200: portalIntake } } },
    async (request) => history.getPortalIntake(deps, request.principal!, requestMeta(request)),
  );

  app.put(
    '/api/portal/intake/draft',
    {
      config: patientOnly,
      schema: { tags: portalTags, body: recordHistoryRequest, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await history.saveIntakeDraft(deps, request.principal!, request.body.answers, requestMeta(request));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/portal/intake',
    {
      config: patientOnly,
      schema: {
        tags: portalTags,
        body: z.strictObject({ answers: intakeAnswers }),
        response: { 201: medicalHistory },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await history.submitIntake(deps, request.principal!, request.body.answers, requestMeta(request)),
        ),
  );
};

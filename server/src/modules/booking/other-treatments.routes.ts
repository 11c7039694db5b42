import {
  id,
  otherTreatment,
  otherTreatmentEnteredInErrorRequest,
  otherTreatmentList,
  otherTreatmentRequest,
} from '@corium/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { clinicalStaff } from '../../platform/auth/policy';
import { requestMeta } from '../../platform/auth/request-meta';
import * as records from './other-treatments.service';

const params = z.object({ patientId: id });
const tags = ['other treatments'];
// Toxin, filler, peel and laser records are medical history: clinicians read and write them, as
// they do the medical history. The front desk meets them only as a booking's refusal
// (SPACING_TOO_CLOSE names the kind, day and zones), which is all it needs to rebook.
const clinicalForPatient = { policy: { roles: clinicalStaff, patient: 'path' as const } };

type App = Parameters<FastifyPluginAsyncZod>[0];

/**
 * Other aesthetic treatments of a patient, here or elsewhere: recorded, corrected by superseding,
 * withdrawn when entered in error, listed.
 */
export const otherTreatmentRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/api/patients/:patientId/other-treatments',
    {
      config: clinicalForPatient,
      schema: {
        tags,
        summary: 'Record a toxin, filler, peel or laser treatment, or correct a record by superseding it',
        params,
        body: otherTreatmentRequest,
        response: { 201: otherTreatment },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await records.recordOtherTreatment(
            deps,
            request.principal!,
            request.params.patientId,
            request.body,
            requestMeta(request),
          ),
        ),
  );

  enteredInErrorRoute(app, deps);

  app.get(
    '/api/patients/:patientId/other-treatments',
    { config: clinicalForPatient, schema: { tags, params, response: { 200: otherTreatmentList } } },
    async (request) => ({
      otherTreatments: await records.listOtherTreatments(
        deps,
        request.principal!,
        request.params.patientId,
        requestMeta(request),
      ),
    }),
  );
};

/** Withdraws a record entered in error: a retraction supersedes it, and the record is answered marked. */
function enteredInErrorRoute(app: App, deps: Deps): void {
  app.post(
    '/api/patients/:patientId/other-treatments/:recordId/entered-in-error',
    {
      config: clinicalForPatient,
      schema: {
        tags,
        summary:
          'Withdraw a record entered in error; it stays listed, marked, and booking no longer counts it',
        params: z.object({ patientId: id, recordId: id }),
        body: otherTreatmentEnteredInErrorRequest,
        response: { 200: otherTreatment },
      },
    },
    async (request) =>
      records.markEnteredInError(
        deps,
        request.principal!,
        request.params,
        request.body,
        requestMeta(request),
      ),
  );
}

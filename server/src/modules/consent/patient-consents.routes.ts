import {
  consentTreatment,
  consentVerification,
  id,
  patientConsents,
  photoScopeChange,
  photoScopeStateList,
  renderedConsent,
  requestConsentRequest,
  signConsentRequest,
  signedConsent,
  withdrawConsentRequest,
  type Role,
} from '@corium/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { anyStaff, type RoutePolicy } from '../../platform/auth/policy';
import { requestMeta } from '../../platform/auth/request-meta';
import { renderConsent, signOnTablet } from './consent-signing.service';
import { verifyConsent } from './consent-verification.service';
import * as consents from './patient-consents.service';
import { changePhotoScope } from './photo-scopes.service';

const params = z.object({ patientId: id });
const consentParams = z.object({ patientId: id, consentId: id });
const tags = ['consent'];
const forPatient = (roles: readonly Role[]): { policy: RoutePolicy } => ({
  policy: { roles, patient: 'path' },
});
// Front desk checks consent at check-in and hands the tablet over; they never witness it.
const staff = forPatient(anyStaff);
const witnesses = forPatient(['practitioner', 'medical_director']);
const withdrawers = forPatient(['admin', 'medical_director', 'practitioner']);

type App = Parameters<FastifyPluginAsyncZod>[0];

/** Reading and signing: what the front desk checks at check-in and hands the tablet over for. */
function signingRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/patients/:patientId/consents',
    { config: staff, schema: { tags, params, response: { 200: patientConsents } } },
    async (request) =>
      consents.getPatientConsents(deps, request.principal!, request.params.patientId, requestMeta(request)),
  );

  app.get(
    '/api/patients/:patientId/consents/render/:treatment',
    {
      config: staff,
      schema: {
        tags,
        params: z.object({ patientId: id, treatment: consentTreatment }),
        response: { 200: renderedConsent },
      },
    },
    async (request) =>
      renderConsent(
        deps,
        request.principal!,
        request.params.patientId,
        request.params.treatment,
        requestMeta(request),
      ),
  );

  app.post(
    '/api/patients/:patientId/consents',
    { config: staff, schema: { tags, params, body: signConsentRequest, response: { 201: signedConsent } } },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await signOnTablet(
            deps,
            request.principal!,
            request.params.patientId,
            request.body,
            requestMeta(request),
          ),
        ),
  );
}

/** The signed document: downloaded, and checked against its recorded hashes. */
function documentRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/patients/:patientId/consents/:consentId/pdf',
    { config: staff, schema: { tags, params: consentParams, produces: ['application/pdf'] } },
    async (request, reply) => {
      const { patientId, consentId } = request.params;
      const pdf = await consents.consentPdf(
        deps,
        request.principal!,
        patientId,
        consentId,
        requestMeta(request),
      );
      return reply
        .type('application/pdf')
        .header('Content-Disposition', `attachment; filename="consent-${consentId}.pdf"`)
        .send(pdf);
    },
  );
  app.post(
    '/api/patients/:patientId/consents/:consentId/verify',
    {
      config: forPatient(['admin']),
      schema: { tags, params: consentParams, response: { 200: consentVerification } },
    },
    async (request) =>
      verifyConsent(
        deps,
        request.principal!,
        request.params.patientId,
        request.params.consentId,
        requestMeta(request),
      ),
  );
}

/** After signing: a witness's countersignature, the patient's withdrawal. */
function consentChangeRoutes(app: App, deps: Deps): void {
  app.post(
    '/api/patients/:patientId/consents/:consentId/countersign',
    { config: witnesses, schema: { tags, params: consentParams, response: { 200: signedConsent } } },
    async (request) =>
      consents.countersignConsent(
        deps,
        request.principal!,
        request.params.patientId,
        request.params.consentId,
        requestMeta(request),
      ),
  );

  app.post(
    '/api/patients/:patientId/consents/:consentId/withdraw',
    {
      config: withdrawers,
      schema: { tags, params: consentParams, body: withdrawConsentRequest, response: { 200: signedConsent } },
    },
    async (request) =>
      consents.withdrawConsent(
        deps,
        request.principal!,
        request.params.patientId,
        request.params.consentId,
        request.body.reason,
        requestMeta(request),
      ),
  );
}

/** Asking the patient to sign, and recording their instructions about photo use. */
function instructionRoutes(app: App, deps: Deps): void {
  app.post(
    '/api/patients/:patientId/consent-requests',
    {
      config: staff,
      schema: { tags, params, body: requestConsentRequest, response: { 201: patientConsents } },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await consents.requestConsent(
            deps,
            request.principal!,
            request.params.patientId,
            request.body.treatment,
            requestMeta(request),
          ),
        ),
  );

  app.put(
    '/api/patients/:patientId/photo-scopes',
    {
      config: staff,
      schema: { tags, params, body: photoScopeChange, response: { 200: photoScopeStateList } },
    },
    async (request) => ({
      photoScopes: await changePhotoScope(
        deps,
        request.principal!,
        request.params.patientId,
        request.body,
        requestMeta(request),
      ),
    }),
  );
}

export const patientConsentRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  signingRoutes(app, deps);
  documentRoutes(app, deps);
  consentChangeRoutes(app, deps);
  instructionRoutes(app, deps);
};

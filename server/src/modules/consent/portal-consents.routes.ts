import {
  consentTreatment,
  id,
  patientConsents,
  photoScopeChange,
  photoScopeStateList,
  renderedConsent,
  signConsentRequest,
  signedConsent,
  withdrawConsentRequest,
} from '@corium/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { requestMeta } from '../../platform/auth/request-meta';
import { renderOwnConsent, signInPortal } from './consent-signing.service';
import * as consents from './patient-consents.service';
import { changeOwnPhotoScope } from './photo-scopes.service';

/** The patient's own consents in the portal: always their own record, never an id they send. */
const patientOnly = { policy: { roles: ['patient'] as const } };
const tags = ['portal'];
const consentParams = z.object({ consentId: id });

type App = Parameters<FastifyPluginAsyncZod>[0];

function readingRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/portal/consents',
    { config: patientOnly, schema: { tags, response: { 200: patientConsents } } },
    async (request) => consents.getOwnConsents(deps, request.principal!, requestMeta(request)),
  );

  app.get(
    '/api/portal/consents/render/:treatment',
    {
      config: patientOnly,
      schema: { tags, params: z.object({ treatment: consentTreatment }), response: { 200: renderedConsent } },
    },
    async (request) =>
      renderOwnConsent(deps, request.principal!, request.params.treatment, requestMeta(request)),
  );
}

function changeRoutes(app: App, deps: Deps): void {
  app.post(
    '/api/portal/consents',
    { config: patientOnly, schema: { tags, body: signConsentRequest, response: { 201: signedConsent } } },
    async (request, reply) =>
      reply
        .status(201)
        .send(await signInPortal(deps, request.principal!, request.body, requestMeta(request))),
  );

  app.get(
    '/api/portal/consents/:consentId/pdf',
    { config: patientOnly, schema: { tags, params: consentParams, produces: ['application/pdf'] } },
    async (request, reply) => {
      const { consentId } = request.params;
      const pdf = await consents.ownConsentPdf(deps, request.principal!, consentId, requestMeta(request));
      return reply
        .type('application/pdf')
        .header('Content-Disposition', `attachment; filename="consent-${consentId}.pdf"`)
        .send(pdf);
    },
  );

  app.post(
    '/api/portal/consents/:consentId/withdraw',
    {
      config: patientOnly,
      schema: { tags, params: consentParams, body: withdrawConsentRequest, response: { 200: signedConsent } },
    },
    async (request) =>
      consents.withdrawOwnConsent(
        deps,
        request.principal!,
        request.params.consentId,
        request.body.reason,
        requestMeta(request),
      ),
  );

  app.put(
    '/api/portal/photo-scopes',
    { config: patientOnly, schema: { tags, body: photoScopeChange, response: { 200: photoScopeStateList } } },
    async (request) => ({
      photoScopes: await changeOwnPhotoScope(deps, request.principal!, request.body, requestMeta(request)),
    }),
  );
}

export const portalConsentRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  readingRoutes(app, deps);
  changeRoutes(app, deps);
};

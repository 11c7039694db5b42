import {
  id,
  offerAnswer,
  offerTokenQuery,
  waitlistEntry,
  waitlistEntryList,
  waitlistEntryRequest,
  waitlistOffer,
  waitlistQuery,
} from '@corium/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { anyStaff } from '../../platform/auth/policy';
import { requestMeta } from '../../platform/auth/request-meta';
import { acceptOwnOffer, declineOwnOffer, readOwnOffer } from './offer-answers.service';
import * as waitlist from './waitlist.service';

type App = Parameters<FastifyPluginAsyncZod>[0];
const tags = ['waitlist'];
const staff = { policy: { roles: anyStaff } };
const staffForPatient = { policy: { roles: anyStaff, patient: 'path' as const } };
/** The portal: always the caller's own record, never an id they send. */
const patientOnly = { policy: { roles: ['patient'] as const } };
const patientParams = z.object({ patientId: id });
const offerParams = z.object({ offerId: id });

function staffRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/waitlist',
    { config: staff, schema: { tags, querystring: waitlistQuery, response: { 200: waitlistEntryList } } },
    async (request) => ({
      entries: await waitlist.clinicWaitlist(deps, request.principal!, request.query, requestMeta(request)),
    }),
  );

  app.get(
    '/api/patients/:patientId/waitlist',
    {
      config: staffForPatient,
      schema: { tags, params: patientParams, response: { 200: waitlistEntryList } },
    },
    async (request) => ({
      entries: await waitlist.patientEntries(
        deps,
        request.principal!,
        request.params.patientId,
        requestMeta(request),
      ),
    }),
  );
}

function staffPatientRoutes(app: App, deps: Deps): void {
  app.post(
    '/api/patients/:patientId/waitlist',
    {
      config: staffForPatient,
      schema: { tags, params: patientParams, body: waitlistEntryRequest, response: { 201: waitlistEntry } },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await waitlist.addEntry(
            deps,
            request.principal!,
            request.params.patientId,
            request.body,
            requestMeta(request),
          ),
        ),
  );

  app.post(
    '/api/patients/:patientId/waitlist/:entryId/withdraw',
    {
      config: staffForPatient,
      schema: { tags, params: z.object({ patientId: id, entryId: id }), response: { 200: waitlistEntry } },
    },
    async (request) =>
      waitlist.withdrawEntry(
        deps,
        request.principal!,
        request.params.patientId,
        request.params.entryId,
        requestMeta(request),
      ),
  );
}

function portalEntryRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/portal/waitlist',
    { config: patientOnly, schema: { tags, response: { 200: waitlistEntryList } } },
    async (request) => ({
      entries: await waitlist.ownEntries(deps, request.principal!, requestMeta(request)),
    }),
  );

  app.post(
    '/api/portal/waitlist',
    { config: patientOnly, schema: { tags, body: waitlistEntryRequest, response: { 201: waitlistEntry } } },
    async (request, reply) =>
      reply
        .status(201)
        .send(await waitlist.addOwnEntry(deps, request.principal!, request.body, requestMeta(request))),
  );

  app.post(
    '/api/portal/waitlist/:entryId/withdraw',
    {
      config: patientOnly,
      schema: { tags, params: z.object({ entryId: id }), response: { 200: waitlistEntry } },
    },
    async (request) =>
      waitlist.withdrawOwnEntry(deps, request.principal!, request.params.entryId, requestMeta(request)),
  );
}

function portalOfferRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/portal/waitlist/offers/:offerId',
    {
      config: patientOnly,
      schema: { tags, params: offerParams, querystring: offerTokenQuery, response: { 200: waitlistOffer } },
    },
    async (request) =>
      readOwnOffer(
        deps,
        request.principal!,
        request.params.offerId,
        request.query.token,
        requestMeta(request),
      ),
  );

  app.post(
    '/api/portal/waitlist/offers/:offerId/accept',
    {
      config: patientOnly,
      schema: { tags, params: offerParams, body: offerAnswer, response: { 200: waitlistOffer } },
    },
    async (request) =>
      acceptOwnOffer(deps, request.principal!, request.params.offerId, request.body, requestMeta(request)),
  );

  app.post(
    '/api/portal/waitlist/offers/:offerId/decline',
    {
      config: patientOnly,
      schema: { tags, params: offerParams, body: offerAnswer, response: { 200: waitlistOffer } },
    },
    async (request) =>
      declineOwnOffer(deps, request.principal!, request.params.offerId, request.body, requestMeta(request)),
  );
}

/** The waitlist: staff's view and the patient's own, and answering an offer of a freed time. */
export const waitlistRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  staffRoutes(app, deps);
  staffPatientRoutes(app, deps);
  portalEntryRoutes(app, deps);
  portalOfferRoutes(app, deps);
};

import {
  checkInForm,
  checkInLinkAnswersRequest,
  checkInLinkRequest,
  checkInOutcome,
  id,
  portalRecovery,
  submitCheckInRequest,
} from '@corium/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { requestMeta } from '../../platform/auth/request-meta';
import * as checkIns from './check-ins.service';
import * as plans from './plans.service';

const tags = ['portal'];
const patientOnly = { roles: ['patient'] as const };
const params = z.object({ checkInId: id });

type App = Parameters<FastifyPluginAsyncZod>[0];

function portalRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/portal/aftercare',
    {
      config: { policy: patientOnly },
      schema: {
        tags,
        summary: 'My recovery timeline, with today and my check-ins',
        response: { 200: portalRecovery },
      },
    },
    async (request) => plans.getPortalRecovery(deps, request.principal!, requestMeta(request)),
  );
  app.get(
    '/api/portal/aftercare/check-ins/:checkInId',
    {
      config: { policy: patientOnly },
      schema: { tags, summary: 'The form of one of my check-ins', params, response: { 200: checkInForm } },
    },
    async (request) =>
      checkIns.getPortalCheckInForm(deps, request.principal!, request.params.checkInId, requestMeta(request)),
  );
  app.post(
    '/api/portal/aftercare/check-ins/:checkInId',
    {
      config: { policy: patientOnly },
      schema: {
        tags,
        summary: 'Answer one of my check-ins; says at once what happens next',
        params,
        body: submitCheckInRequest,
        response: { 200: checkInOutcome },
      },
    },
    async (request) =>
      checkIns.submitPortalCheckIn(
        deps,
        request.principal!,
        request.params.checkInId,
        request.body.answers,
        requestMeta(request),
      ),
  );
}

function linkRoutes(app: App, deps: Deps): void {
  app.post(
    '/api/check-in-links/form',
    {
      config: { policy: { public: true } },
      schema: {
        tags,
        summary: 'The check-in form an e-mailed link opens',
        body: checkInLinkRequest,
        response: { 200: checkInForm },
      },
    },
    async (request) => checkIns.openLinkForm(deps, request.body.token, requestMeta(request)),
  );
  app.post(
    '/api/check-in-links/answers',
    {
      config: { policy: { public: true } },
      schema: {
        tags,
        summary: 'Answer the check-in an e-mailed link opens (uses the link up)',
        body: checkInLinkAnswersRequest,
        response: { 200: checkInOutcome },
      },
    },
    async (request) =>
      checkIns.submitLinkAnswers(deps, request.body.token, request.body.answers, requestMeta(request)),
  );
}

/**
 * The patient's recovery in the portal (always their own record), and the e-mailed check-in
 * link, which needs no sign-in: its token, sent in the body, opens that one form only.
 */
export const aftercarePortalRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  portalRoutes(app, deps);
  linkRoutes(app, deps);
};

import {
  followUpsDue,
  id,
  markEnteredInError,
  outcomeScoreCreated,
  patientOutcomes,
  recordOutcomeScore,
  recordOwnOutcomeScore,
} from '@corium/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { anyStaff, clinicalStaff } from '../../platform/auth/policy';
import { requestMeta } from '../../platform/auth/request-meta';
import * as reads from './outcome-reads.service';
import * as scores from './outcome-scores.service';

const tags = ['outcomes'];
const params = z.object({ patientId: id });
// Clinicians rate; admins read like the rest of the clinical record (complaints, access requests).
const raters = { policy: { roles: clinicalStaff, patient: 'path' as const } };
const readers = { policy: { roles: ['admin' as const, ...clinicalStaff], patient: 'path' as const } };
// The front desk books the follow-up visits, so it sees who is due (no scores in this list).
const followUpReaders = { policy: { roles: anyStaff } };
const patientOnly = { policy: { roles: ['patient'] as const } };

type App = Parameters<FastifyPluginAsyncZod>[0];

/** Outcome scores, progress and follow-ups: staff for a patient, a patient for themselves. */
export const outcomeRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  staffRoutes(app, deps);
  portalRoutes(app, deps);
};

function staffRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/patients/:patientId/outcomes',
    { config: readers, schema: { tags, params, response: { 200: patientOutcomes } } },
    async (request) =>
      reads.patientOutcomes(deps, request.principal!, request.params.patientId, requestMeta(request)),
  );
  app.post(
    '/api/patients/:patientId/outcomes',
    {
      config: raters,
      schema: { tags, params, body: recordOutcomeScore, response: { 201: outcomeScoreCreated } },
    },
    async (request, reply) => {
      const { principal, params: p, body } = request;
      const score = await scores.recordScore(deps, principal!, p.patientId, body, requestMeta(request));
      return reply.status(201).send({ score });
    },
  );
  app.post(
    '/api/patients/:patientId/outcomes/:scoreId/entered-in-error',
    {
      config: raters,
      schema: {
        tags,
        params: z.object({ patientId: id, scoreId: id }),
        body: markEnteredInError,
        response: { 200: outcomeScoreCreated },
      },
    },
    async (request) => ({
      score: await scores.markScoreEnteredInError(
        deps,
        request.principal!,
        request.params,
        request.body,
        requestMeta(request),
      ),
    }),
  );
  app.get(
    '/api/outcomes/follow-ups',
    { config: followUpReaders, schema: { tags, response: { 200: followUpsDue } } },
    async (request) => ({
      followUps: await reads.followUpsDue(deps, request.principal!, requestMeta(request)),
    }),
  );
}

function portalRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/portal/outcomes',
    { config: patientOnly, schema: { tags: ['portal'], response: { 200: patientOutcomes } } },
    async (request) => reads.ownOutcomes(deps, request.principal!, requestMeta(request)),
  );
  app.post(
    '/api/portal/outcomes',
    {
      config: patientOnly,
      schema: { tags: ['portal'], body: recordOwnOutcomeScore, response: { 201: outcomeScoreCreated } },
    },
    async (request, reply) => {
      const score = await scores.recordOwnScore(deps, request.principal!, request.body, requestMeta(request));
      return reply.status(201).send({ score });
    },
  );
}

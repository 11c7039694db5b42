import {
  erasureDecisionBody,
  erasureRequest,
  erasureRequestList,
  portalErasureBody,
  requestIdParams,
  staffErasureBody,
} from '@corium/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { requestMeta } from '../../platform/auth/request-meta';
import * as erasure from './erasure.service';

const tags = ['privacy'];
const adminOnly = { policy: { roles: ['admin'] as const } };

/** Erasure requests: from the portal or recorded by an admin; an admin carries them out or declines. */
export const erasureRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/api/portal/privacy/erasure-requests',
    {
      config: { policy: { roles: ['patient'] } },
      schema: { tags, body: portalErasureBody, response: { 201: erasureRequest } },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await erasure.requestOwnErasure(deps, request.principal!, request.body, requestMeta(request))),
  );

  app.post(
    '/api/patients/:patientId/erasure-requests',
    {
      config: { policy: { roles: ['admin'], patient: 'path' } },
      schema: {
        tags,
        params: z.object({ patientId: z.uuid() }),
        body: staffErasureBody,
        response: { 201: erasureRequest },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await erasure.recordErasureRequest(
            deps,
            request.principal!,
            request.params.patientId,
            request.body,
            requestMeta(request),
          ),
        ),
  );
};

/** An admin's review: the list, one request with what carrying it out will do, the decision. */
export const erasureReviewRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/api/privacy/erasure-requests',
    { config: adminOnly, schema: { tags, response: { 200: erasureRequestList } } },
    async (request) => erasure.listErasureRequests(deps, request.principal!, requestMeta(request)),
  );

  app.get(
    '/api/privacy/erasure-requests/:requestId',
    { config: adminOnly, schema: { tags, params: requestIdParams, response: { 200: erasureRequest } } },
    async (request) =>
      erasure.getErasureRequest(deps, request.principal!, request.params.requestId, requestMeta(request)),
  );

  app.post(
    '/api/privacy/erasure-requests/:requestId/carry-out',
    {
      config: adminOnly,
      schema: { tags, params: requestIdParams, body: erasureDecisionBody, response: { 200: erasureRequest } },
    },
    async (request) =>
      erasure.carryOutErasure(
        deps,
        request.principal!,
        request.params.requestId,
        request.body,
        requestMeta(request),
      ),
  );

  app.post(
    '/api/privacy/erasure-requests/:requestId/decline',
    {
      config: adminOnly,
      schema: { tags, params: requestIdParams, body: erasureDecisionBody, response: { 200: erasureRequest } },
    },
    async (request) =>
      erasure.declineErasure(
        deps,
        request.principal!,
        request.params.requestId,
        request.body,
        requestMeta(request),
      ),
  );
};

import {
  accessIdParams,
  breakGlassAccess,
  breakGlassBody,
  breakGlassList,
  breakGlassReviewBody,
} from '@corium/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps';
import { anyStaff } from '../../platform/auth/policy';
import { requestMeta } from '../../platform/auth/request-meta';
import * as breakGlass from './break-glass.service';

const tags = ['privacy'];
const adminOnly = { policy: { roles: ['admin'] as const } };

/**
 * Break-glass access. The patient is named in the body, not the path: `patient: 'path'` would
 * ask for the very access this route grants.
 */
export const breakGlassRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/api/break-glass',
    {
      config: { policy: { roles: anyStaff } },
      schema: { tags, body: breakGlassBody, response: { 201: breakGlassAccess } },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await breakGlass.breakGlass(deps, request.principal!, request.body, requestMeta(request))),
  );

  app.get(
    '/api/privacy/break-glass',
    { config: adminOnly, schema: { tags, response: { 200: breakGlassList } } },
    async (request) => breakGlass.breakGlassReviews(deps, request.principal!, requestMeta(request)),
  );

  app.post(
    '/api/privacy/break-glass/:accessId/review',
    {
      config: adminOnly,
      schema: {
        tags,
        params: accessIdParams,
        body: breakGlassReviewBody,
        response: { 200: breakGlassAccess },
      },
    },
    async (request) =>
      breakGlass.reviewBreakGlass(
        deps,
        request.principal!,
        request.params.accessId,
        request.body,
        requestMeta(request),
      ),
  );
};

import {
  apiTokenList,
  id,
  inviteRequest,
  inviteResponse,
  staffList,
  staffUser,
  updateUserRequest,
} from '@corium/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { requestMeta } from '../../platform/auth/request-meta';
import { inviteStaff, listStaff, updateStaff } from './users.service';
import { listApiTokens, revokeApiToken } from './tokens.service';

const admin = { policy: { roles: ['admin'] as const } };
const tags = ['team'];

export const usersRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/api/users',
    { config: admin, schema: { tags, response: { 200: staffList } } },
    async (request) => ({
      users: await listStaff(deps, request.principal!),
    }),
  );

  app.post(
    '/api/users/invitations',
    { config: admin, schema: { tags, body: inviteRequest, response: { 201: inviteResponse } } },
    async (request, reply) =>
      reply.status(201).send(await inviteStaff(deps, request.principal!, request.body, requestMeta(request))),
  );

  app.patch(
    '/api/users/:userId',
    {
      config: admin,
      schema: {
        tags,
        params: z.object({ userId: id }),
        body: updateUserRequest,
        response: { 200: staffUser },
      },
    },
    async (request) =>
      updateStaff(deps, request.principal!, request.params.userId, request.body, requestMeta(request)),
  );

  app.get(
    '/api/tokens',
    { config: admin, schema: { tags, response: { 200: apiTokenList } } },
    async (request) => ({
      tokens: await listApiTokens(deps, request.principal!),
    }),
  );

  app.delete(
    '/api/tokens/:tokenId',
    { config: admin, schema: { tags, params: z.object({ tokenId: id }), response: { 204: z.null() } } },
    async (request, reply) => {
      await revokeApiToken(deps, request.principal!, request.params.tokenId, requestMeta(request));
      return reply.status(204).send(null);
    },
  );
};

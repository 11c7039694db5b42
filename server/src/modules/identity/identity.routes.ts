import { currentUser as currentUserSchema, signInRequest } from '@corium/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { SESSION_COOKIE } from '../../platform/auth/auth-plugin';
import { anyone } from '../../platform/auth/policy';
import * as identity from './identity.service';

const cookieOptions = { path: '/', httpOnly: true, secure: true, sameSite: 'lax' } as const;

export const identityRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/api/auth/sign-in',
    {
      config: { policy: { public: true } },
      schema: { tags: ['auth'], body: signInRequest, response: { 200: currentUserSchema } },
    },
    async (request, reply) => {
      const signedIn = await identity.signIn(deps, request.body, {
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
      });
      reply.setCookie(SESSION_COOKIE, signedIn.token, cookieOptions);
      return signedIn.current;
    },
  );

  app.get(
    '/api/auth/me',
    {
      config: { policy: { roles: anyone } },
      schema: { tags: ['auth'], response: { 200: currentUserSchema } },
    },
    async (request) => identity.currentUser(deps, request.cookies[SESSION_COOKIE] ?? ''),
  );

  app.post(
    '/api/auth/sign-out',
    {
      config: { policy: { public: true } },
      schema: { tags: ['auth'], response: { 204: z.null() } },
    },
    async (request, reply) => {
      await identity.signOut(deps, request.cookies[SESSION_COOKIE]);
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return reply.status(204).send(null);
    },
  );
};

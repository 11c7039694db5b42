import {
  sessionState,
  signInRequest,
  totpEnrolment,
  totpEnrolRequest,
  totpEnrolResponse,
  totpVerifyRequest,
} from '@corium/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { SESSION_COOKIE } from '../../platform/auth/auth-plugin';
import { requestMeta } from '../../platform/auth/request-meta';
import { clearSessionCookie, setSessionCookie } from '../../platform/auth/session-cookie';
import { describeSession, signIn, signOut } from './sign-in.service';
import { enrolTotp, getTotpEnrolment, verifyTotp } from './totp.service';

const tags = ['auth'];

export const authRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/api/auth/session',
    {
      config: { policy: { public: true } },
      schema: { tags, summary: 'Where this browser stands in signing in', response: { 200: sessionState } },
    },
    async (request) => describeSession(deps, request.session),
  );

  app.post(
    '/api/auth/sign-in',
    {
      config: { policy: { public: true } },
      schema: { tags, body: signInRequest, response: { 200: sessionState } },
    },
    async (request, reply) => {
      const result = await signIn(deps, request.body, requestMeta(request), request.cookies[SESSION_COOKIE]);
      if (result.sessionToken) setSessionCookie(reply, result.sessionToken);
      return result.state;
    },
  );

  app.post(
    '/api/auth/sign-out',
    { config: { policy: { public: true } }, schema: { tags, response: { 204: z.null() } } },
    async (request, reply) => {
      await signOut(deps, request.session, requestMeta(request));
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );
};

/** The second step of a staff sign-in, reachable only from a session at that step. */
export const totpRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/api/auth/totp/enrolment',
    {
      config: { policy: { signInStep: 'totp_enrolment' } },
      schema: { tags, response: { 200: totpEnrolment } },
    },
    async (request) => getTotpEnrolment(deps, request.session!),
  );

  app.post(
    '/api/auth/totp/enrol',
    {
      config: { policy: { signInStep: 'totp_enrolment' } },
      schema: { tags, body: totpEnrolRequest, response: { 200: totpEnrolResponse } },
    },
    async (request, reply) => {
      const { sessionToken, ...result } = await enrolTotp(
        deps,
        request.session!,
        request.body.code,
        requestMeta(request),
      );
      setSessionCookie(reply, sessionToken);
      return result;
    },
  );

  app.post(
    '/api/auth/totp/verify',
    {
      config: { policy: { signInStep: 'totp' } },
      schema: { tags, body: totpVerifyRequest, response: { 200: sessionState } },
    },
    async (request, reply) => {
      const result = await verifyTotp(deps, request.session!, request.body, requestMeta(request));
      if (result.sessionToken) setSessionCookie(reply, result.sessionToken);
      return result.state;
    },
  );
};

import { acceptInvitationRequest, invitationDetails, sessionState } from '@corium/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { SESSION_COOKIE } from '../../platform/auth/auth-plugin';
import { requestMeta } from '../../platform/auth/request-meta';
import { setSessionCookie } from '../../platform/auth/session-cookie';
import { acceptInvitation, getInvitation } from './invitations.service';

const params = z.object({ token: z.string().min(20).max(100) });
const tags = ['team'];

/** Public: the invitation link itself is the credential (random, single use, 7 days). */
export const invitationsRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/api/invitations/:token',
    { config: { policy: { public: true } }, schema: { tags, params, response: { 200: invitationDetails } } },
    async (request) => getInvitation(deps, request.params.token),
  );

  app.post(
    '/api/invitations/:token/accept',
    {
      config: { policy: { public: true } },
      schema: { tags, params, body: acceptInvitationRequest, response: { 200: sessionState } },
    },
    async (request, reply) => {
      const result = await acceptInvitation(
        deps,
        request.params.token,
        request.body.password,
        requestMeta(request),
        request.cookies[SESSION_COOKIE],
      );
      if (result.sessionToken) setSessionCookie(reply, result.sessionToken);
      return result.state;
    },
  );
};

import { learn } from '@corium/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps';
import { requestMeta } from '../../platform/auth/request-meta';
import * as branding from './branding.service';

/** The clinic's colour on its public pages; admins choose it. */
export const brandingRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/api/clinic/branding',
    {
      config: { policy: { roles: ['admin'] } },
      schema: {
        tags: ['clinic set-up'],
        summary: 'The colour of the clinic’s public pages (null: Corium’s own)',
        response: { 200: learn.clinicBranding },
      },
    },
    async (request) => branding.getBranding(deps, request.principal!),
  );
  app.put(
    '/api/clinic/branding',
    {
      config: { policy: { roles: ['admin'] } },
      schema: {
        tags: ['clinic set-up'],
        summary: 'Set the colour of the clinic’s public pages',
        body: learn.clinicBrandingRequest,
        response: { 200: learn.clinicBranding },
      },
    },
    async (request) => branding.setBranding(deps, request.principal!, requestMeta(request), request.body),
  );
};

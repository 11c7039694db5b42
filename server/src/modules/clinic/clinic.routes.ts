import { onboardingRequest, onboardingResponse, setupStatus } from '@corium/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps';
import { requestMeta } from '../../platform/auth/request-meta';
import * as clinic from './clinic.service';

export const clinicRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/api/setup',
    {
      config: { policy: { public: true } },
      schema: {
        tags: ['setup'],
        summary: 'Whether this Corium still needs onboarding',
        response: { 200: setupStatus },
      },
    },
    async () => clinic.getSetupStatus(deps),
  );

  app.post(
    '/api/setup',
    {
      config: { policy: { public: true } },
      schema: {
        tags: ['setup'],
        summary: 'Onboarding: create the clinic and its first admin (only on an empty Corium)',
        body: onboardingRequest,
        response: { 201: onboardingResponse },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await clinic.onboardClinic(deps, request.body, requestMeta(request))),
  );
};

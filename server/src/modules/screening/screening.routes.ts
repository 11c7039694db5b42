import { screeningRequest, screeningResult } from '@corium/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps';
import { anyStaff } from '../../platform/auth/policy';
import { evaluateScreening } from './screening.service';

export const screeningRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/api/screening/evaluate',
    {
      config: { policy: { roles: anyStaff } },
      schema: {
        tags: ['screening'],
        summary: 'Contraindication screening of intake answers against a planned treatment',
        body: screeningRequest,
        response: { 200: screeningResult },
      },
    },
    async (request) => evaluateScreening(deps, request.principal!, request.body),
  );
};

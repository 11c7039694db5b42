import { screeningRequest, screeningResult } from '@corium/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { anyStaff } from '../../platform/auth/policy';
import { evaluateScreening } from './screening.service';

export const screeningRoutes: FastifyPluginAsyncZod = async (app) => {
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
    async (request) => evaluateScreening(request.body),
  );
};

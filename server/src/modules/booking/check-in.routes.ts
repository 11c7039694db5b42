import { appointment, id } from '@corium/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { anyStaff } from '../../platform/auth/policy';
import { requestMeta } from '../../platform/auth/request-meta';
import { checkIn } from './check-in.service';

/** The patient has arrived: any member of staff at the desk or in the room may check them in. */
export const checkInRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/api/patients/:patientId/appointments/:appointmentId/check-in',
    {
      config: { policy: { roles: anyStaff, patient: 'path' } },
      schema: {
        tags: ['appointments'],
        summary: 'Check the patient in for a booked visit today (again: no change)',
        params: z.object({ patientId: id, appointmentId: id }),
        response: { 200: appointment },
      },
    },
    async (request) =>
      checkIn(
        deps,
        request.principal!,
        request.params.patientId,
        request.params.appointmentId,
        requestMeta(request),
      ),
  );
};

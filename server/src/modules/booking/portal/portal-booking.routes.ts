import {
  id,
  portalAppointment,
  portalAppointments,
  portalAvailability,
  portalAvailabilityQuery,
  portalBookingOptions,
  portalBookRequest,
  portalCancelRequest,
  portalRescheduleRequest,
} from '@corium/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../../deps';
import { requestMeta } from '../../../platform/auth/request-meta';
import { bookOwn, cancelOwn, ownAppointments } from './portal-booking.service';
import { rescheduleOwn } from './portal-reschedule.service';
import { bookingOptions, portalAvailability as findPortalAvailability } from './portal-options.service';

/** The patient books for themselves: always their own record, never an id they send. */
const patientOnly = { policy: { roles: ['patient'] as const } };
const tags = ['portal'];

type App = Parameters<FastifyPluginAsyncZod>[0];

function findingRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/portal/booking/options',
    {
      config: patientOnly,
      schema: {
        tags,
        summary: 'What the patient may book: services, locations, their series with the next session window',
        response: { 200: portalBookingOptions },
      },
    },
    async (request) => bookingOptions(deps, request.principal!, requestMeta(request)),
  );

  app.get(
    '/api/portal/booking/availability',
    {
      config: patientOnly,
      schema: { tags, querystring: portalAvailabilityQuery, response: { 200: portalAvailability } },
    },
    async (request) => findPortalAvailability(deps, request.principal!, request.query, requestMeta(request)),
  );
}

function visitRoutes(app: App, deps: Deps): void {
  app.post(
    '/api/portal/booking/appointments',
    { config: patientOnly, schema: { tags, body: portalBookRequest, response: { 201: portalAppointment } } },
    async (request, reply) =>
      reply.status(201).send(await bookOwn(deps, request.principal!, request.body, requestMeta(request))),
  );

  app.get(
    '/api/portal/booking/appointments',
    { config: patientOnly, schema: { tags, response: { 200: portalAppointments } } },
    async (request) => ownAppointments(deps, request.principal!, requestMeta(request)),
  );

  app.post(
    '/api/portal/booking/appointments/:appointmentId/cancel',
    {
      config: patientOnly,
      schema: {
        tags,
        params: z.object({ appointmentId: id }),
        body: portalCancelRequest,
        response: { 200: portalAppointment },
      },
    },
    async (request) =>
      cancelOwn(deps, request.principal!, request.params.appointmentId, request.body, requestMeta(request)),
  );

  app.post(
    '/api/portal/booking/appointments/:appointmentId/reschedule',
    {
      config: patientOnly,
      schema: {
        tags,
        summary:
          'Move the visit to another free time: the same appointment, every booking rule applied again',
        params: z.object({ appointmentId: id }),
        body: portalRescheduleRequest,
        response: { 200: portalAppointment },
      },
    },
    async (request) =>
      rescheduleOwn(
        deps,
        request.principal!,
        request.params.appointmentId,
        request.body,
        requestMeta(request),
      ),
  );
}

/** The patient books, lists, moves and cancels their own visits. */
export const portalBookingRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  findingRoutes(app, deps);
  visitRoutes(app, deps);
};

import {
  appointmentList,
  availability,
  availabilityQuery,
  bookingResources,
  bookingServiceList,
  calendarQuery,
} from '@corium/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps';
import { anyStaff } from '../../platform/auth/policy';
import { requestMeta } from '../../platform/auth/request-meta';
import { calendar } from './appointments.service';
import { findAvailability } from './availability.service';
import { listResources, listServices } from './catalog.service';

const tags = ['booking'];
const staff = { policy: { roles: anyStaff } };

/** What can be booked, with what, and the calendar of what is booked. */
export const bookingRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/api/booking/services',
    { config: staff, schema: { tags, response: { 200: bookingServiceList } } },
    async (request) => ({ services: await listServices(deps, request.principal!) }),
  );

  app.get(
    '/api/booking/resources',
    {
      config: staff,
      schema: {
        tags,
        summary: 'Locations and opening hours, rooms, devices, practitioners with services and hours',
        response: { 200: bookingResources },
      },
    },
    async (request) => listResources(deps, request.principal!),
  );

  app.get(
    '/api/appointments',
    {
      config: staff,
      schema: {
        tags,
        summary: 'The calendar: appointments overlapping a range of at most 93 days',
        querystring: calendarQuery,
        response: { 200: appointmentList },
      },
    },
    async (request) => ({
      appointments: await calendar(deps, request.principal!, request.query, requestMeta(request)),
    }),
  );

  app.get(
    '/api/booking/availability',
    {
      config: staff,
      schema: {
        tags,
        summary: 'Bookable starts of a service at a location, with the resources for each role',
        querystring: availabilityQuery,
        response: { 200: availability },
      },
    },
    async (request) => findAvailability(deps, request.principal!, request.query),
  );
};

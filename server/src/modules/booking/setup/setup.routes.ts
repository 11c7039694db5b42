import {
  bookingPolicy,
  bookingPolicyRequest,
  bookingService,
  clinicSetup,
  deviceChange,
  deviceRequest,
  id,
  locationRequest,
  openingHoursRequest,
  roomChange,
  roomRequest,
  serviceChange,
  serviceRequest,
  setupDevice,
  setupLocation,
  setupRoom,
} from '@corium/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../../deps';
import { anyStaff } from '../../../platform/auth/policy';
import { requestMeta } from '../../../platform/auth/request-meta';
import * as rules from './booking-policy.service';
import * as services from './devices-services.service';
import * as places from './places.service';
import { clinicSetup as loadSetup } from './setup-overview.service';
import type { SetupCaller } from './setup-write';

const tags = ['clinic set-up'];
const admin = { policy: { roles: ['admin'] as const } };
/** The booking rules are read by every staff member: the front desk explains them to patients. */
const staff = { policy: { roles: anyStaff } };
/** Those who keep the team's hours see the whole set-up; only admins change the rest. */
const hoursKeepers = { policy: { roles: ['admin', 'front_desk'] as const } };

export const callerOf = (request: FastifyRequest): SetupCaller => ({
  principal: request.principal!,
  meta: requestMeta(request),
});

/** Locations and opening hours, rooms, devices and services: what a clinic books with; its booking rules. */
export const clinicSetupRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  placeRoutes(app, deps);
  roomRoutes(app, deps);
  catalogRoutes(app, deps);
  bookingPolicyRoutes(app, deps);
};

type App = Parameters<FastifyPluginAsyncZod>[0];

function placeRoutes(app: App, deps: Deps) {
  app.get(
    '/api/clinic-setup',
    {
      config: hoursKeepers,
      schema: { tags, summary: 'Everything the set-up screens show', response: { 200: clinicSetup } },
    },
    async (request) => loadSetup(deps, request.principal!),
  );

  app.post(
    '/api/clinic-setup/locations',
    { config: admin, schema: { tags, body: locationRequest, response: { 201: setupLocation } } },
    async (request, reply) =>
      reply.status(201).send(await places.createLocation(deps, callerOf(request), request.body)),
  );

  app.put(
    '/api/clinic-setup/locations/:locationId',
    {
      config: admin,
      schema: {
        tags,
        params: z.object({ locationId: id }),
        body: locationRequest,
        response: { 200: setupLocation },
      },
    },
    async (request) =>
      places.updateLocation(deps, callerOf(request), request.params.locationId, request.body),
  );

  app.put(
    '/api/clinic-setup/locations/:locationId/opening-hours',
    {
      config: admin,
      schema: {
        tags,
        summary: "Replace the location's weekly opening hours",
        params: z.object({ locationId: id }),
        body: openingHoursRequest,
        response: { 200: setupLocation },
      },
    },
    async (request) =>
      places.setOpeningHours(deps, callerOf(request), request.params.locationId, request.body),
  );
}

function roomRoutes(app: App, deps: Deps) {
  app.post(
    '/api/clinic-setup/rooms',
    { config: admin, schema: { tags, body: roomRequest, response: { 201: setupRoom } } },
    async (request, reply) =>
      reply.status(201).send(await places.createRoom(deps, callerOf(request), request.body)),
  );

  app.patch(
    '/api/clinic-setup/rooms/:roomId',
    {
      config: admin,
      schema: { tags, params: z.object({ roomId: id }), body: roomChange, response: { 200: setupRoom } },
    },
    async (request) => places.updateRoom(deps, callerOf(request), request.params.roomId, request.body),
  );

  app.delete(
    '/api/clinic-setup/rooms/:roomId',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Remove a room never booked (409 with visits to come or on record)',
        params: z.object({ roomId: id }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await places.removeRoom(deps, callerOf(request), request.params.roomId);
      return reply.status(204).send(null);
    },
  );
}

function catalogRoutes(app: App, deps: Deps) {
  app.post(
    '/api/clinic-setup/devices',
    { config: admin, schema: { tags, body: deviceRequest, response: { 201: setupDevice } } },
    async (request, reply) =>
      reply.status(201).send(await services.createDevice(deps, callerOf(request), request.body)),
  );

  app.patch(
    '/api/clinic-setup/devices/:deviceId',
    {
      config: admin,
      schema: {
        tags,
        params: z.object({ deviceId: id }),
        body: deviceChange,
        response: { 200: setupDevice },
      },
    },
    async (request) => services.updateDevice(deps, callerOf(request), request.params.deviceId, request.body),
  );

  app.post(
    '/api/clinic-setup/services',
    { config: admin, schema: { tags, body: serviceRequest, response: { 201: bookingService } } },
    async (request, reply) =>
      reply.status(201).send(await services.createService(deps, callerOf(request), request.body)),
  );

  app.put(
    '/api/clinic-setup/services/:serviceId',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Change a service for bookings made from now on; booked visits keep what they hold',
        params: z.object({ serviceId: id }),
        body: serviceChange,
        response: { 200: bookingService },
      },
    },
    async (request) =>
      services.updateService(deps, callerOf(request), request.params.serviceId, request.body),
  );
}

function bookingPolicyRoutes(app: App, deps: Deps) {
  app.get(
    '/api/clinic-setup/booking-policy',
    {
      config: staff,
      schema: {
        tags,
        summary: "The clinic's booking rules: portal notice, consultation first, waitlist offers",
        response: { 200: bookingPolicy },
      },
    },
    async (request) => rules.readBookingPolicy(deps, request.principal!.clinicId),
  );

  app.put(
    '/api/clinic-setup/booking-policy',
    {
      config: admin,
      schema: {
        tags,
        summary: "Replace the clinic's booking rules; they apply from the next request on",
        body: bookingPolicyRequest,
        response: { 200: bookingPolicy },
      },
    },
    async (request) => rules.saveBookingPolicy(deps, callerOf(request), request.body),
  );
}

import {
  id,
  practitionerLocationsRequest,
  practitionerServicesRequest,
  scheduleExceptionRequest,
  setupException,
  setupTimeOff,
  setupTimeOffList,
  timeOffRequest,
  workingHoursRequest,
} from '@corium/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../../deps';
import { anyStaff } from '../../../platform/auth/policy';
import { callerOf } from './setup.routes';
import * as team from './team-hours.service';

const tags = ['clinic set-up'];
const admin = { policy: { roles: ['admin'] as const } };
const hoursKeepers = { policy: { roles: ['admin', 'front_desk'] as const } };
/** Every member of staff reaches the route; the service lets practitioners keep only their own time off. */
const timeOffKeepers = { policy: { roles: anyStaff } };
const user = z.object({ userId: id });
const noContent = { 204: z.null() };

/** What each practitioner performs, where, and when: weekly hours, exceptions, time off. */
export const teamHoursRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  assignmentRoutes(app, deps);
  hoursRoutes(app, deps);
  timeOffRoutes(app, deps);
};

type App = Parameters<FastifyPluginAsyncZod>[0];
const base = '/api/clinic-setup/practitioners/:userId';

function assignmentRoutes(app: App, deps: Deps) {
  app.put(
    `${base}/services`,
    { config: admin, schema: { tags, params: user, body: practitionerServicesRequest, response: noContent } },
    async (request, reply) => {
      await team.setServices(deps, callerOf(request), request.params.userId, request.body.serviceIds);
      return reply.status(204).send(null);
    },
  );

  app.put(
    `${base}/locations`,
    {
      config: admin,
      schema: { tags, params: user, body: practitionerLocationsRequest, response: noContent },
    },
    async (request, reply) => {
      await team.setLocations(deps, callerOf(request), request.params.userId, request.body.locationIds);
      return reply.status(204).send(null);
    },
  );
}

function hoursRoutes(app: App, deps: Deps) {
  app.put(
    `${base}/working-hours`,
    {
      config: hoursKeepers,
      schema: {
        tags,
        summary: 'Replace the weekly hours at one location',
        params: user,
        body: workingHoursRequest,
        response: noContent,
      },
    },
    async (request, reply) => {
      await team.setWorkingHours(deps, callerOf(request), request.params.userId, request.body);
      return reply.status(204).send(null);
    },
  );

  app.post(
    `${base}/exceptions`,
    {
      config: hoursKeepers,
      schema: { tags, params: user, body: scheduleExceptionRequest, response: { 201: setupException } },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await team.addException(deps, callerOf(request), request.params.userId, request.body)),
  );

  app.delete(
    `${base}/exceptions/:exceptionId`,
    { config: hoursKeepers, schema: { tags, params: user.extend({ exceptionId: id }), response: noContent } },
    async (request, reply) => {
      await team.removeException(deps, callerOf(request), request.params.userId, request.params.exceptionId);
      return reply.status(204).send(null);
    },
  );
}

function timeOffRoutes(app: App, deps: Deps) {
  app.get(
    `${base}/time-off`,
    { config: timeOffKeepers, schema: { tags, params: user, response: { 200: setupTimeOffList } } },
    async (request) => ({ timeOff: await team.listTimeOff(deps, request.principal!, request.params.userId) }),
  );

  app.post(
    `${base}/time-off`,
    {
      config: timeOffKeepers,
      schema: { tags, params: user, body: timeOffRequest, response: { 201: setupTimeOff } },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await team.addTimeOff(deps, callerOf(request), request.params.userId, request.body)),
  );

  app.delete(
    `${base}/time-off/:timeOffId`,
    { config: timeOffKeepers, schema: { tags, params: user.extend({ timeOffId: id }), response: noContent } },
    async (request, reply) => {
      await team.removeTimeOff(deps, callerOf(request), request.params.userId, request.params.timeOffId);
      return reply.status(204).send(null);
    },
  );
}

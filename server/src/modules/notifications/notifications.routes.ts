import {
  id,
  notificationPreferences,
  notificationPreferencesRequest,
  sentNotificationList,
} from '@corium/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { anyStaff } from '../../platform/auth/policy';
import { requestMeta } from '../../platform/auth/request-meta';
import * as notifications from './notifications.service';

const params = z.object({ patientId: id });
const staffForPatient = { policy: { roles: anyStaff, patient: 'path' as const } };
/** The patient's own choice in the portal: always their own record, never an id they send. */
const patientOnly = { policy: { roles: ['patient'] as const } };
const tags = ['notifications'];

type App = Parameters<FastifyPluginAsyncZod>[0];

/** Staff: a patient's channels and the messages they were sent. */
function staffRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/patients/:patientId/notification-preferences',
    { config: staffForPatient, schema: { tags, params, response: { 200: notificationPreferences } } },
    async (request) =>
      notifications.getPreferences(deps, request.principal!, request.params.patientId, requestMeta(request)),
  );

  app.put(
    '/api/patients/:patientId/notification-preferences',
    {
      config: staffForPatient,
      schema: {
        tags,
        params,
        body: notificationPreferencesRequest,
        response: { 200: notificationPreferences },
      },
    },
    async (request) =>
      notifications.setPreferences(
        deps,
        request.principal!,
        request.params.patientId,
        request.body,
        requestMeta(request),
      ),
  );

  app.get(
    '/api/patients/:patientId/notifications',
    { config: staffForPatient, schema: { tags, params, response: { 200: sentNotificationList } } },
    async (request) => ({
      notifications: await notifications.listSentNotifications(
        deps,
        request.principal!,
        request.params.patientId,
        requestMeta(request),
      ),
    }),
  );
}

/** The patient's own choice in the portal. */
function portalRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/portal/notification-preferences',
    { config: patientOnly, schema: { tags: ['portal'], response: { 200: notificationPreferences } } },
    async (request) => notifications.getOwnPreferences(deps, request.principal!, requestMeta(request)),
  );

  app.put(
    '/api/portal/notification-preferences',
    {
      config: patientOnly,
      schema: {
        tags: ['portal'],
        body: notificationPreferencesRequest,
        response: { 200: notificationPreferences },
      },
    },
    async (request) =>
      notifications.setOwnPreferences(deps, request.principal!, request.body, requestMeta(request)),
  );
}

/** How a patient hears about their visits, and what they were sent. */
export const notificationRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  staffRoutes(app, deps);
  portalRoutes(app, deps);
};

import {
  aftercareAlert,
  aftercareDashboard,
  aftercareSettings,
  aftercareSettingsRequest,
  aftercareTimelineVersion,
  aftercareTimelineVersionList,
  cancelPlanRequest,
  id,
  patientAftercare,
  publishTimelineRequest,
  resolveAlertRequest,
} from '@corium/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { clinicalStaff } from '../../platform/auth/policy';
import { requestMeta } from '../../platform/auth/request-meta';
import * as alerts from './alerts.service';
import * as plans from './plans.service';
import * as timelines from './timeline.service';

const tags = ['aftercare'];
/** Clinicians act on aftercare; admins read it. */
const readers = { roles: ['admin', ...clinicalStaff] as const };
const alertParams = z.object({ alertId: id });

type App = Parameters<FastifyPluginAsyncZod>[0];

function timelineRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/aftercare/timeline',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'The aftercare timeline plans are built from now',
        response: { 200: aftercareTimelineVersion },
      },
    },
    async (request) => timelines.getCurrentTimeline(deps, request.principal!),
  );
  app.get(
    '/api/aftercare/timeline/versions',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Every version of the aftercare timeline, newest first',
        response: { 200: aftercareTimelineVersionList },
      },
    },
    async (request) => timelines.listTimelineVersions(deps, request.principal!),
  );
  app.post(
    '/api/aftercare/timeline/versions',
    {
      config: { policy: { roles: ['medical_director'] } },
      schema: {
        tags,
        summary: 'Publish a new version of the aftercare timeline',
        body: publishTimelineRequest,
        response: { 201: aftercareTimelineVersion },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await timelines.publishTimeline(deps, request.principal!, request.body, requestMeta(request))),
  );
}

function settingsRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/aftercare/settings',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Who is on call for aftercare alerts, and the response timers',
        response: { 200: aftercareSettings },
      },
    },
    async (request) => alerts.getSettings(deps, request.principal!),
  );
  app.put(
    '/api/aftercare/settings',
    {
      config: { policy: { roles: ['admin', 'medical_director'] } },
      schema: {
        tags,
        summary: 'Set the on-call list and response timers',
        body: aftercareSettingsRequest,
        response: { 200: aftercareSettings },
      },
    },
    async (request) => alerts.saveSettings(deps, request.principal!, request.body, requestMeta(request)),
  );
}

function alertRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/aftercare/dashboard',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'Open alerts by severity and missed check-ins',
        response: { 200: aftercareDashboard },
      },
    },
    async (request) => alerts.getDashboard(deps, request.principal!, requestMeta(request)),
  );
  app.post(
    '/api/aftercare/alerts/:alertId/acknowledge',
    {
      config: { policy: { roles: clinicalStaff } },
      schema: {
        tags,
        summary: 'Acknowledge an alert: stops its response timer',
        params: alertParams,
        response: { 200: aftercareAlert },
      },
    },
    async (request) =>
      alerts.acknowledgeAlert(deps, request.principal!, request.params.alertId, requestMeta(request)),
  );
  app.post(
    '/api/aftercare/alerts/:alertId/resolve',
    {
      config: { policy: { roles: clinicalStaff } },
      schema: {
        tags,
        summary: 'Resolve an alert, saying what was done',
        params: alertParams,
        body: resolveAlertRequest,
        response: { 200: aftercareAlert },
      },
    },
    async (request) =>
      alerts.resolveAlert(
        deps,
        request.principal!,
        request.params.alertId,
        request.body,
        requestMeta(request),
      ),
  );
}

function patientRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/patients/:patientId/aftercare',
    {
      config: { policy: { ...readers, patient: 'path' } },
      schema: {
        tags,
        summary: 'The patient’s aftercare plans, check-ins, alerts and adverse events',
        params: z.object({ patientId: id }),
        response: { 200: patientAftercare },
      },
    },
    async (request) =>
      plans.getPatientAftercare(deps, request.principal!, request.params.patientId, requestMeta(request)),
  );
  app.post(
    '/api/patients/:patientId/aftercare/plans/:planId/cancel',
    {
      config: { policy: { roles: clinicalStaff, patient: 'path' } },
      schema: {
        tags,
        summary: 'Cancel a plan: no further messages or check-ins',
        params: z.object({ patientId: id, planId: id }),
        body: cancelPlanRequest,
        response: { 200: patientAftercare },
      },
    },
    async (request) =>
      plans.cancelPlan(
        deps,
        request.principal!,
        request.params.patientId,
        request.params.planId,
        request.body,
        requestMeta(request),
      ),
  );
}

/** The timeline, on-call settings, the alert dashboard and a patient's aftercare tab. */
export const aftercareStaffRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  timelineRoutes(app, deps);
  settingsRoutes(app, deps);
  alertRoutes(app, deps);
  patientRoutes(app, deps);
};

import {
  cartridgeScanQuery,
  cartridgeScanResult,
  chartingOptions,
  id,
  sessionChart,
  sessionList,
  sessionReadiness,
  startSessionRequest,
  treatmentSummaryList,
} from '@corium/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { clinicalStaff } from '../../platform/auth/policy';
import { requestMeta } from '../../platform/auth/request-meta';
import { resolveCartridgeScan } from './session-cartridges.service';
import * as charts from './session-chart.service';
import { ownTreatmentSummaries } from './session-signing.service';
import { sessionReadiness as readiness, startSession } from './session-start.service';

// Charts are written by clinicians; an admin may read them too (records requests, audits).
export const chartWriters = { policy: { roles: clinicalStaff, patient: 'path' as const } };
const chartReaders = { policy: { roles: [...clinicalStaff, 'admin' as const], patient: 'path' as const } };
const tags = ['treatment room'];
const patientParams = z.object({ patientId: id });
export const sessionParams = z.object({ patientId: id, sessionId: id });

/** Before starting: the checks, then the start itself. */
const startRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/api/patients/:patientId/appointments/:appointmentId/session-readiness',
    {
      config: chartReaders,
      schema: {
        tags,
        summary: 'What must be true before the session starts, each check in plain words',
        params: z.object({ patientId: id, appointmentId: id }),
        response: { 200: sessionReadiness },
      },
    },
    async (request) =>
      readiness(
        deps,
        request.principal!,
        request.params.patientId,
        request.params.appointmentId,
        requestMeta(request),
      ),
  );

  app.post(
    '/api/patients/:patientId/sessions',
    {
      config: chartWriters,
      schema: { tags, params: patientParams, body: startSessionRequest, response: { 201: sessionChart } },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await startSession(
            deps,
            request.principal!,
            request.params.patientId,
            request.body,
            requestMeta(request),
          ),
        ),
  );
};

/** A patient's charts, one chart, and what the room can pick from. */
const readRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/api/patients/:patientId/sessions',
    { config: chartReaders, schema: { tags, params: patientParams, response: { 200: sessionList } } },
    async (request) =>
      charts.listPatientSessions(deps, request.principal!, request.params.patientId, requestMeta(request)),
  );

  app.get(
    '/api/patients/:patientId/sessions/:sessionId',
    { config: chartReaders, schema: { tags, params: sessionParams, response: { 200: sessionChart } } },
    async (request) =>
      charts.getSessionChart(
        deps,
        request.principal!,
        request.params.patientId,
        request.params.sessionId,
        requestMeta(request),
      ),
  );

  app.get(
    '/api/patients/:patientId/sessions/:sessionId/options',
    { config: chartReaders, schema: { tags, params: sessionParams, response: { 200: chartingOptions } } },
    async (request) =>
      charts.chartingOptions(
        deps,
        request.principal!,
        request.params.patientId,
        request.params.sessionId,
        requestMeta(request),
      ),
  );
};

/** A scanned cartridge label, and the patient's own "what was done today". */
const scanAndPortalRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/api/cartridge-scan',
    {
      config: { policy: { roles: clinicalStaff } },
      schema: { tags, querystring: cartridgeScanQuery, response: { 200: cartridgeScanResult } },
    },
    async (request) =>
      resolveCartridgeScan(deps, request.principal!, request.query.code, requestMeta(request)),
  );

  app.get(
    '/api/portal/treatment-summaries',
    {
      config: { policy: { roles: ['patient'] } },
      schema: { tags: ['portal'], response: { 200: treatmentSummaryList } },
    },
    async (request) => ({
      summaries: await ownTreatmentSummaries(deps, request.principal!, requestMeta(request)),
    }),
  );
};

export const sessionReadRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  await app.register(startRoutes, { deps });
  await app.register(readRoutes, { deps });
  await app.register(scanAndPortalRoutes, { deps });
};

import {
  dayOfCheckRequest,
  id,
  overrideRequest,
  patientScreening,
  patientScreeningList,
  screenPatientRequest,
} from '@corium/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { clinicalStaff } from '../../platform/auth/policy';
import { requestMeta } from '../../platform/auth/request-meta';
import * as screenings from './patient-screenings.service';
import { signOverride } from './screening-overrides.service';

const params = z.object({ patientId: id });
const screeningParams = z.object({ patientId: id, screeningId: id });
// Screening reads the medical history: clinical staff only. Who may sign an override (a
// prescriber) is a user setting, not a role, so the service checks it.
const clinicalForPatient = { policy: { roles: clinicalStaff, patient: 'path' as const } };
const tags = ['patient screenings'];

/** Screening now, for a review or a booking, and the list of every screening so far. */
const screeningRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/api/patients/:patientId/screenings',
    {
      config: clinicalForPatient,
      schema: {
        tags,
        summary: "Screen the patient's current medical history against a planned treatment",
        params,
        body: screenPatientRequest,
        response: { 201: patientScreening },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await screenings.createScreening(
            deps,
            request.principal!,
            request.params.patientId,
            request.body,
            requestMeta(request),
          ),
        ),
  );

  app.get(
    '/api/patients/:patientId/screenings',
    { config: clinicalForPatient, schema: { tags, params, response: { 200: patientScreeningList } } },
    async (request) => ({
      screenings: await screenings.listScreenings(
        deps,
        request.principal!,
        request.params.patientId,
        requestMeta(request),
      ),
    }),
  );
};

/** The day of treatment: anything changed since last time? Then screen again. */
const dayOfRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/api/patients/:patientId/screenings/day-of',
    {
      config: clinicalForPatient,
      schema: {
        tags,
        summary: 'Day of treatment: anything changed since last time? Then screen again',
        params,
        body: dayOfCheckRequest,
        response: { 201: patientScreening },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await screenings.checkDayOf(
            deps,
            request.principal!,
            request.params.patientId,
            request.body,
            requestMeta(request),
          ),
        ),
  );
};

/** One screening, and the overrides a prescriber signs on it. */
const screeningRecordRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/api/patients/:patientId/screenings/:screeningId',
    {
      config: clinicalForPatient,
      schema: { tags, params: screeningParams, response: { 200: patientScreening } },
    },
    async (request) =>
      screenings.getScreening(
        deps,
        request.principal!,
        request.params.patientId,
        request.params.screeningId,
        requestMeta(request),
      ),
  );

  app.post(
    '/api/patients/:patientId/screenings/:screeningId/overrides',
    {
      config: clinicalForPatient,
      schema: {
        tags,
        summary: "A prescriber's signed override of one finding",
        params: screeningParams,
        body: overrideRequest,
        response: { 201: patientScreening },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await signOverride(
            deps,
            request.principal!,
            request.params.patientId,
            request.params.screeningId,
            request.body,
            requestMeta(request),
          ),
        ),
  );
};

export const patientScreeningRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  await app.register(screeningRoutes, { deps });
  await app.register(dayOfRoutes, { deps });
  await app.register(screeningRecordRoutes, { deps });
};

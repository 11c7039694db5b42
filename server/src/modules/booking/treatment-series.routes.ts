import {
  bookedSeries,
  bookSeriesRequest,
  id,
  seriesProposal,
  seriesProposalQuery,
  stopTreatmentSeriesRequest,
  treatmentSeries,
  treatmentSeriesList,
  treatmentSeriesRequest,
} from '@corium/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { anyStaff, clinicalStaff } from '../../platform/auth/policy';
import { requestMeta } from '../../platform/auth/request-meta';
import { bookSeriesSessions } from './series-booking.service';
import { proposeSeries } from './series-proposal.service';
import { stopSeries } from './series-stop.service';
import * as series from './treatment-series.service';

const params = z.object({ patientId: id });
const seriesParams = z.object({ patientId: id, seriesId: id });
// Whoever books a visit may propose and book a course's sessions; the screening gate decides.
const staffForPatient = { policy: { roles: anyStaff, patient: 'path' as const } };
const tags = ['treatment series'];

/** Clinicians plan a course; everyone who books sees it, to book its sessions. */
const seriesPlanRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/api/patients/:patientId/treatment-series',
    {
      config: { policy: { roles: clinicalStaff, patient: 'path' } },
      schema: {
        tags,
        summary: 'Plan a course of treatment; sessions and intervals default by indication',
        params,
        body: treatmentSeriesRequest,
        response: { 201: treatmentSeries },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await series.createSeries(
            deps,
            request.principal!,
            request.params.patientId,
            request.body,
            requestMeta(request),
          ),
        ),
  );

  app.get(
    '/api/patients/:patientId/treatment-series',
    {
      config: { policy: { roles: anyStaff, patient: 'path' } },
      schema: { tags, params, response: { 200: treatmentSeriesList } },
    },
    async (request) => ({
      series: await series.listSeries(
        deps,
        request.principal!,
        request.params.patientId,
        requestMeta(request),
      ),
    }),
  );
};

/** Stopping a course is a clinical decision, like planning it; its visits ahead are cancelled. */
const seriesStopRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/api/patients/:patientId/treatment-series/:seriesId/stop',
    {
      config: { policy: { roles: clinicalStaff, patient: 'path' } },
      schema: {
        tags,
        summary: 'Stop a course with a reason; its booked visits still ahead are cancelled',
        params: seriesParams,
        body: stopTreatmentSeriesRequest,
        response: { 200: treatmentSeries },
      },
    },
    async (request) =>
      stopSeries(
        deps,
        request.principal!,
        request.params.patientId,
        request.params.seriesId,
        request.body,
        requestMeta(request),
      ),
  );
};

/** A course's sessions proposed, and booked as one action. */
const seriesBookingRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/api/patients/:patientId/treatment-series/:seriesId/proposal',
    {
      config: staffForPatient,
      schema: {
        tags,
        summary: 'Propose a free slot for each session not yet booked, within the plan’s intervals',
        params: seriesParams,
        querystring: seriesProposalQuery,
        response: { 200: seriesProposal },
      },
    },
    async (request) =>
      proposeSeries(
        deps,
        request.principal!,
        request.params.patientId,
        request.params.seriesId,
        request.query,
        requestMeta(request),
      ),
  );

  app.post(
    '/api/patients/:patientId/treatment-series/:seriesId/appointments',
    {
      config: staffForPatient,
      schema: {
        tags,
        summary: 'Book sessions of a series as one action: all of them, or none',
        params: seriesParams,
        body: bookSeriesRequest,
        response: { 201: bookedSeries },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await bookSeriesSessions(
            deps,
            request.principal!,
            request.params.patientId,
            request.params.seriesId,
            request.body,
            requestMeta(request),
          ),
        ),
  );
};

/** Treatment series: planned, listed, proposed, booked and stopped. */
export const treatmentSeriesRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  await app.register(seriesPlanRoutes, { deps });
  await app.register(seriesBookingRoutes, { deps });
  await app.register(seriesStopRoutes, { deps });
};

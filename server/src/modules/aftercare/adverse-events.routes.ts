import { adverseEvent, adverseEventReport, id, recordAdverseEventRequest } from '@corium/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { clinicalStaff } from '../../platform/auth/policy';
import { requestMeta } from '../../platform/auth/request-meta';
import * as events from './adverse-events.service';

const tags = ['aftercare'];
const eventParams = z.object({ patientId: id, eventId: id });
const readers = { roles: ['admin', ...clinicalStaff] as const, patient: 'path' as const };

type App = Parameters<FastifyPluginAsyncZod>[0];

function recordRoute(app: App, deps: Deps): void {
  app.post(
    '/api/patients/:patientId/adverse-events',
    {
      config: { policy: { roles: clinicalStaff, patient: 'path' } },
      schema: {
        tags,
        summary: 'Record an adverse event, linked to the session, pen and lots',
        params: z.object({ patientId: id }),
        body: recordAdverseEventRequest,
        response: { 201: adverseEvent },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await events.recordAdverseEvent(
            deps,
            request.principal!,
            request.params.patientId,
            request.body,
            requestMeta(request),
          ),
        ),
  );
}

function exportRoutes(app: App, deps: Deps): void {
  app.get(
    '/api/patients/:patientId/adverse-events/:eventId/report',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'The regulator-style report (JSON)',
        params: eventParams,
        response: { 200: adverseEventReport },
      },
    },
    async (request) =>
      events.adverseEventReport(
        deps,
        request.principal!,
        request.params.patientId,
        request.params.eventId,
        requestMeta(request),
      ),
  );
  app.get(
    '/api/patients/:patientId/adverse-events/:eventId/report.pdf',
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'The regulator-style report (PDF)',
        params: eventParams,
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => {
      const { patientId, eventId } = request.params;
      const pdf = await events.adverseEventPdf(
        deps,
        request.principal!,
        patientId,
        eventId,
        requestMeta(request),
      );
      return reply
        .type('application/pdf')
        .header('Content-Disposition', `attachment; filename="adverse-event-${eventId}.pdf"`)
        .send(pdf);
    },
  );
}

/** Clinicians record adverse events; clinicians and admins export them for regulators. */
export const adverseEventRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  recordRoute(app, deps);
  exportRoutes(app, deps);
};

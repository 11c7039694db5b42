import { clinicReport as clinicReportSchema, REPORT_ROWS_HEADER, reportQuery } from '@corium/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps';
import { requestMeta } from '../../platform/auth/request-meta';
import { operationsCsv } from './operations-csv.service';
import { clinicReport, outcomesCsv, type CsvExport, type ReportCaller } from './reports.service';

const tags = ['reports'];
/**
 * Reports compare practitioners and pens across the clinic: its administrators and medical
 * director read them. Practitioners do not (yet) get their own figures.
 */
const managers = { policy: { roles: ['admin', 'medical_director'] as const } };

const callerOf = (request: FastifyRequest): ReportCaller => ({
  principal: request.principal!,
  meta: requestMeta(request),
});

const sendCsv = (reply: FastifyReply, csv: CsvExport) =>
  reply
    .type('text/csv; charset=utf-8')
    .header('Cache-Control', 'no-store')
    .header('Content-Disposition', `attachment; filename="${csv.filename}"`)
    .header(REPORT_ROWS_HEADER, String(csv.rows))
    .send(csv.body);

export const reportRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/api/reports/clinic',
    { config: managers, schema: { tags, querystring: reportQuery, response: { 200: clinicReportSchema } } },
    async (request) => clinicReport(deps, callerOf(request), request.query),
  );

  app.get(
    '/api/reports/outcomes.csv',
    { config: managers, schema: { tags, querystring: reportQuery, produces: ['text/csv'] } },
    async (request, reply) => sendCsv(reply, await outcomesCsv(deps, callerOf(request), request.query)),
  );

  app.get(
    '/api/reports/operations.csv',
    { config: managers, schema: { tags, querystring: reportQuery, produces: ['text/csv'] } },
    async (request, reply) => sendCsv(reply, await operationsCsv(deps, callerOf(request), request.query)),
  );
};

import {
  fhirExportFileParams,
  fhirExportManifest,
  fhirExportParams,
  fhirExportQuery,
  fhirResource,
} from '@corium/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps';
import { requestMeta } from '../../platform/auth/request-meta';
import type { OperationEntry } from './capability';
import { headerText, originOf } from './fhir-http';
import { deleteExport, exportStatus, openExportFile, startExport } from './fhir-export.service';
import { fhirBase } from './fhir.service';

const tags = ['fhir'];
const BULK = 'http://hl7.org/fhir/uv/bulkdata/OperationDefinition';

/** The operations the CapabilityStatement lists; each is registered below. */
export const fhirOperations: readonly OperationEntry[] = [
  { name: 'export', definition: `${BULK}/export`, level: 'system' },
  { name: 'export', definition: `${BULK}/patient-export`, level: 'type', type: 'Patient' },
];

const accepted = (text: string) => ({
  resourceType: 'OperationOutcome',
  issue: [{ severity: 'information', code: 'informational', diagnostics: text }],
});

const owners = { roles: ['admin', 'patient'] } as const;

/** The status URL of an export: poll it (GET), or cancel the export (DELETE). */
const exportStatusRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/$export-status/:exportId',
    {
      config: { policy: owners },
      schema: { tags, params: fhirExportParams, response: { 200: fhirExportManifest, 202: fhirResource } },
    },
    async (request, reply) => {
      const status = await exportStatus(deps, request.principal!, request.params.exportId, originOf(request));
      if (status.state === 'complete') return reply.type('application/json').send(status.manifest);
      return reply
        .status(202)
        .header('X-Progress', 'in progress')
        .header('Retry-After', '5')
        .send(accepted('Still running'));
    },
  );

  app.delete(
    '/$export-status/:exportId',
    {
      config: { policy: owners },
      schema: { tags, params: fhirExportParams, response: { 202: fhirResource } },
    },
    async (request, reply) => {
      await deleteExport(deps, request.principal!, request.params.exportId, requestMeta(request));
      return reply.status(202).send(accepted('The export was cancelled and its files deleted'));
    },
  );
};

/** Admins export the clinic; a patient exports their own compartment (Patient/$export only). */
export const fhirExportRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const kickOffs = [
    { url: '/$export', level: 'system', roles: ['admin'] },
    { url: '/Patient/$export', level: 'patient', roles: ['admin', 'patient'] },
  ] as const;
  for (const { url, level, roles } of kickOffs)
    app.get(
      url,
      {
        config: { policy: { roles } },
        schema: { tags, querystring: fhirExportQuery, response: { 202: fhirResource } },
      },
      async (request, reply) => {
        const requestUrl = `${originOf(request)}${request.url}`;
        const kickOff = {
          level,
          query: request.query,
          prefer: headerText(request.headers.prefer),
          requestUrl,
          meta: requestMeta(request),
        };
        const exportId = await startExport(deps, request.principal!, kickOff);
        const status = `${fhirBase(originOf(request))}/$export-status/${exportId}`;
        return reply.status(202).header('Content-Location', status).send(accepted('The export has started'));
      },
    );

  await app.register(exportStatusRoutes, { deps });

  app.get(
    '/$export-file/:exportId/:file',
    { config: { policy: owners }, schema: { tags, params: fhirExportFileParams } },
    async (request, reply) => {
      const stream = await openExportFile(deps, request.principal!, request.params, requestMeta(request));
      return reply.type('application/fhir+ndjson').send(stream);
    },
  );
};

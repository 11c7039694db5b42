import { exportIdParams, patientExport, patientExportList, portalPrivacy } from '@corium/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { requestMeta } from '../../platform/auth/request-meta';
import * as exports from './export.service';
import { portalPrivacy as portalOverview } from './portal-privacy.service';

const tags = ['privacy'];
const patientOnly = { policy: { roles: ['patient'] as const } };
const adminOnly = { policy: { roles: ['admin'] as const } };
const patientParams = z.object({ patientId: z.uuid() });

/** Copies of a patient's record: asked for in the portal or by an admin, made by the worker. */
export const exportRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/api/portal/privacy',
    { config: patientOnly, schema: { tags, response: { 200: portalPrivacy } } },
    async (request) => portalOverview(deps, request.principal!, requestMeta(request)),
  );

  app.post(
    '/api/portal/privacy/exports',
    { config: patientOnly, schema: { tags, response: { 202: patientExport } } },
    async (request, reply) =>
      reply.code(202).send(await exports.requestOwnExport(deps, request.principal!, requestMeta(request))),
  );
};

/** An admin's side: asking for a patient's copy, and every copy asked for lately. */
export const staffExportRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/api/patients/:patientId/privacy-exports',
    {
      config: { policy: { roles: ['admin'], patient: 'path' } },
      schema: { tags, params: patientParams, response: { 202: patientExport } },
    },
    async (request, reply) =>
      reply
        .code(202)
        .send(
          await exports.requestPatientExport(
            deps,
            request.principal!,
            request.params.patientId,
            requestMeta(request),
          ),
        ),
  );

  app.get(
    '/api/privacy/exports',
    { config: adminOnly, schema: { tags, response: { 200: patientExportList } } },
    async (request) => exports.clinicExports(deps, request.principal!, requestMeta(request)),
  );
};

/** The download, for whoever asked for the copy: the patient in the portal or the admin. */
export const archiveRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/api/privacy/exports/:exportId/archive',
    {
      config: { policy: { roles: ['admin', 'patient'] } },
      schema: { tags, params: exportIdParams, produces: ['application/zip'] },
    },
    async (request, reply) => {
      const { archive, fileName } = await exports.downloadArchive(
        deps,
        request.principal!,
        request.params.exportId,
        requestMeta(request),
      );
      return reply
        .type('application/zip')
        .header('Cache-Control', 'no-store')
        .header('Content-Disposition', `attachment; filename="${fileName}"`)
        .send(archive);
    },
  );
};

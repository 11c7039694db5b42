import { id, mergePatientsRequest, mergePreview, mergePreviewQuery, mergeResult } from '@corium/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../deps';
import type { Role } from '@corium/contracts';
import { requestMeta } from '../../platform/auth/request-meta';
import * as merge from './merge.service';

const params = z.object({ patientId: id });
const tags = ['patients'];
// Merging rewrites whose record is whose: for those who answer for the clinic's records.
const roles: readonly Role[] = ['admin', 'medical_director'];
const config = { policy: { roles, patient: 'path' as const } };

/** Merging a duplicate record into the one at the path, which survives. */
export const mergeRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/api/patients/:patientId/merge-preview',
    { config, schema: { tags, params, querystring: mergePreviewQuery, response: { 200: mergePreview } } },
    async (request) =>
      merge.previewMerge(
        deps,
        request.principal!,
        request.params.patientId,
        request.query.duplicateId,
        requestMeta(request),
      ),
  );

  app.post(
    '/api/patients/:patientId/merge',
    { config, schema: { tags, params, body: mergePatientsRequest, response: { 200: mergeResult } } },
    async (request) =>
      merge.mergePatients(
        deps,
        request.principal!,
        request.params.patientId,
        request.body,
        requestMeta(request),
      ),
  );
};

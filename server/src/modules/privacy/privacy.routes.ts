import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps';
import { breakGlassRoutes } from './break-glass.routes';
import { erasureReviewRoutes, erasureRoutes } from './erasure.routes';
import { archiveRoutes, exportRoutes, staffExportRoutes } from './export.routes';

/** Patients' rights: copies of the record, erasure requests, break-glass access. */
export const privacyRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  await app.register(exportRoutes, { deps });
  await app.register(staffExportRoutes, { deps });
  await app.register(archiveRoutes, { deps });
  await app.register(erasureRoutes, { deps });
  await app.register(erasureReviewRoutes, { deps });
  await app.register(breakGlassRoutes, { deps });
};

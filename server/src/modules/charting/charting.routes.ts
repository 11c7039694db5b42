import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps';
import { sessionReadRoutes } from './session-reads.routes';
import { sessionWriteRoutes } from './session-writes.routes';

/** The treatment room's session chart: readiness, start, charting, signing, addenda, the portal summary. */
export const chartingRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  await app.register(sessionReadRoutes, { deps });
  await app.register(sessionWriteRoutes, { deps });
};

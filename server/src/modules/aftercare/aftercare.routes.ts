import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps';
import { adverseEventRoutes } from './adverse-events.routes';
import { aftercarePortalRoutes } from './aftercare-portal.routes';
import { aftercareStaffRoutes } from './aftercare-staff.routes';

/** The aftercare module's routes: staff, portal and check-in links, and adverse events. */
export const aftercareRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  await app.register(aftercareStaffRoutes, { deps });
  await app.register(aftercarePortalRoutes, { deps });
  await app.register(adverseEventRoutes, { deps });
};

import cookie from '@fastify/cookie';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Deps } from './deps';
import { accessLogRoutes } from './modules/audit/access-log.routes';
import { appointmentRoutes } from './modules/booking/appointments.routes';
import { bookingRoutes } from './modules/booking/booking.routes';
import { clinicSetupRoutes } from './modules/booking/setup/setup.routes';
import { teamHoursRoutes } from './modules/booking/setup/team-hours.routes';
import { treatmentSeriesRoutes } from './modules/booking/treatment-series.routes';
import { learnRoutes } from './modules/learn/learn.routes';
import { brandingRoutes } from './modules/clinic/branding.routes';
import { otherTreatmentRoutes } from './modules/booking/other-treatments.routes';
import { notificationRoutes } from './modules/notifications/notifications.routes';
import { clinicRoutes } from './modules/clinic/clinic.routes';
import { consentTemplateRoutes } from './modules/consent/consent-templates.routes';
import { patientConsentRoutes } from './modules/consent/patient-consents.routes';
import { portalConsentRoutes } from './modules/consent/portal-consents.routes';
import { authRoutes, totpRoutes } from './modules/identity/auth.routes';
import { fhirRoutes } from './modules/fhir/fhir.routes';
import { photoRemovalRoutes, photoRoutes } from './modules/photos/photos.routes';
import { portalPhotoRoutes } from './modules/photos/portal-photos.routes';
import { outcomeRoutes } from './modules/outcomes/outcomes.routes';
import { inventoryRoutes } from './modules/inventory/inventory.routes';
import { recallRoutes } from './modules/inventory/recalls.routes';
import { invitationsRoutes } from './modules/identity/invitations.routes';
import { resolveSession } from './modules/identity/sessions';
import { resolveApiToken } from './modules/identity/tokens.service';
import { usersRoutes } from './modules/identity/users.routes';
import { patientAccess } from './modules/privacy/patient-access';
import { privacyRoutes } from './modules/privacy/privacy.routes';
import { historyRoutes, portalIntakeRoutes } from './modules/patients/history.routes';
import { patientRecordRoutes } from './modules/patients/patient-record.routes';
import { mergeRoutes } from './modules/patients/merge.routes';
import { operationsRoutes } from './modules/operations/operations.routes';
import { patientsRoutes } from './modules/patients/patients.routes';
import { patientScreeningRoutes } from './modules/screening/patient-screenings.routes';
import { ruleSetRoutes } from './modules/screening/rule-set-versions.routes';
import { screeningRoutes } from './modules/screening/screening.routes';
import { portalBookingRoutes } from './modules/booking/portal/portal-booking.routes';
import { waitlistRoutes } from './modules/waitlist/waitlist.routes';
import { checkInRoutes } from './modules/booking/check-in.routes';
import { chartingRoutes } from './modules/charting/charting.routes';
import { aftercareRoutes } from './modules/aftercare/aftercare.routes';
import { reportRoutes } from './modules/reports/reports.routes';
import { webhookRoutes } from './modules/webhooks/webhooks.routes';
import { recordAudit } from './platform/audit/audit';
import { actorOf, requestMeta } from './platform/auth/request-meta';
import { authPlugin, type AuthPluginOptions } from './platform/auth/auth-plugin';
import { AppError } from './platform/errors/app-error';
import { registerErrorHandling } from './platform/errors/error-handler';
import { healthRoutes } from './platform/http/health.routes';
import type { Lifecycle } from './platform/http/lifecycle';
import { registerMetrics } from './platform/http/metrics';
import { registerOpenApi, registerOpenApiViewer } from './platform/http/openapi';
import { requestId } from './platform/http/request-id';
import { registerSecurityHeaders } from './platform/http/security';
import { registerWebApp, sendWebPage, wantsWebPage } from './platform/http/web-app';
import { paths } from './platform/paths';

export interface AppOptions {
  lifecycle?: Lifecycle;
  /** The built web app; tests that only need the API leave it out. */
  webDist?: string | null;
}

/** Platform plugins first, then one encapsulated plugin per module. */
export async function buildApp(deps: Deps, options: AppOptions = {}): Promise<FastifyInstance> {
  const lifecycle = options.lifecycle ?? { closing: false };
  const app = Fastify({
    loggerInstance: deps.log as FastifyBaseLogger,
    genReqId: requestId,
    bodyLimit: 1024 * 1024,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  app.addHook('onSend', async (request, reply) => {
    reply.header('X-Request-Id', request.id);
  });

  registerSecurityHeaders(app);
  await app.register(cookie);
  await registerOpenApi(app, deps.config.version);
  await app.register(authPlugin, authOptions(deps));
  await registerOpenApiViewer(app);
  registerMetrics(app, deps.db);

  await app.register(healthRoutes, { deps, lifecycle });
  await registerModules(app, deps);

  const webDist = options.webDist === undefined ? paths.webDist : options.webDist;
  const hasWeb = webDist !== null && (await registerWebApp(app, webDist));
  app.setNotFoundHandler((request, reply) => {
    if (hasWeb && wantsWebPage(request)) return sendWebPage(reply);
    throw new AppError('NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0]}`);
  });
  return app;
}

/** One encapsulated plugin per module, in the order their routes were added. */
async function registerModules(app: FastifyInstance, deps: Deps): Promise<void> {
  await app.register(clinicRoutes, { deps });
  await app.register(authRoutes, { deps });
  await app.register(totpRoutes, { deps });
  await app.register(invitationsRoutes, { deps });
  await app.register(usersRoutes, { deps });
  await app.register(patientsRoutes, { deps });
  await app.register(patientRecordRoutes, { deps });
  await app.register(historyRoutes, { deps });
  await app.register(portalIntakeRoutes, { deps });
  await app.register(accessLogRoutes, { deps });
  await app.register(screeningRoutes, { deps });
  await app.register(ruleSetRoutes, { deps });
  await app.register(patientScreeningRoutes, { deps });
  await app.register(mergeRoutes, { deps });
  await app.register(consentTemplateRoutes, { deps });
  await app.register(patientConsentRoutes, { deps });
  await app.register(portalConsentRoutes, { deps });
  await app.register(bookingRoutes, { deps });
  await app.register(clinicSetupRoutes, { deps });
  await app.register(teamHoursRoutes, { deps });
  await app.register(appointmentRoutes, { deps });
  await app.register(treatmentSeriesRoutes, { deps });
  await app.register(learnRoutes, { deps });
  await app.register(brandingRoutes, { deps });
  await app.register(otherTreatmentRoutes, { deps });
  await app.register(notificationRoutes, { deps });
  await app.register(operationsRoutes, { deps });
  await app.register(portalBookingRoutes, { deps });
  await app.register(waitlistRoutes, { deps });
  await app.register(checkInRoutes, { deps });
  await app.register(chartingRoutes, { deps });
  await app.register(inventoryRoutes, { deps });
  await app.register(recallRoutes, { deps });
  await app.register(aftercareRoutes, { deps });
  await app.register(photoRoutes, { deps });
  await app.register(photoRemovalRoutes, { deps });
  await app.register(portalPhotoRoutes, { deps });
  await app.register(outcomeRoutes, { deps });
  await app.register(fhirRoutes, { deps, prefix: '/fhir/R4' });
  await app.register(privacyRoutes, { deps });
  await app.register(reportRoutes, { deps });
  await app.register(webhookRoutes, { deps });
}

/** How the platform's auth plugin reaches identity, patients and the audit log. */
function authOptions(deps: Deps): AuthPluginOptions {
  return {
    resolveSession: (token) => resolveSession(deps, token),
    resolveApiToken: (token) => resolveApiToken(deps, token),
    canAccessPatient: (principal, patientId) => patientAccess(deps, principal, patientId),
    recordDenied: (request, reason) =>
      // Its own transaction: the refused request has none, and the chain lock needs one.
      deps.db.transaction().execute((trx) =>
        recordAudit(
          trx,
          actorOf(request.principal, requestMeta(request)),
          {
            action: 'access_denied',
            resourceType: 'route',
            resourceId: `${request.method} ${request.routeOptions.url}`,
            outcome: 'denied',
            details: { reason },
          },
          deps.clock.now(),
        ),
      ),
  };
}

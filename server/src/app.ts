import cookie from '@fastify/cookie';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Deps } from './deps';
import { clinicRoutes } from './modules/clinic/clinic.routes';
import { identityRoutes } from './modules/identity/identity.routes';
import { resolveSession } from './modules/identity/identity.service';
import { authPlugin } from './platform/auth/auth-plugin';
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

  await registerSecurityHeaders(app);
  await app.register(cookie);
  await registerOpenApi(app, deps.config.version);
  await app.register(authPlugin, { resolveSession: (token) => resolveSession(deps, token) });
  await registerOpenApiViewer(app);
  registerMetrics(app, deps.db);

  await app.register(healthRoutes, { deps, lifecycle });
  await app.register(clinicRoutes, { deps });
  await app.register(identityRoutes, { deps });

  const webDist = options.webDist === undefined ? paths.webDist : options.webDist;
  const hasWeb = webDist !== null && (await registerWebApp(app, webDist));
  app.setNotFoundHandler((request, reply) => {
    if (hasWeb && wantsWebPage(request)) return sendWebPage(reply);
    throw new AppError('NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0]}`);
  });
  return app;
}

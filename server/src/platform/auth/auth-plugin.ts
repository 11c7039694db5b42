import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../errors/app-error';
import { assertNotCrossSite } from './csrf';
import type { Principal, RoutePolicy, SessionAuth } from './policy';

export const SESSION_COOKIE = '__Host-corium_session';

/**
 * Routes added by third-party plugins, which cannot carry our route options: the OpenAPI
 * viewer and the web app's static files. Everything else must declare a policy.
 */
const platformPublicPrefixes = ['/api/docs'];
const platformPublicUrls = ['/*'];
const isPlatformPublic = (url: string): boolean =>
  platformPublicUrls.includes(url) || platformPublicPrefixes.some((prefix) => url.startsWith(prefix));

export interface RegisteredRoute {
  method: string | string[];
  url: string;
  policy: RoutePolicy;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route with its policy, for the route-policy and authorization-matrix tests. */
    routePolicies: readonly RegisteredRoute[];
  }
}

export interface AuthPluginOptions {
  resolveSession(token: string): Promise<SessionAuth | null>;
  resolveApiToken(token: string): Promise<Principal | null>;
  /**
   * The patient exists in the principal's clinic and, for a patient, is the principal.
   * `reason_required`: the record is one staff may open only after stating why (break-glass).
   */
  canAccessPatient(principal: Principal, patientId: string): Promise<boolean | 'reason_required'>;
  /** Writes the access_denied audit event for a refused request. */
  recordDenied(request: FastifyRequest, reason: string): Promise<void>;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Authenticates every request, then enforces its route's declared policy before the handler. */
export const authPlugin = fp<AuthPluginOptions>(async (app: FastifyInstance, options) => {
  app.decorateRequest('principal', null);
  app.decorateRequest('session', null);
  const registered: RegisteredRoute[] = [];
  app.decorate('routePolicies', registered);

  app.addHook('onRoute', (route) => {
    if (!route.config?.policy) {
      if (!isPlatformPublic(route.url)) {
        throw new Error(`Route ${String(route.method)} ${route.url} declares no policy (config.policy)`);
      }
      route.config = { ...route.config, policy: { public: true } };
    }
    registered.push({ method: route.method, url: route.url, policy: route.config.policy! });
  });

  // Before validation: a caller who may not use a route learns nothing about its inputs.
  app.addHook('preValidation', async (request) => {
    await authenticate(request, options);
    assertNotCrossSite(request, request.session?.csrfToken ?? null);
    await enforcePolicy(request, request.routeOptions.config.policy, options);
  });
});

async function authenticate(request: FastifyRequest, options: AuthPluginOptions): Promise<void> {
  const authorization = request.headers.authorization;
  if (authorization !== undefined) {
    const bearer = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(authorization)?.[1];
    request.principal = bearer ? await options.resolveApiToken(bearer) : null;
    if (!request.principal) throw new AppError('UNAUTHENTICATED', 'The API token is not valid');
    return;
  }
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return;
  request.session = await options.resolveSession(token);
  if (request.session?.stage === 'full') request.principal = request.session.principal;
}

async function enforcePolicy(
  request: FastifyRequest,
  policy: RoutePolicy | undefined,
  options: AuthPluginOptions,
): Promise<void> {
  if (!policy || 'public' in policy) return;
  if ('signInStep' in policy) {
    if (request.session?.stage !== policy.signInStep)
      throw new AppError('UNAUTHENTICATED', 'Please sign in again');
    return;
  }
  const principal = request.principal;
  if (!principal) throw new AppError('UNAUTHENTICATED', 'Please sign in');
  if (!policy.roles.includes(principal.role)) {
    await options.recordDenied(request, 'role');
    throw new AppError('FORBIDDEN', 'Your role does not give access to this');
  }
  if (policy.patient === 'path') {
    // Parameters are not validated yet: anything but a UUID names no patient.
    const patientId = (request.params as { patientId?: string }).patientId;
    const access =
      patientId && uuidPattern.test(patientId) ? await options.canAccessPatient(principal, patientId) : false;
    if (access === 'reason_required') {
      await options.recordDenied(request, 'reason_required');
      throw new AppError('BREAK_GLASS_REQUIRED', 'This record is restricted: state why you need to open it');
    }
    if (!access) {
      await options.recordDenied(request, 'patient');
      throw new AppError('NOT_FOUND', 'No such patient');
    }
  }
}

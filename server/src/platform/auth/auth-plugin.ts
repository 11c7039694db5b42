import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../errors/app-error';
import type { Principal, RoutePolicy } from './policy';

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
  /** Finds who holds this session token; null when it is unknown or expired. */
  resolveSession(token: string, request: FastifyRequest): Promise<Principal | null>;
}

/**
 * Enforces each route's declared policy before its handler runs. Routes Fastify adds itself
 * (HEAD twins, static files, docs) are registered with an explicit public policy.
 */
export const authPlugin = fp<AuthPluginOptions>(async (app: FastifyInstance, options) => {
  app.decorateRequest('principal', null);
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

  app.addHook('preHandler', async (request) => {
    const policy: RoutePolicy | undefined = request.routeOptions.config.policy;
    const token = request.cookies[SESSION_COOKIE];
    if (token) request.principal = await options.resolveSession(token, request);
    if (!policy || 'public' in policy) return;
    if (!request.principal) throw new AppError('UNAUTHENTICATED', 'Please sign in');
    if (!policy.roles.includes(request.principal.role)) {
      throw new AppError('FORBIDDEN', 'Your role may not do this');
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { buildTestApp, type TestApp } from './build-test-app';
import { authPlugin } from '../src/platform/auth/auth-plugin';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

/**
 * Routes anyone may call without signing in. Adding a public route means adding it here, in
 * review, on purpose.
 */
const publicRoutes = [
  'GET /healthz',
  'GET /readyz',
  'GET /metrics',
  'GET /api/openapi.json',
  'GET /api/setup',
  'POST /api/setup',
  'GET /api/auth/session',
  'POST /api/auth/sign-in',
  'POST /api/auth/sign-out',
  'GET /api/invitations/:token',
  'GET /api/auth/totp/enrolment',
  'POST /api/auth/totp/enrol',
  'POST /api/auth/totp/verify',
  'POST /api/invitations/:token/accept',
  // FHIR clients read the CapabilityStatement before they sign in (FHIR R4 http.html#capabilities).
  'GET /fhir/R4/metadata',
  // The public learning pages are for anyone deciding whether to book (issue 10).
  'GET /learn',
  'GET /learn/what-is-microneedling',
  'GET /learn/concerns/:concern',
  'GET /learn/options',
  'GET /learn/myths',
  'GET /learn/aftercare',
  'GET /learn/evidence',
  'GET /learn/self-check',
  'GET /learn/self-check.js',
  'GET /sitemap.xml',
  'GET /robots.txt',
  // The e-mailed check-in link (issue 8): its single-use token, in the body, opens one form only.
  'POST /api/check-in-links/form',
  'POST /api/check-in-links/answers',
];

const key = (r: { method: string | string[]; url: string }): string =>
  `${[r.method].flat().join(',')} ${r.url}`;

describe('route policies', () => {
  it('gives every registered route a policy', () => {
    expect(t.app.routePolicies.length).toBeGreaterThan(10);
    for (const route of t.app.routePolicies) expect(route.policy, key(route)).toBeDefined();
  });

  it('makes public only the allow-listed routes and the docs viewer', () => {
    const open = t.app.routePolicies
      .filter((r) => 'public' in r.policy || 'signInStep' in r.policy)
      .map(key)
      .filter((k) => !k.includes(' /api/docs') && !k.startsWith('HEAD '));
    expect(open.sort()).toEqual([...publicRoutes].sort());
  });

  it('refuses to register a route that declares no policy', async () => {
    const app = Fastify();
    await app.register(authPlugin, {
      resolveSession: async () => null,
      resolveApiToken: async () => null,
      canAccessPatient: async () => false,
      recordDenied: async () => undefined,
    });
    await expect(
      app.register(async (child) => {
        child.get('/api/forgotten', async () => 'oops');
      }),
    ).rejects.toThrow('declares no policy');
  });
});

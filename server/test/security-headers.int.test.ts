import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from './build-test-app';
import { createTestClinic } from './factories/clinic.factory';
import { signIn, type Browser } from './factories/sign-in';

let t: TestApp;
let admin: Browser;
beforeAll(async () => {
  t = await buildTestApp();
  admin = await signIn(t, (await (await createTestClinic(t.deps)).addUser('admin')).email);
});
afterAll(() => t.close());

describe('security headers', () => {
  it('are sent by every route, whatever its answer', async () => {
    const routes = t.app.routePolicies.filter((r) => [r.method].flat()[0] !== 'HEAD' && r.url !== '/*');
    const missing: string[] = [];
    for (const route of routes) {
      const method = [route.method].flat()[0] as 'GET';
      const url = route.url.replace(/:(\w+)/g, '00000000-0000-7000-8000-000000000000').replace('*', 'x');
      const response = await t.app.inject({
        method,
        url,
        headers: admin.headers,
        payload: method === 'GET' ? undefined : {},
      });
      const h = response.headers;
      const ok =
        String(h['content-security-policy']).includes("frame-ancestors 'none'") &&
        h['x-content-type-options'] === 'nosniff' &&
        h['referrer-policy'] !== undefined &&
        (!url.startsWith('/api/') || url.startsWith('/api/docs') || h['cache-control'] === 'no-store');
      if (!ok) missing.push(`${method} ${route.url}`);
      expect(response.statusCode, `${method} ${route.url}`).toBeLessThan(500);
    }
    expect(missing).toEqual([]);
  });
});

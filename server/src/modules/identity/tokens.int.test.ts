import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createTestClinic, type TestClinic } from '../../../test/factories/clinic.factory';
import { createApiToken } from './tokens.service';

let t: TestApp;
let clinic: TestClinic;

beforeAll(async () => {
  t = await buildTestApp();
  clinic = await createTestClinic(t.deps);
});
afterAll(() => t.close());

const lastUsedOf = async (name: string) =>
  (
    await t.deps.db
      .selectFrom('api_token')
      .select('last_used_at')
      .where('clinic_id', '=', clinic.id)
      .where('name', '=', name)
      .executeTakeFirstOrThrow()
  ).last_used_at;

describe('API token last use', () => {
  it('is recorded at the first request, then at most once a minute', async () => {
    const user = await clinic.addUser('front_desk');
    const { token } = await createApiToken(t.deps, {
      email: user.email,
      name: 'booking sync',
      expiresInDays: 30,
    });
    const call = async () =>
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/patients',
          headers: { authorization: `Bearer ${token}` },
        })
      ).statusCode;
    expect(await lastUsedOf('booking sync')).toBeNull();

    expect(await call()).toBe(200);
    const first = t.clock.now().getTime();
    expect((await lastUsedOf('booking sync'))?.getTime()).toBe(first);

    t.clock.advance(59_000);
    expect(await call()).toBe(200);
    expect((await lastUsedOf('booking sync'))?.getTime()).toBe(first);

    t.clock.advance(1_000);
    expect(await call()).toBe(200);
    expect((await lastUsedOf('booking sync'))?.getTime()).toBe(first + 60_000);
  });
});

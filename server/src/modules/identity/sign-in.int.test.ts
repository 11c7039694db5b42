import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createTestClinic, signInCookie, TEST_PASSWORD } from '../../../test/factories/clinic.factory';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('sign-in', () => {
  it('sets a __Host- session cookie that is HttpOnly, Secure and SameSite=Lax', async () => {
    const clinic = await createTestClinic(t.deps);
    const user = await clinic.addUser('practitioner');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: user.email.toUpperCase(), password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === '__Host-corium_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });
    expect(Buffer.from(cookie.value, 'base64url').length).toBeGreaterThanOrEqual(16);
  });

  it('answers a wrong password and an unknown e-mail the same way', async () => {
    const clinic = await createTestClinic(t.deps);
    const user = await clinic.addUser('front_desk');
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: user.email, password: 'nope nope' },
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'nobody@x.org', password: 'nope nope' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
  });

  it('stores argon2id hashes with at least 19 MiB and 2 passes', async () => {
    const clinic = await createTestClinic(t.deps);
    const user = await clinic.addUser('admin');
    const row = await t.deps.db
      .selectFrom('app_user')
      .select('password_hash')
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(row.password_hash!);
    expect(match).not.toBeNull();
    expect(Number(match![1])).toBeGreaterThanOrEqual(19_456);
    expect(Number(match![2])).toBeGreaterThanOrEqual(2);
  });

  it('tells who is signed in, and forgets them at sign-out', async () => {
    const clinic = await createTestClinic(t.deps);
    const user = await clinic.addUser('medical_director');
    const cookie = await signInCookie(t.app, user.email);
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.json()).toMatchObject({
      user: { email: user.email, role: 'medical_director' },
      clinic: { id: clinic.id },
    });
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    const replay = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(replay.statusCode).toBe(401);
  });

  it('ends a staff session after 15 idle minutes', async () => {
    const clinic = await createTestClinic(t.deps);
    const user = await clinic.addUser('practitioner');
    const cookie = await signInCookie(t.app, user.email);
    t.clock.advance(14 * 60_000);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(
      200,
    );
    t.clock.advance(15 * 60_000);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(
      401,
    );
  });
});

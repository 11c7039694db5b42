import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { createTestClinic, TEST_PASSWORD } from '../../../test/factories/clinic.factory';
import { nextTotpCode, passwordStep, signIn } from '../../../test/factories/sign-in';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const session = (headers: Record<string, string>) =>
  t.app.inject({ method: 'GET', url: '/api/auth/session', headers });

describe('password step', () => {
  it('sets a __Host- session cookie that is HttpOnly, Secure and SameSite=Lax', async () => {
    const user = await (await createTestClinic(t.deps)).addUser('practitioner');
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
    const user = await (await createTestClinic(t.deps)).addUser('front_desk');
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
    expect([wrong.statusCode, unknown.statusCode]).toEqual([401, 401]);
    expect(wrong.json()).toEqual(unknown.json());
  });

  it('stores argon2id hashes with at least 19 MiB and 2 passes', async () => {
    const user = await (await createTestClinic(t.deps)).addUser('admin');
    const row = await t.deps.db
      .selectFrom('app_user')
      .select('password_hash')
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(row.password_hash!);
    expect(Number(match![1])).toBeGreaterThanOrEqual(19_456);
    expect(Number(match![2])).toBeGreaterThanOrEqual(2);
  });

  it('signs a patient straight in, but sends staff to their TOTP step with no access yet', async () => {
    const clinic = await createTestClinic(t.deps);
    const patient = await passwordStep(t, (await clinic.addUser('patient')).email);
    expect(patient.state.state).toBe('signed_in');
    const staff = await passwordStep(t, (await clinic.addUser('practitioner')).email);
    expect(staff.state.state).toBe('totp_enrolment_required');
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/patients', headers: staff.headers })).statusCode,
    ).toBe(401);
  });
});

describe('TOTP', () => {
  it('enrols at first sign-in with ten one-time recovery codes, then asks for a code every time', async () => {
    const user = await (await createTestClinic(t.deps)).addUser('medical_director');
    const first = await passwordStep(t, user.email);
    const enrolment = (
      await t.app.inject({ method: 'GET', url: '/api/auth/totp/enrolment', headers: first.headers })
    ).json();
    expect(enrolment.otpauthUrl).toContain(`secret=${enrolment.secret}`);
    expect(enrolment.qrSvg).toContain('<svg');
    const enrol = await t.app.inject({
      method: 'POST',
      url: '/api/auth/totp/enrol',
      headers: first.headers,
      payload: { code: await nextTotpCode(t, user.email) },
    });
    expect(enrol.statusCode).toBe(200);
    const { recoveryCodes } = enrol.json();
    expect(recoveryCodes).toHaveLength(10);
    const second = await passwordStep(t, user.email);
    expect(second.state.state).toBe('totp_required');
    const viaRecovery = await t.app.inject({
      method: 'POST',
      url: '/api/auth/totp/verify',
      headers: second.headers,
      payload: { recoveryCode: recoveryCodes[0] },
    });
    expect(viaRecovery.json().state).toBe('signed_in');
    const third = await passwordStep(t, user.email);
    const reused = await t.app.inject({
      method: 'POST',
      url: '/api/auth/totp/verify',
      headers: third.headers,
      payload: { recoveryCode: recoveryCodes[0] },
    });
    expect(reused.statusCode).toBe(401);
  });

  it('never accepts the same TOTP code twice', async () => {
    const user = await (await createTestClinic(t.deps)).addUser('practitioner');
    await signIn(t, user.email);
    const a = await passwordStep(t, user.email);
    const code = await nextTotpCode(t, user.email);
    const first = await t.app.inject({
      method: 'POST',
      url: '/api/auth/totp/verify',
      headers: a.headers,
      payload: { code },
    });
    expect(first.statusCode).toBe(200);
    const b = await passwordStep(t, user.email);
    const replay = await t.app.inject({
      method: 'POST',
      url: '/api/auth/totp/verify',
      headers: b.headers,
      payload: { code },
    });
    expect(replay.statusCode).toBe(401);
  });
});

describe('sessions', () => {
  it('gives a new session id at every sign-in step, so a planted id is never promoted (fixation)', async () => {
    const clinic = await createTestClinic(t.deps);
    const user = await clinic.addUser('practitioner');
    const planted = await passwordStep(t, (await clinic.addUser('patient')).email);
    const afterPassword = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: planted.headers,
      payload: { email: user.email, password: TEST_PASSWORD },
    });
    const newCookie = afterPassword.cookies.find((c) => c.name === '__Host-corium_session')!.value;
    expect(planted.headers.cookie).not.toContain(newCookie);
    expect((await session(planted.headers)).json().state).toBe('signed_out');
    const signedIn = await signIn(t, user.email);
    expect(signedIn.headers.cookie).not.toContain(newCookie);
  });

  it('cannot be replayed after sign-out', async () => {
    const user = await (await createTestClinic(t.deps)).addUser('front_desk');
    const browser = await signIn(t, user.email);
    expect((await session(browser.headers)).json().state).toBe('signed_in');
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: browser.headers }))
        .statusCode,
    ).toBe(204);
    expect((await session(browser.headers)).json()).toEqual({ state: 'signed_out' });
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/patients', headers: browser.headers })).statusCode,
    ).toBe(401);
  });

  it('ends a staff session after 15 idle minutes', async () => {
    const user = await (await createTestClinic(t.deps)).addUser('practitioner');
    const browser = await signIn(t, user.email);
    t.clock.advance(14 * 60_000);
    expect((await session(browser.headers)).json().state).toBe('signed_in');
    t.clock.advance(15 * 60_000);
    expect((await session(browser.headers)).json().state).toBe('signed_out');
  });

  it('ends every session of a user whose role changes or who is disabled', async () => {
    const clinic = await createTestClinic(t.deps);
    const admin = await signIn(t, (await clinic.addUser('admin')).email);
    const user = await clinic.addUser('practitioner');
    const browser = await signIn(t, user.email);
    const demote = await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      headers: admin.headers,
      payload: { role: 'front_desk' },
    });
    expect(demote.json()).toMatchObject({ role: 'front_desk' });
    expect((await session(browser.headers)).json().state).toBe('signed_out');
    const again = await signIn(t, user.email);
    await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      headers: admin.headers,
      payload: { disabled: true },
    });
    expect((await session(again.headers)).json().state).toBe('signed_out');
    await expect(passwordStep(t, user.email)).rejects.toThrow('401');
  });
});

describe('CSRF and rate limits', () => {
  it('refuses a state change without the session CSRF token, or from another site', async () => {
    const browser = await signIn(t, (await (await createTestClinic(t.deps)).addUser('admin')).email);
    const noToken = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { cookie: browser.headers.cookie },
    });
    expect(noToken.statusCode).toBe(403);
    const wrongToken = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { ...browser.headers, 'x-csrf-token': 'x'.repeat(43) },
    });
    expect(wrongToken.statusCode).toBe(403);
    const crossSite = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { ...browser.headers, origin: 'https://evil.example' },
    });
    expect(crossSite.statusCode).toBe(403);
    expect((await session(browser.headers)).json().state).toBe('signed_in');
  });

  it('blocks an account after five wrong passwords, briefly, with Retry-After', async () => {
    const user = await (await createTestClinic(t.deps)).addUser('practitioner');
    const attempt = (password: string) =>
      t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: user.email, password } });
    for (let i = 0; i < 6; i++) expect((await attempt('wrong password')).statusCode).toBe(401);
    const blocked = await attempt(TEST_PASSWORD);
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBe(60);
    expect(blocked.json()).toMatchObject({ error: 'RATE_LIMITED', details: { retryAfterSeconds: 60 } });
    t.clock.advance(61_000);
    expect((await attempt(TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('refuses common passwords when an account is created', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: {
        clinicName: 'Any',
        timeZone: 'UTC',
        admin: { displayName: 'A', email: 'a@b.co', password: 'password123' },
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().details).toEqual([expect.objectContaining({ path: 'admin.password' })]);
  });
});

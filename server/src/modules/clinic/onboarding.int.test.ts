import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';

let t: TestApp;
beforeEach(async () => {
  t = await buildTestApp();
});
afterEach(() => t.close());

const valid = {
  clinicName: 'Northside Skin Clinic',
  timeZone: 'Europe/Dublin',
  admin: { displayName: 'Aoife Byrne', email: 'Aoife@Northside.ie', password: 'three words together' },
};

const onboard = (payload: unknown) =>
  t.app.inject({ method: 'POST', url: '/api/setup', payload: payload as object });
const count = async (table: 'clinic' | 'app_user' | 'outbox' | 'location'): Promise<number> =>
  Number(
    (
      await t.deps.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('onboarding', () => {
  it('starts empty, then creates the clinic, its location and admin, and queues a welcome e-mail', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/setup' })).json()).toEqual({
      needsOnboarding: true,
      clinic: null,
    });
    const response = await onboard(valid);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      clinic: { name: 'Northside Skin Clinic', timeZone: 'Europe/Dublin' },
      admin: { email: 'aoife@northside.ie', displayName: 'Aoife Byrne' },
    });
    expect((await t.app.inject({ method: 'GET', url: '/api/setup' })).json()).toEqual({
      needsOnboarding: false,
      clinic: { name: 'Northside Skin Clinic', timeZone: 'Europe/Dublin' },
    });
    expect(await count('location')).toBe(1);
    const job = await t.deps.db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
    expect(job).toMatchObject({
      job: 'clinic.welcome-admin',
      status: 'pending',
      payload: { userId: response.json().admin.id },
    });
  });

  it("gives the new clinic Corium's default services, ready to book", async () => {
    const { clinic } = (await onboard(valid)).json<{ clinic: { id: string } }>();
    const services = await t.deps.db
      .selectFrom('service')
      .select(['code', 'active'])
      .where('clinic_id', '=', clinic.id)
      .orderBy('code')
      .execute();
    expect(services).toEqual(
      ['consultation', 'microneedling_face', 'review', 'rf_microneedling_face'].map((code) => ({
        code,
        active: true,
      })),
    );
  });

  it('lets the new admin sign in with the chosen password, on to TOTP enrolment', async () => {
    await onboard(valid);
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'aoife@northside.ie', password: 'three words together' },
    });
    expect(signIn.statusCode).toBe(200);
    expect(signIn.json().state).toBe('totp_enrolment_required');
  });

  it('is refused once a clinic exists', async () => {
    await onboard(valid);
    const again = await onboard({ ...valid, admin: { ...valid.admin, email: 'intruder@example.com' } });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toBe('ALREADY_ONBOARDED');
    expect(await count('app_user')).toBe(1);
  });

  it('creates exactly one clinic when two people submit at the same moment', async () => {
    const responses = await Promise.all([
      onboard(valid),
      onboard({ ...valid, clinicName: 'Southside', admin: { ...valid.admin, email: 'b@southside.ie' } }),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(await count('clinic')).toBe(1);
  });

  it('names every invalid field and changes nothing', async () => {
    const response = await onboard({
      clinicName: 'X',
      timeZone: 'Atlantis/Capital',
      admin: { displayName: 'A', email: 'not-an-email', password: 'short' },
    });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.error).toBe('VALIDATION_FAILED');
    expect(body.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'admin.email',
      'admin.password',
      'clinicName',
      'timeZone',
    ]);
    expect(await count('clinic')).toBe(0);
  });

  it('ignores no extra fields silently: unknown properties are rejected', async () => {
    const response = await onboard({ ...valid, admin: { ...valid.admin, role: 'patient' } });
    expect(response.statusCode).toBe(400);
    expect(await count('app_user')).toBe(0);
  });

  it('accepts passwords up to 128 characters and refuses longer ones', async () => {
    const long = await onboard({ ...valid, admin: { ...valid.admin, password: 'p'.repeat(129) } });
    expect(long.statusCode).toBe(400);
    const max = await onboard({ ...valid, admin: { ...valid.admin, password: 'p'.repeat(128) } });
    expect(max.statusCode).toBe(201);
  });
});

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../src/modules/identity/tokens.service';
import { verifyAuditChains } from '../src/platform/audit/verify-chain';
import { buildTestApp, type TestApp } from './build-test-app';
import { createTestClinic, type TestClinic } from './factories/clinic.factory';
import { signIn, type Browser } from './factories/sign-in';

let t: TestApp;
let clinic: TestClinic;
let practitioner: Browser;
let admin: Browser;
let patientBrowser: Browser;
let patientId: string;

beforeAll(async () => {
  t = await buildTestApp();
  clinic = await createTestClinic(t.deps);
  practitioner = await signIn(t, (await clinic.addUser('practitioner')).email);
  admin = await signIn(t, (await clinic.addUser('admin')).email);
  const patient = await clinic.addPatient({ withAccount: true });
  patientId = patient.id;
  patientBrowser = await signIn(t, patient.email!);
});
afterAll(() => t.close());

const lastEvent = () =>
  t.deps.db
    .selectFrom('audit_event')
    .selectAll()
    .orderBy('occurred_at', 'desc')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();

describe('audit events', () => {
  const reads = [
    {
      name: 'patient search',
      browser: () => practitioner,
      url: () => '/api/patients?q=Test',
      action: 'search',
    },
    {
      name: 'patient record',
      browser: () => practitioner,
      url: () => `/api/patients/${patientId}`,
      action: 'read',
    },
    {
      name: 'medical history',
      browser: () => practitioner,
      url: () => `/api/patients/${patientId}/medical-history`,
      action: 'read',
    },
    {
      name: 'access log',
      browser: () => admin,
      url: () => `/api/patients/${patientId}/access-log`,
      action: 'read',
    },
    {
      name: 'access log CSV',
      browser: () => admin,
      url: () => `/api/patients/${patientId}/access-log.csv`,
      action: 'export',
    },
    { name: 'portal record', browser: () => patientBrowser, url: () => '/api/portal/record', action: 'read' },
    {
      name: 'portal access log',
      browser: () => patientBrowser,
      url: () => '/api/portal/access-log',
      action: 'read',
    },
  ];

  for (const read of reads) {
    it(`records who, what, which patient, when, where and outcome for ${read.name}`, async () => {
      const browser = read.browser();
      const response = await t.app.inject({ method: 'GET', url: read.url(), headers: browser.headers });
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('no-store');
      const event = await lastEvent();
      const user = browser.state.state === 'signed_in' ? browser.state.current.user : undefined;
      expect(event).toMatchObject({
        clinic_id: clinic.id,
        actor_user_id: user!.id,
        actor_role: user!.role,
        action: read.action,
        outcome: 'success',
        ip: '127.0.0.1',
        request_id: response.headers['x-request-id'],
      });
      expect(event.patient_ids).toContain(patientId);
      expect(event.occurred_at.getTime()).toBe(t.clock.now().getTime());
    });
  }

  it('records a refused request as access_denied', async () => {
    const frontDesk = await signIn(t, (await clinic.addUser('front_desk')).email);
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/patients/${patientId}/medical-history`,
      headers: frontDesk.headers,
    });
    expect(response.statusCode).toBe(403);
    expect(await lastEvent()).toMatchObject({
      action: 'access_denied',
      outcome: 'denied',
      actor_role: 'front_desk',
    });
  });

  it('records sign-in attempts, failed ones too', async () => {
    const user = await clinic.addUser('practitioner');
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: user.email, password: 'not the password' },
    });
    expect(await lastEvent()).toMatchObject({
      action: 'sign_in',
      outcome: 'failure',
      actor_user_id: user.id,
    });
  });

  it('shows an admin and the patient who looked at the record', async () => {
    await t.app.inject({ method: 'GET', url: `/api/patients/${patientId}`, headers: practitioner.headers });
    const log = (
      await t.app.inject({ method: 'GET', url: '/api/portal/access-log', headers: patientBrowser.headers })
    ).json();
    expect(log.events.some((e: { actor: { role: string } }) => e.actor.role === 'practitioner')).toBe(true);
    const csv = await t.app.inject({
      method: 'GET',
      url: `/api/patients/${patientId}/access-log.csv`,
      headers: admin.headers,
    });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\r\n')[0]).toBe('occurred_at,user,role,action,resource,resource_id,outcome,ip');
    expect(csv.body).toContain('Test practitioner');
  });
});

describe('API tokens', () => {
  it('act as their user, are audited with the token, and stop working when revoked', async () => {
    const user = await clinic.addUser('practitioner');
    const { token } = await createApiToken(t.deps, {
      email: user.email,
      name: 'lab import',
      expiresInDays: 30,
    });
    const bearer = { authorization: `Bearer ${token}` };
    const ok = await t.app.inject({
      method: 'GET',
      url: `/api/patients/${patientId}/medical-history`,
      headers: bearer,
    });
    expect(ok.statusCode).toBe(200);
    const event = await lastEvent();
    expect(event.actor_user_id).toBe(user.id);
    expect(event.actor_token_id).not.toBeNull();
    const revoke = await t.app.inject({
      method: 'DELETE',
      url: `/api/tokens/${event.actor_token_id}`,
      headers: admin.headers,
    });
    expect(revoke.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/patients', headers: bearer })).statusCode).toBe(
      401,
    );
  });

  it('expire', async () => {
    const user = await clinic.addUser('front_desk');
    const { token } = await createApiToken(t.deps, { email: user.email, name: 'short', expiresInDays: 1 });
    t.clock.advance(86_400_000 + 1);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/patients',
          headers: { authorization: `Bearer ${token}` },
        })
      ).statusCode,
    ).toBe(401);
  });
});

describe('tamper evidence', () => {
  it('refuses updates and deletes of audit events', async () => {
    await expect(sql`UPDATE audit_event SET outcome = 'success'`.execute(t.deps.db)).rejects.toThrow(
      'append-only',
    );
    await expect(sql`DELETE FROM audit_event`.execute(t.deps.db)).rejects.toThrow('append-only');
  });

  it('verifies the chain, and names the first event someone edited behind its back', async () => {
    expect((await verifyAuditChains(t.deps.db)).firstBroken).toBeNull();
    const victim = await t.deps.db
      .selectFrom('audit_event')
      .select(['id', 'seq'])
      .where('clinic_id', '=', clinic.id)
      .orderBy('seq')
      .offset(3)
      .limit(1)
      .executeTakeFirstOrThrow();
    // A database superuser can switch the trigger off; the chain still gives them away.
    await sql`ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only`.execute(t.deps.db);
    await sql`UPDATE audit_event SET ip = '10.9.9.9' WHERE id = ${victim.id}`.execute(t.deps.db);
    await sql`ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only`.execute(t.deps.db);
    const report = await verifyAuditChains(t.deps.db);
    expect(report.firstBroken).toMatchObject({
      id: victim.id,
      seq: victim.seq,
      reason: expect.stringContaining('changed'),
    });
  });
});

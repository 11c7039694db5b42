import type { NotificationPreferences } from '@corium/contracts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { signIn, type Browser } from '../../../test/factories/sign-in';
import { createSmsSender } from '../../platform/sms/sms-sender';
import { startFakeSmsProvider, type FakeSmsProvider } from '../../platform/sms/fake-sms-provider';
import {
  booked,
  bookingWorld,
  consultation,
  patientWith,
  type BookingWorld,
} from '../booking/booking-test-kit';
import { drainOutbox, queuedNotices, sentMail } from './notifications-test-kit';

let t: TestApp;
let w: BookingWorld;
let fake: FakeSmsProvider;
beforeEach(async () => {
  t = await buildTestApp();
  w = await bookingWorld(t);
  fake = await startFakeSmsProvider();
});
afterEach(async () => {
  await fake.close();
  await t.close();
});

const inject = (browser: Browser, method: 'GET' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: browser.headers, ...(payload ? { payload } : {}) });
const prefsUrl = (patientId: string) => `/api/patients/${patientId}/notification-preferences`;

async function patientReachable(contact: { email?: string | null; phone?: string | null }): Promise<string> {
  const id = await patientWith(t, w);
  await t.deps.db.updateTable('patient').set(contact).where('id', '=', id).execute();
  return id;
}

const textsOn = () => {
  t.deps.sms = createSmsSender(fake.settings);
};

describe('channel preferences', () => {
  it('are e-mail only by default, and say what the record allows', async () => {
    const patientId = await patientReachable({ email: 'ann@example.org', phone: '07700 900123' });
    const response = await inject(w.frontDesk, 'GET', prefsUrl(patientId));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      email: true,
      sms: false,
      hasEmail: true,
      hasMobile: false,
      smsAvailable: false,
      updatedAt: null,
    });
  });

  it('refuse texts the clinic cannot send or the phone cannot receive, naming the field', async () => {
    const patientId = await patientReachable({ email: 'ann@example.org', phone: '07700 900123' });
    const off = await inject(w.frontDesk, 'PUT', prefsUrl(patientId), { email: true, sms: true });
    expect(off.statusCode).toBe(400);
    expect(off.json()).toMatchObject({ error: 'VALIDATION_FAILED', details: [{ path: 'sms' }] });
    textsOn();
    const noMobile = await inject(w.frontDesk, 'PUT', prefsUrl(patientId), { email: true, sms: true });
    expect(noMobile.statusCode).toBe(400);
    expect(noMobile.json<{ message: string }>().message).toContain('international form');
    const none = await inject(w.frontDesk, 'PUT', prefsUrl(patientId), { email: false, sms: false });
    expect(none.statusCode).toBe(400);
    const extra = await inject(w.frontDesk, 'PUT', prefsUrl(patientId), {
      email: true,
      sms: false,
      push: true,
    });
    expect(extra.statusCode).toBe(400);
  });

  it('are changed by staff with an audit event, and by the patient in the portal', async () => {
    textsOn();
    const { id: patientId, email } = await w.clinic.addPatient({ withAccount: true });
    await t.deps.db
      .updateTable('patient')
      .set({ phone: '+44 7700 900123' })
      .where('id', '=', patientId)
      .execute();
    const saved = await inject(w.frontDesk, 'PUT', prefsUrl(patientId), { email: true, sms: true });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<NotificationPreferences>()).toMatchObject({ email: true, sms: true, hasMobile: true });
    const audit = await t.deps.db
      .selectFrom('audit_event')
      .select(['action', 'details'])
      .where('resource_type', '=', 'notification_preference')
      .where('action', '=', 'update')
      .execute();
    expect(audit).toEqual([
      {
        action: 'update',
        details: { before: { email: true, sms: false }, after: { email: true, sms: true } },
      },
    ]);

    const patient = await signIn(t, email!);
    const own = await inject(patient, 'GET', '/api/portal/notification-preferences');
    expect(own.json<NotificationPreferences>()).toMatchObject({ email: true, sms: true });
    const changed = await inject(patient, 'PUT', '/api/portal/notification-preferences', {
      email: false,
      sms: true,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect((await inject(w.frontDesk, 'GET', prefsUrl(patientId))).json()).toMatchObject({
      email: false,
      sms: true,
    });
    const otherPatient = await patientReachable({ email: 'bob@example.org' });
    expect((await inject(patient, 'GET', prefsUrl(otherPatient))).statusCode).toBe(403);
  });
});

describe('text messages', () => {
  it('go through the provider when preferred, saying only time and place, and are logged', async () => {
    textsOn();
    const patientId = await patientReachable({ email: 'ann@example.org', phone: '+44 7700 900123' });
    await inject(w.frontDesk, 'PUT', prefsUrl(patientId), { email: false, sms: true });
    const visit = await booked(t, w.frontDesk, patientId, consultation(w));
    expect(
      (await queuedNotices(t, w.clinic.id)).map((q) => `${q.payload.kind}/${q.payload.channel}`),
    ).toEqual(['confirmation/email', 'confirmation/sms', 'reminder/email', 'reminder/sms']);
    await drainOutbox(t);
    expect(fake.received).toEqual([
      {
        to: '+447700900123',
        from: fake.settings.from,
        body: expect.stringMatching(
          /^Clinic \w+: your appointment is booked for Wednesday 2 December 2026 at 10:00/,
        ),
      },
    ]);
    expect(fake.received[0]!.body).not.toMatch(/consultation|Test/i);
    expect(await sentMail(t)).toEqual([]);
    const log = await inject(w.frontDesk, 'GET', `/api/patients/${patientId}/notifications`);
    expect(log.statusCode, log.body).toBe(200);
    expect(log.json()).toEqual({
      notifications: [
        {
          id: expect.any(String),
          appointmentId: visit.id,
          channel: 'sms',
          kind: 'confirmation',
          status: 'sent',
          at: expect.any(String),
          recipient: '+447700900123',
          detail: null,
          preCareVersion: null,
        },
      ],
    });
  });

  it('record a refusal by the provider as failed, and retry a provider outage', async () => {
    textsOn();
    const patientId = await patientReachable({ phone: '+44 7700 900123' });
    await inject(w.frontDesk, 'PUT', prefsUrl(patientId), { email: false, sms: true });
    fake.answers.push(503);
    await booked(t, w.frontDesk, patientId, consultation(w));
    await drainOutbox(t);
    const [confirmation] = (await queuedNotices(t, w.clinic.id)).filter((q) => q.payload.channel === 'sms');
    expect(confirmation).toMatchObject({ status: 'pending', attempts: 1 });
    expect(confirmation!.last_error).toContain('503');
    expect(confirmation!.last_error).not.toContain(fake.settings.authToken);

    fake.answers.push(400);
    t.clock.advance(5_000);
    await drainOutbox(t);
    const rows = await t.deps.db.selectFrom('notification_log').select(['status', 'detail']).execute();
    expect(rows).toEqual([
      { status: 'failed', detail: expect.stringContaining('refused by the provider (400)') },
    ]);
    expect((await queuedNotices(t, w.clinic.id)).find((q) => q.id === confirmation!.id)!.status).toBe('done');
    expect(fake.received).toEqual([]);
  });
});

import type { BookingPolicy } from '@corium/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/build-test-app';
import { signIn, type Browser } from '../../../../test/factories/sign-in';
import { allJobs } from '../../../jobs';
import { createDrainer } from '../../../platform/jobs/worker';
import { offerFreedSlots } from '../../waitlist/waitlist-offers';
import {
  at,
  booked,
  bookingWorld,
  call,
  consultation,
  dayAfter,
  TOMORROW,
  type BookingWorld,
} from '../booking-test-kit';
import { portalPatient } from '../portal/portal-test-kit';
import { expectStatus, pathsOf, send, setupEvents } from './setup-test-kit';

let t: TestApp;
let w: BookingWorld;
let admin: Browser;
let adminId: string;
beforeAll(async () => {
  t = await buildTestApp();
  w = await bookingWorld(t);
  const user = await w.clinic.addUser('admin');
  adminId = user.id;
  admin = await signIn(t, user.email);
});
afterAll(() => t.close());

const url = '/api/clinic-setup/booking-policy';
const rules = { cancelNoticeHours: 24, consultationFirst: true, offerMinutes: 120 };
const read = (browser: Browser) => expectStatus<BookingPolicy>(send(t, browser, 'GET', url), 200);
const save = (body: object) => expectStatus<BookingPolicy>(send(t, admin, 'PUT', url, body), 200);
const storedRow = () =>
  t.deps.db.selectFrom('booking_policy').selectAll().where('clinic_id', '=', w.clinic.id).executeTakeFirst();

describe('the clinic’s booking rules', () => {
  it('are Corium’s defaults, read by any staff member, until the clinic changes them', async () => {
    expect(await read(w.frontDesk)).toEqual({ ...rules, updatedAt: null, updatedBy: null });
    expect(await read(w.practitioner)).toMatchObject(rules);
    expect(await storedRow()).toBeUndefined();
  });

  it('are changed by an admin, read back with who changed them and when, and audited', async () => {
    const changed = { cancelNoticeHours: 48, consultationFirst: false, offerMinutes: 30 };
    const saved = await save(changed);
    expect(saved).toEqual({
      ...changed,
      updatedAt: t.clock.now().toISOString(),
      updatedBy: { id: adminId, displayName: expect.any(String) },
    });
    expect(await read(w.director)).toEqual(saved);
    const again = await save({ ...changed, cancelNoticeHours: 72 });
    expect(again.cancelNoticeHours).toBe(72);
    const events = (await setupEvents(t, w.clinic.id)).filter(
      (e) => (e.details as { subject?: string }).subject === 'booking_policy',
    );
    expect(events).toEqual([
      expect.objectContaining({
        action: 'update',
        resource_id: w.clinic.id,
        actor_role: 'admin',
        details: { subject: 'booking_policy', before: rules, after: changed },
      }),
      expect.objectContaining({
        details: { subject: 'booking_policy', before: changed, after: { ...changed, cancelNoticeHours: 72 } },
      }),
    ]);
  });

  it.each([
    ['a notice over two weeks', { cancelNoticeHours: 337 }, 'cancelNoticeHours'],
    ['a negative notice', { cancelNoticeHours: -1 }, 'cancelNoticeHours'],
    ['part of an hour', { cancelNoticeHours: 1.5 }, 'cancelNoticeHours'],
    ['hours as text', { cancelNoticeHours: '24' }, 'cancelNoticeHours'],
    ['an offer shorter than 15 minutes', { offerMinutes: 14 }, 'offerMinutes'],
    ['an offer longer than two days', { offerMinutes: 2881 }, 'offerMinutes'],
    ['yes or no as text', { consultationFirst: 'yes' }, 'consultationFirst'],
    ['a missing rule', { offerMinutes: undefined }, 'offerMinutes'],
  ])('refuses %s with 400 naming the field, and keeps the rules', async (_, change, path) => {
    const before = await read(admin);
    const response = await send(t, admin, 'PUT', url, { ...rules, ...change });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: 'VALIDATION_FAILED' });
    expect(pathsOf(response)).toContain(path);
    expect(await read(admin)).toEqual(before);
  });

  it('refuses a rule it does not know, and lets no one but an admin change them', async () => {
    const unknown = await send(t, admin, 'PUT', url, { ...rules, depositPounds: 50 });
    expect(unknown.statusCode).toBe(400);
    const before = await storedRow();
    for (const browser of [w.frontDesk, w.practitioner, w.director]) {
      const refused = await send(t, browser, 'PUT', url, rules);
      expect(refused.statusCode).toBe(403);
    }
    expect(await storedRow()).toEqual(before);
  });
});

describe('what the rules change', () => {
  it('lets a patient cancel in the portal only as long before the visit as the notice says', async () => {
    const { patientId, browser } = await portalPatient(t, w);
    // 36 hours ahead of the test clock (07:00 today).
    const visit = await booked(t, w.frontDesk, patientId, consultation(w, { start: at(TOMORROW, '19:00') }));
    const cancel = `/api/portal/booking/appointments/${visit.id}/cancel`;
    await save({ ...rules, cancelNoticeHours: 48 });
    const tooLate = await call(t, browser, 'POST', cancel, {});
    expect(tooLate.statusCode).toBe(409);
    expect(tooLate.json()).toMatchObject({ details: { reason: 'cancel_too_late', cancelNoticeHours: 48 } });

    await save({ ...rules, cancelNoticeHours: 24 });
    const cancelled = await call(t, browser, 'POST', cancel, {});
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled' });
  });

  it('keeps a waitlist offer open for as many minutes as the rules say', async () => {
    await save({ ...rules, offerMinutes: 45 });
    const day = dayAfter(TOMORROW, 14);
    const waiting = await portalPatient(t, w);
    const joined = await call(t, waiting.browser, 'POST', '/api/portal/waitlist', {
      serviceId: w.services.consultation,
      locationId: w.locationId,
      earliestDate: day,
      latestDate: day,
      timeOfDay: 'morning',
    });
    expect(joined.statusCode, joined.body).toBe(201);
    const holder = await w.clinic.addPatient();
    const visit = await booked(t, w.frontDesk, holder.id, consultation(w, { start: at(day, '10:00') }));
    const cancel = `/api/patients/${holder.id}/appointments/${visit.id}/cancel`;
    expect((await call(t, w.frontDesk, 'POST', cancel, { reason: 'The patient is away' })).statusCode).toBe(
      200,
    );
    await t.deps.db
      .transaction()
      .execute((trx) => offerFreedSlots(trx, t.deps, { clinicId: w.clinic.id, appointmentIds: [visit.id] }));
    const { deps, clock } = t;
    await createDrainer({ db: deps.db, deps, jobs: allJobs, log: deps.log, clock, pollMs: 50 }).drain();
    const offer = await t.deps.db
      .selectFrom('waitlist_offer')
      .select(['created_at', 'expires_at'])
      .where('clinic_id', '=', w.clinic.id)
      .where('freed_appointment_id', '=', visit.id)
      .executeTakeFirstOrThrow();
    expect(offer.expires_at.getTime() - offer.created_at.getTime()).toBe(45 * 60_000);
  });
});

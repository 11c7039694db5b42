import type {
  PortalAppointment,
  PortalAppointments,
  PortalAvailability,
  PortalBookingOptions,
} from '@corium/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/build-test-app';
import type { Browser } from '../../../../test/factories/sign-in';
import {
  at,
  booked,
  bookingWorld,
  call,
  consultation,
  dayAfter,
  microneedling,
  TOMORROW,
  type BookingWorld,
} from '../booking-test-kit';
import { portalPatient } from './portal-test-kit';

let t: TestApp;
let w: BookingWorld;
beforeAll(async () => {
  t = await buildTestApp();
  w = await bookingWorld(t);
});
afterAll(() => t.close());

// Each test books in a fortnight of its own, so tests never take each other's slots.
let fortnights = 0;
const nextBase = () => dayAfter(TOMORROW, 14 * fortnights++);
const portal = (browser: Browser, method: 'GET' | 'POST', url: string, body?: object) =>
  call(t, browser, method, `/api/portal/booking${url}`, body);
const slotsOf = async (browser: Browser, serviceId: string, from: string, to = from) =>
  (
    await portal(
      browser,
      'GET',
      `/availability?serviceId=${serviceId}&locationId=${w.locationId}&from=${from}&to=${to}`,
    )
  ).json<PortalAvailability>();
const bookBody = (serviceId: string, slot: { start: string; assignment: Record<string, string> }) => ({
  serviceId,
  locationId: w.locationId,
  start: slot.start,
  assignment: slot.assignment,
  idempotencyKey: `portal-${crypto.randomUUID()}`,
});

describe('booking in the portal', () => {
  it('offers a new patient the consultation first, then books it from the free times', async () => {
    const { browser } = await portalPatient(t, w);
    const options = (await portal(browser, 'GET', '/options')).json<PortalBookingOptions>();
    expect(options.consultationFirst).toMatch(/first treatment/);
    expect(options.services.find((s) => s.kind === 'treatment')?.notYet).toMatch(/consultation/);
    expect(options.cancelNoticeHours).toBe(24);
    const refused = await portal(
      browser,
      'GET',
      `/availability?serviceId=${w.services.microneedling_face}&locationId=${w.locationId}&from=${TOMORROW}&to=${TOMORROW}`,
    );
    expect(refused.json()).toMatchObject({ error: 'CONFLICT', details: { reason: 'consultation_first' } });

    const day = nextBase();
    const { slots } = await slotsOf(browser, w.services.consultation!, day);
    expect(slots[0]).toMatchObject({ start: at(day, '08:00'), practitionerName: 'Test medical_director' });
    const response = await portal(
      browser,
      'POST',
      '/appointments',
      bookBody(w.services.consultation!, slots[0]!),
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<PortalAppointment>()).toMatchObject({
      serviceKind: 'consultation',
      status: 'booked',
    });
    expect(response.body).not.toMatch(/Room|Consult"|Pen/);
    const after = (await portal(browser, 'GET', '/options')).json<PortalBookingOptions>();
    expect(after.consultationFirst).toBeNull();
    const mine = (await portal(browser, 'GET', '/appointments')).json<PortalAppointments>();
    expect(mine.upcoming.map((a) => a.id)).toEqual([response.json<PortalAppointment>().id]);
  });

  it('says in plain words that a time was just taken, with the next free times', async () => {
    const { browser } = await portalPatient(t, w);
    const day = nextBase();
    const [first] = (await slotsOf(browser, w.services.consultation!, day)).slots;
    const other = await portalPatient(t, w);
    await booked(
      t,
      w.frontDesk,
      other.patientId,
      consultation(w, { start: first!.start, assignment: first!.assignment }),
    );
    const response = await portal(
      browser,
      'POST',
      '/appointments',
      bookBody(w.services.consultation!, first!),
    );
    expect(response.statusCode).toBe(409);
    const body = response.json<{
      error: string;
      message: string;
      details: { reason: string; nextSlots: { start: string }[] };
    }>();
    expect(body).toMatchObject({ error: 'SLOT_TAKEN', details: { reason: 'slot_taken' } });
    expect(body.message).toMatch(/Someone booked that time/);
    expect(body.details.nextSlots.length).toBeGreaterThan(0);
    expect(body.details.nextSlots.map((s) => s.start)).not.toContain(first!.start);
  });

  it('explains spacing with the other session, the minimum and the earliest day', async () => {
    const { patientId, browser } = await portalPatient(t, w);
    const day = nextBase();
    await booked(t, w.frontDesk, patientId, microneedling(w, { start: at(day, '09:00') }));
    const later = await slotsOf(browser, w.services.microneedling_face!, dayAfter(day, 5), dayAfter(day, 20));
    expect(later.earliestDay).toBe(dayAfter(day, 14));
    expect(later.slots[0]!.start.slice(0, 10)).toBe(dayAfter(day, 14));
    const tooSoon = { start: at(dayAfter(day, 5), '09:00'), assignment: microneedling(w).assignment };
    const response = await portal(
      browser,
      'POST',
      '/appointments',
      bookBody(w.services.microneedling_face!, tooSoon),
    );
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      error: 'SPACING_TOO_CLOSE',
      details: {
        reason: 'too_soon',
        otherSessionDay: day,
        daysApart: 5,
        minimumDays: 14,
        earliestDay: dayAfter(day, 14),
      },
    });
    expect(response.json<{ message: string }>().message).toMatch(/for the skin to heal/);
  });

  it('shows only what the screening says to patients, never the clinical finding', async () => {
    const needsDoctor = await portalPatient(t, w, { anticoagulants: true });
    await booked(t, w.frontDesk, needsDoctor.patientId, consultation(w, { start: at(nextBase(), '10:00') }));
    const slot = { start: at(nextBase(), '09:00'), assignment: microneedling(w).assignment };
    const refused = await portal(
      needsDoctor.browser,
      'POST',
      '/appointments',
      bookBody(w.services.microneedling_face!, slot),
    );
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      error: 'OVERRIDE_REQUIRED',
      details: { reason: 'needs_clinician' },
    });
    expect(
      refused.json<{ details: { patientMessages: string[] } }>().details.patientMessages.length,
    ).toBeGreaterThan(0);
    expect(refused.body).not.toMatch(/C16|screeningId|awaitingOverride|anticoagul/i);

    const blocked = await portalPatient(t, w, { active_skin_infection: true });
    await booked(t, w.frontDesk, blocked.patientId, consultation(w, { start: at(nextBase(), '10:00') }));
    const slot2 = { start: at(nextBase(), '09:00'), assignment: microneedling(w).assignment };
    const response = await portal(
      blocked.browser,
      'POST',
      '/appointments',
      bookBody(w.services.microneedling_face!, slot2),
    );
    expect(response.json()).toMatchObject({ error: 'SCREENING_BLOCKED', details: { reason: 'screening' } });
    expect(response.body).not.toMatch(/C01|blockedBy|screeningId/);
  });

  it('cancels the patient’s own visit before the notice period, and refuses another patient’s', async () => {
    const mine = await portalPatient(t, w);
    const theirs = await portalPatient(t, w);
    const day = nextBase();
    const own = await booked(t, w.frontDesk, mine.patientId, consultation(w, { start: at(day, '11:00') }));
    const other = await booked(
      t,
      w.frontDesk,
      theirs.patientId,
      consultation(w, { start: at(day, '12:00') }),
    );
    const notMine = await portal(mine.browser, 'POST', `/appointments/${other.id}/cancel`, {});
    expect(notMine.statusCode).toBe(404);
    const cancelled = await portal(mine.browser, 'POST', `/appointments/${own.id}/cancel`, {});
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', cancellableUntil: null });
  });

  it('refuses to cancel within the clinic’s notice period: please call the clinic', async () => {
    const { patientId, browser } = await portalPatient(t, w);
    const soon = await booked(t, w.frontDesk, patientId, consultation(w, { start: at(TOMORROW, '19:00') }));
    await t.deps.db
      .insertInto('booking_policy')
      .values({
        clinic_id: w.clinic.id,
        cancel_notice_hours: 48,
        consultation_first: true,
        offer_minutes: 120,
        updated_at: t.clock.now(),
      })
      .execute();
    const response = await portal(browser, 'POST', `/appointments/${soon.id}/cancel`, {});
    await t.deps.db.deleteFrom('booking_policy').where('clinic_id', '=', w.clinic.id).execute();
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      error: 'CONFLICT',
      details: { reason: 'cancel_too_late', cancelNoticeHours: 48 },
    });
    expect(response.json<{ message: string }>().message).toMatch(/Please call the clinic/);
  });

  it('returns the first booking for a retried request', async () => {
    const { browser } = await portalPatient(t, w);
    const [slot] = (await slotsOf(browser, w.services.consultation!, nextBase())).slots;
    const body = bookBody(w.services.consultation!, slot!);
    const first = await portal(browser, 'POST', '/appointments', body);
    const again = await portal(browser, 'POST', '/appointments', body);
    expect(again.statusCode).toBe(201);
    expect(again.json<PortalAppointment>().id).toBe(first.json<PortalAppointment>().id);
  });

  it('moves the patient’s own visit in place — the same appointment — but not within the notice period', async () => {
    const { patientId, browser } = await portalPatient(t, w);
    const day = nextBase();
    const visit = await booked(t, w.frontDesk, patientId, consultation(w, { start: at(day, '11:00') }));
    const [slot] = (await slotsOf(browser, w.services.consultation!, dayAfter(day, 1))).slots;
    const body = { start: slot!.start, assignment: slot!.assignment };
    const moved = await portal(browser, 'POST', `/appointments/${visit.id}/reschedule`, body);
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ id: visit.id, start: slot!.start, status: 'booked' });

    const soon = await booked(t, w.frontDesk, patientId, consultation(w, { start: at(TOMORROW, '18:00') }));
    await t.deps.db
      .insertInto('booking_policy')
      .values({
        clinic_id: w.clinic.id,
        cancel_notice_hours: 48,
        consultation_first: true,
        offer_minutes: 120,
        updated_at: t.clock.now(),
      })
      .execute();
    const tooLate = await portal(browser, 'POST', `/appointments/${soon.id}/reschedule`, body);
    await t.deps.db.deleteFrom('booking_policy').where('clinic_id', '=', w.clinic.id).execute();
    expect(tooLate.statusCode).toBe(409);
    expect(tooLate.json()).toMatchObject({ details: { reason: 'move_too_late', cancelNoticeHours: 48 } });
  });
});

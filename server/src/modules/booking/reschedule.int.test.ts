import type { Appointment } from '@corium/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import {
  at,
  book,
  booked,
  bookingWorld,
  call,
  consultation,
  dayAfter,
  insertStartedAppointment,
  microneedling,
  patientWith,
  TOMORROW,
  type BookingWorld,
} from './booking-test-kit';

let t: TestApp;
let w: BookingWorld;
beforeAll(async () => {
  t = await buildTestApp();
  w = await bookingWorld(t);
});
afterAll(() => t.close());

// Each test works within six weeks of its own, so tests never take each other's slots.
let weeks = 0;
const nextBase = () => dayAfter(TOMORROW, 42 * weeks++);

const reschedule = (
  browserOf: BookingWorld['frontDesk'],
  patientId: string,
  appointmentId: string,
  body: object,
) => call(t, browserOf, 'POST', `/api/patients/${patientId}/appointments/${appointmentId}/reschedule`, body);

const auditOf = (appointmentId: string) =>
  t.deps.db
    .selectFrom('audit_event')
    .select(['action', 'details'])
    .where('resource_type', '=', 'appointment')
    .where('resource_id', '=', appointmentId)
    .orderBy('occurred_at')
    .execute();

describe('moving a booked visit', () => {
  it('keeps the appointment, takes the new time and frees the old one, in the record', async () => {
    const day = nextBase();
    const patientId = await patientWith(t, w);
    const first = await booked(t, w.frontDesk, patientId, consultation(w, { start: at(day, '10:00') }));
    const response = await reschedule(w.frontDesk, patientId, first.id, {
      start: at(day, '14:00'),
      assignment: { practitioner: w.directorId },
      reason: 'The patient asked for the afternoon',
    });
    expect(response.statusCode, response.body).toBe(200);
    const moved = response.json<Appointment>();
    expect(moved).toMatchObject({
      id: first.id,
      status: 'booked',
      start: at(day, '14:00'),
      end: at(day, '14:30'),
    });
    expect(moved.resources.map((r) => [r.role, r.id, r.start])).toEqual([
      ['practitioner', w.directorId, at(day, '14:00')],
      ['room', w.rooms.consult, at(day, '14:00')],
    ]);
    const other = await patientWith(t, w);
    await booked(t, w.frontDesk, other, consultation(w, { start: at(day, '10:00') }));
    const audit = await auditOf(first.id);
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
    expect(audit[1]!.details).toMatchObject({
      from: {
        start: at(day, '10:00'),
        resources: expect.arrayContaining([{ role: 'practitioner', id: w.practitionerId }]),
      },
      to: {
        start: at(day, '14:00'),
        resources: expect.arrayContaining([{ role: 'practitioner', id: w.directorId }]),
      },
      reason: 'The patient asked for the afternoon',
    });
  });

  it('refuses a time someone else holds with 409 SLOT_TAKEN and leaves the visit where it was', async () => {
    const day = nextBase();
    const [a, b] = [await patientWith(t, w), await patientWith(t, w)];
    const mine = await booked(t, w.frontDesk, a, consultation(w, { start: at(day, '10:00') }));
    await booked(t, w.frontDesk, b, consultation(w, { start: at(day, '11:00') }));
    const response = await reschedule(w.frontDesk, a, mine.id, { start: at(day, '11:15') });
    expect(response.statusCode, response.body).toBe(409);
    expect(response.json()).toMatchObject({ error: 'SLOT_TAKEN' });
    const list = await call(t, w.frontDesk, 'GET', `/api/patients/${a}/appointments`);
    expect(list.json<{ appointments: Appointment[] }>().appointments).toEqual([mine]);
  });

  it('moves a needling session within its own spacing, refuses one too close to another, unless a prescriber overrides', async () => {
    const day = nextBase();
    const patientId = await patientWith(t, w);
    const first = await booked(t, w.frontDesk, patientId, microneedling(w, { start: at(day, '09:00') }));
    const second = await booked(
      t,
      w.frontDesk,
      patientId,
      microneedling(w, { start: at(dayAfter(day, 21), '09:00') }),
    );
    const ownSpacing = await reschedule(w.frontDesk, patientId, first.id, {
      start: at(dayAfter(day, 1), '09:00'),
    });
    expect(ownSpacing.statusCode, ownSpacing.body).toBe(200);
    const tooClose = { start: at(dayAfter(day, 10), '09:00') };
    const refused = await reschedule(w.frontDesk, patientId, second.id, tooClose);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      error: 'SPACING_TOO_CLOSE',
      details: { conflicts: [{ appointmentId: first.id, days: 9, minimumDays: 14 }] },
    });
    const override = { reason: 'Course interrupted by travel; reviewed the skin today.' };
    const byDesk = await reschedule(w.frontDesk, patientId, second.id, {
      ...tooClose,
      spacingOverride: override,
    });
    expect(byDesk.statusCode).toBe(403);
    const byDirector = await reschedule(w.director, patientId, second.id, {
      ...tooClose,
      spacingOverride: override,
    });
    expect(byDirector.statusCode, byDirector.body).toBe(200);
    expect(byDirector.json()).toMatchObject({
      start: tooClose.start,
      spacingOverride: { reason: override.reason },
    });
  });

  it('screens a move to another day again, and puts the visit back when the screening refuses', async () => {
    const day = nextBase();
    const patientId = await patientWith(t, w);
    const visit = await booked(t, w.frontDesk, patientId, microneedling(w, { start: at(day, '09:00') }));
    const history = await call(t, w.practitioner, 'POST', `/api/patients/${patientId}/medical-history`, {
      answers: { anticoagulants: true },
    });
    expect(history.statusCode, history.body).toBe(201);
    const sameDay = await reschedule(w.frontDesk, patientId, visit.id, { start: at(day, '11:00') });
    expect(sameDay.statusCode, sameDay.body).toBe(200);
    const otherDay = await reschedule(w.frontDesk, patientId, visit.id, {
      start: at(dayAfter(day, 2), '09:00'),
    });
    expect(otherDay.statusCode, otherDay.body).toBe(409);
    expect(otherDay.json()).toMatchObject({ error: 'OVERRIDE_REQUIRED' });
    const list = await call(t, w.frontDesk, 'GET', `/api/patients/${patientId}/appointments`);
    const [kept] = list.json<{ appointments: Appointment[] }>().appointments;
    expect(kept).toMatchObject({ id: visit.id, start: at(day, '11:00') });
    expect(kept!.resources.map((r) => r.start).sort()).toEqual(
      [at(day, '11:00'), at(day, '11:45'), at(day, '11:45')].sort(),
    );
  });

  it('refuses to move a cancelled or started visit (409), or to the past or outside the hours (400)', async () => {
    const day = nextBase();
    const patientId = await patientWith(t, w);
    const cancelled = await booked(t, w.frontDesk, patientId, consultation(w, { start: at(day, '10:00') }));
    await call(t, w.frontDesk, 'POST', `/api/patients/${patientId}/appointments/${cancelled.id}/cancel`, {
      reason: 'The patient asked',
    });
    const later = { start: at(day, '15:00') };
    expect((await reschedule(w.frontDesk, patientId, cancelled.id, later)).statusCode).toBe(409);
    const started = await insertStartedAppointment(t.deps, {
      clinicId: w.clinic.id,
      bookable: w,
      patientId,
      createdBy: w.practitionerId,
    });
    expect((await reschedule(w.frontDesk, patientId, started, later)).statusCode).toBe(409);
    const visit = await booked(t, w.frontDesk, patientId, consultation(w, { start: at(day, '12:00') }));
    for (const body of [
      { start: '2026-11-30T10:00:00Z' },
      { start: at(day, '21:00') },
      { start: at(day, '12:07') },
      { start: at(day, '13:00'), assignment: { room: w.devices.pen } },
      { start: at(day, '13:00'), locationId: w.rooms.consult },
    ]) {
      const response = await reschedule(w.frontDesk, patientId, visit.id, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
    }
    const unknown = await reschedule(w.frontDesk, patientId, w.rooms.consult, later);
    expect(unknown.statusCode).toBe(404);
    const response = await book(t, w.frontDesk, patientId, consultation(w, { start: at(day, '12:00') }));
    expect(response.statusCode).toBe(409);
  });
});

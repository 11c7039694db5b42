import type { Appointment } from '@corium/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { signIn } from '../../../test/factories/sign-in';
import { newId } from '../../platform/ids';
import {
  at,
  book,
  booked,
  bookingRows,
  bookingWorld,
  call,
  consultation,
  dayAfter,
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

let days = 0;
const nextDay = () => dayAfter(TOMORROW, days++);
const patient = async () => (await w.clinic.addPatient()).id;
const cancel = (patientId: string, appointmentId: string, reason: unknown = 'Patient asked to move it') =>
  call(t, w.frontDesk, 'POST', `/api/patients/${patientId}/appointments/${appointmentId}/cancel`, { reason });

describe('retrying a booking', () => {
  it('returns the first appointment for the same key and request, never a second one', async () => {
    const patientId = await patient();
    const body = consultation(w, { start: at(nextDay(), '10:00') });
    const first = await booked(t, w.frontDesk, patientId, body);
    const before = await bookingRows(t, w.clinic.id);
    // The same instant written with another offset and the assignment in another order is the same request.
    const again = { ...body, start: body.start.replace('T10:00:00.000Z', 'T11:00:00+01:00') };
    again.assignment = { room: body.assignment.room!, practitioner: body.assignment.practitioner! };
    expect(await booked(t, w.frontDesk, patientId, again)).toEqual(first);
    expect(await bookingRows(t, w.clinic.id)).toEqual(before);
  });

  it('answers concurrent retries with the one appointment', async () => {
    const patientId = await patient();
    const body = consultation(w, { start: at(nextDay(), '10:00') });
    const responses = await Promise.all([1, 2, 3, 4, 5].map(() => book(t, w.frontDesk, patientId, body)));
    expect(responses.map((r) => r.statusCode)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(responses.map((r) => r.json<Appointment>().id)).size).toBe(1);
  });

  it('refuses the same key with a different request, for this patient or another', async () => {
    const patientId = await patient();
    const day = nextDay();
    const body = consultation(w, { start: at(day, '10:00') });
    await booked(t, w.frontDesk, patientId, body);
    const before = await bookingRows(t, w.clinic.id);
    const moved = await book(t, w.frontDesk, patientId, { ...body, start: at(day, '11:00') });
    expect(moved.statusCode).toBe(422);
    expect(moved.json()).toMatchObject({
      error: 'IDEMPOTENCY_KEY_REUSED',
      details: [{ path: 'idempotencyKey' }],
    });
    const otherPatient = await book(t, w.frontDesk, await patient(), { ...body, start: at(day, '12:00') });
    expect(otherPatient.statusCode).toBe(422);
    expect(await bookingRows(t, w.clinic.id)).toEqual(before);
  });
});

describe('cancelling', () => {
  it('frees the slot at once: the next patient can book it', async () => {
    const [first, second] = [await patient(), await patient()];
    const start = at(nextDay(), '10:00');
    const appointment = await booked(t, w.frontDesk, first, consultation(w, { start }));
    const taken = await book(t, w.frontDesk, second, consultation(w, { start }));
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ error: 'SLOT_TAKEN' });
    const cancelled = await cancel(first, appointment.id);
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json<Appointment>()).toMatchObject({
      status: 'cancelled',
      cancellation: { reason: 'Patient asked to move it', by: { displayName: 'Test front_desk' } },
    });
    await booked(t, w.frontDesk, second, consultation(w, { start }));
    const active = await t.deps.db
      .selectFrom('appointment_resource')
      .select(['appointment_id', 'active'])
      .where('clinic_id', '=', w.clinic.id)
      .where('appointment_id', '=', appointment.id)
      .execute();
    expect(active.map((r) => r.active)).toEqual([false, false]);
  });

  it('cancels once, with a reason, and only the patient’s own appointment', async () => {
    const patientId = await patient();
    const appointment = await booked(
      t,
      w.frontDesk,
      patientId,
      consultation(w, { start: at(nextDay(), '10:00') }),
    );
    expect((await cancel(patientId, appointment.id, '')).statusCode).toBe(400);
    expect((await cancel(await patient(), appointment.id)).statusCode).toBe(404);
    expect((await cancel(patientId, newId())).statusCode).toBe(404);
    expect((await cancel(patientId, appointment.id)).statusCode).toBe(200);
    const twice = await cancel(patientId, appointment.id);
    expect(twice.statusCode).toBe(409);
    expect(twice.json<{ message: string }>().message).toMatch(/already cancelled/);
  });
});

describe('the calendar', () => {
  const feed = (query: string) => call(t, w.frontDesk, 'GET', `/api/appointments?${query}`);

  it("shows the day's appointments, by practitioner or room, without cancelled ones", async () => {
    const day = nextDay();
    const [a, b] = [await patient(), await patient()];
    const kept = await booked(t, w.frontDesk, a, consultation(w, { start: at(day, '10:00') }));
    const dropped = await booked(t, w.frontDesk, b, consultation(w, { start: at(day, '11:00') }));
    await cancel(b, dropped.id);
    const range = `from=${at(day, '00:00')}&to=${at(dayAfter(day, 1), '00:00')}`;
    const ids = async (query: string) =>
      (await feed(query)).json<{ appointments: Appointment[] }>().appointments.map((x) => x.id);
    expect(await ids(range)).toEqual([kept.id]);
    expect(await ids(`${range}&practitionerId=${w.practitionerId}`)).toEqual([kept.id]);
    expect(await ids(`${range}&practitionerId=${w.directorId}`)).toEqual([]);
    expect(await ids(`${range}&roomId=${w.rooms.consult}&locationId=${w.locationId}`)).toEqual([kept.id]);
    expect(await ids(`${range}&roomId=${w.rooms.treatment}`)).toEqual([]);
  });

  it.each([
    [
      'an end before the start',
      `from=${at(TOMORROW, '12:00')}&to=${at(TOMORROW, '09:00')}`,
      'querystring.to',
    ],
    ['a ten-year range', `from=${at(TOMORROW, '00:00')}&to=${at('2036-12-02', '00:00')}`, 'querystring.to'],
    [
      'an unknown practitioner',
      `from=${at(TOMORROW, '00:00')}&to=${at(TOMORROW, '23:00')}&practitionerId=${newId()}`,
      'querystring.practitionerId',
    ],
    [
      'an unknown room',
      `from=${at(TOMORROW, '00:00')}&to=${at(TOMORROW, '23:00')}&roomId=${newId()}`,
      'querystring.roomId',
    ],
    ['a missing end', `from=${at(TOMORROW, '00:00')}`, 'querystring.to'],
  ])('refuses %s with 400 naming the field', async (_, query, path) => {
    const response = await feed(query);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json<{ details: { path: string }[] }>().details.map((d) => d.path)).toContain(path);
  });
});

describe('a patient who does not come', () => {
  it('is recorded as a no-show once the appointment has started, freeing the rest of its time', async () => {
    const patientId = await patient();
    const start = at(nextDay(), '10:00');
    const appointment = await booked(t, w.frontDesk, patientId, consultation(w, { start }));
    const url = `/api/patients/${patientId}/appointments/${appointment.id}/no-show`;
    const early = await call(t, w.frontDesk, 'POST', url);
    expect(early.statusCode).toBe(409);
    // The clock moves past the start, and past the session's idle limit: sign in again. Last
    // in this file, as every test after it would see that later "now".
    t.clock.set(new Date(Date.parse(start) + 10 * 60_000));
    const frontDesk = await signIn(t, w.frontDeskEmail);
    const missed = await call(t, frontDesk, 'POST', url);
    expect(missed.statusCode).toBe(200);
    expect(missed.json<Appointment>()).toMatchObject({
      status: 'no_show',
      noShowRecordedAt: expect.any(String),
    });
    const walkIn = consultation(w, { start: start.replace('10:00', '10:15') });
    expect((await book(t, frontDesk, await patient(), walkIn)).statusCode).toBe(201);
    const cancelUrl = `/api/patients/${patientId}/appointments/${appointment.id}/cancel`;
    expect((await call(t, frontDesk, 'POST', cancelUrl, { reason: 'Too late' })).statusCode).toBe(409);
  });
});

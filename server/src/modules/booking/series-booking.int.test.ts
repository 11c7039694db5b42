import type { Appointment, BookedSeries, SeriesProposal, TreatmentSeries } from '@corium/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { newId } from '../../platform/ids';
import {
  at,
  booked,
  bookingRows,
  bookingWorld,
  call,
  dayAfter,
  microneedling,
  patientWith,
  TOMORROW,
  type BookingWorld,
} from './booking-test-kit';
import { daysBetween } from './wall-clock';

let t: TestApp;
let w: BookingWorld;
beforeAll(async () => {
  t = await buildTestApp();
  w = await bookingWorld(t);
});
afterAll(() => t.close());

// Each test's course starts three days after the one before: no two tests' sessions share a day.
let tests = 0;
const nextBase = () => dayAfter(TOMORROW, 3 * tests++);

/** A clear patient with a four-session microneedling course: 14–42 days apart. */
async function course(): Promise<{ patientId: string; seriesId: string }> {
  const patientId = await patientWith(t, w);
  const response = await call(t, w.practitioner, 'POST', `/api/patients/${patientId}/treatment-series`, {
    concerns: ['acne_scars'],
    modality: 'microneedling',
    plannedDepthMm: { cheeks: 1.5, chin: 1.0 },
  });
  expect(response.statusCode, response.body).toBe(201);
  return { patientId, seriesId: response.json<TreatmentSeries>().id };
}

const propose = (patientId: string, seriesId: string, from: string) =>
  call(
    t,
    w.frontDesk,
    'GET',
    `/api/patients/${patientId}/treatment-series/${seriesId}/proposal?serviceId=${w.services.microneedling_face}&locationId=${w.locationId}&from=${from}`,
  );

const bookSeries = (patientId: string, seriesId: string, body: object) =>
  call(t, w.frontDesk, 'POST', `/api/patients/${patientId}/treatment-series/${seriesId}/appointments`, body);

/** Four sessions four weeks apart at 09:00 from `day`, the practitioner, room 1, pen 1. */
const fourSessions = (day: string, key = `series-${newId()}`) => ({
  serviceId: w.services.microneedling_face,
  locationId: w.locationId,
  idempotencyKey: key,
  sessions: [0, 1, 2, 3].map((i) => ({
    sessionNumber: i + 1,
    start: at(dayAfter(day, 28 * i), '09:00'),
    assignment: { room: w.rooms.treatment, practitioner: w.practitionerId, pen: w.devices.pen },
  })),
});

describe('proposing the dates of a course', () => {
  it('puts each session in the window the plan allows after the one before, with one practitioner', async () => {
    const day = nextBase();
    const { patientId, seriesId } = await course();
    const response = await propose(patientId, seriesId, day);
    expect(response.statusCode, response.body).toBe(200);
    const { sessions, timeZone } = response.json<SeriesProposal>();
    expect(timeZone).toBe('Europe/London');
    expect(sessions.map((s) => s.sessionNumber)).toEqual([1, 2, 3, 4]);
    expect(sessions[0]).toMatchObject({ earliest: day, slot: { start: at(day, '08:00') } });
    for (const [i, session] of sessions.entries()) {
      const slotDay = session.slot!.start.slice(0, 10);
      expect(daysBetween(session.earliest, slotDay)).toBeGreaterThanOrEqual(0);
      expect(daysBetween(slotDay, session.latest)).toBeGreaterThanOrEqual(0);
      if (i === 0) continue;
      const previous = sessions[i - 1]!.slot!.start.slice(0, 10);
      expect(session.earliest).toBe(dayAfter(previous, 14));
      expect(session.latest).toBe(dayAfter(previous, 42));
    }
    const practitioners = new Set(sessions.map((s) => s.slot!.assignment.practitioner));
    expect(practitioners.size).toBe(1);
  });

  it('plans around sessions already booked and steps past days another needling visit is too close to', async () => {
    const day = nextBase();
    const { patientId, seriesId } = await course();
    await booked(t, w.frontDesk, patientId, microneedling(w, { start: at(day, '09:00'), seriesId }));
    const outside = await booked(
      t,
      w.director,
      patientId,
      microneedling(w, {
        start: at(dayAfter(day, 10), '09:00'),
        spacingOverride: { reason: 'Extra session for a scar on the jaw, reviewed.' },
      }),
    );
    expect(outside.spacingOverride).not.toBeNull();
    const { sessions } = (await propose(patientId, seriesId, day)).json<SeriesProposal>();
    expect(sessions.map((s) => s.sessionNumber)).toEqual([2, 3, 4]);
    expect(sessions[0]).toMatchObject({ earliest: dayAfter(day, 14), latest: dayAfter(day, 42) });
    // 14 days from session 1 and from the visit on day 10: day 24 at the earliest.
    expect(sessions[0]!.slot!.start).toBe(at(dayAfter(day, 24), '08:00'));
  });

  it('refuses a service of another modality or an unknown series', async () => {
    const { patientId, seriesId } = await course();
    const rf = await call(
      t,
      w.frontDesk,
      'GET',
      `/api/patients/${patientId}/treatment-series/${seriesId}/proposal?serviceId=${w.services.rf_microneedling_face}&locationId=${w.locationId}`,
    );
    expect(rf.statusCode).toBe(400);
    expect((await propose(patientId, newId(), TOMORROW)).statusCode).toBe(404);
  });
});

describe('booking a course as one action', () => {
  it('books four sessions, each its own appointment, and a retry returns the same four', async () => {
    const day = nextBase();
    const { patientId, seriesId } = await course();
    const body = fourSessions(day);
    const response = await bookSeries(patientId, seriesId, body);
    expect(response.statusCode, response.body).toBe(201);
    const { appointments } = response.json<BookedSeries>();
    expect(appointments.map((a) => [a.series?.sessionNumber, a.start, a.status])).toEqual(
      [0, 1, 2, 3].map((i) => [i + 1, at(dayAfter(day, 28 * i), '09:00'), 'booked']),
    );
    expect(appointments.every((a) => a.screeningId !== null)).toBe(true);
    const rows = await bookingRows(t, w.clinic.id);
    const retry = await bookSeries(patientId, seriesId, body);
    expect(retry.statusCode, retry.body).toBe(201);
    expect(retry.json<BookedSeries>().appointments.map((a) => a.id)).toEqual(appointments.map((a) => a.id));
    expect(await bookingRows(t, w.clinic.id)).toEqual(rows);
    const changed = { ...body, sessions: body.sessions.slice(0, 3) };
    expect((await bookSeries(patientId, seriesId, changed)).statusCode).toBe(422);
    const again = await bookSeries(patientId, seriesId, fourSessions(dayAfter(day, 1)));
    expect(again.statusCode).toBe(400);
  });

  it('books nothing when one session’s slot is taken, and names that session', async () => {
    const day = nextBase();
    const { patientId, seriesId } = await course();
    const other = await patientWith(t, w);
    await booked(t, w.frontDesk, other, microneedling(w, { start: at(dayAfter(day, 56), '09:30') }));
    const before = await bookingRows(t, w.clinic.id);
    const response = await bookSeries(patientId, seriesId, fourSessions(day));
    expect(response.statusCode, response.body).toBe(409);
    expect(response.json()).toMatchObject({ error: 'SLOT_TAKEN', details: { sessionNumber: 3 } });
    expect(await bookingRows(t, w.clinic.id)).toEqual(before);
    const list = await call(t, w.frontDesk, 'GET', `/api/patients/${patientId}/appointments`);
    expect(list.json<{ appointments: Appointment[] }>().appointments).toEqual([]);
  });

  it('spaces the sessions from each other and keeps them in order', async () => {
    const day = nextBase();
    const { patientId, seriesId } = await course();
    const body = fourSessions(day);
    body.sessions[1]!.start = at(dayAfter(day, 10), '09:00');
    const close = await bookSeries(patientId, seriesId, body);
    expect(close.statusCode, close.body).toBe(409);
    expect(close.json()).toMatchObject({ error: 'SPACING_TOO_CLOSE', details: { sessionNumber: 2 } });
    const swapped = fourSessions(day);
    swapped.sessions[0]!.sessionNumber = 2;
    swapped.sessions[1]!.sessionNumber = 1;
    const outOfOrder = await bookSeries(patientId, seriesId, swapped);
    expect(outOfOrder.statusCode).toBe(400);
  });

  it.each([
    [
      'a session the plan does not have',
      (b: ReturnType<typeof fourSessions>) => (b.sessions[3]!.sessionNumber = 5),
      'sessions.3.sessionNumber',
    ],
    [
      'a start in the past',
      (b: ReturnType<typeof fourSessions>) => (b.sessions[0]!.start = '2026-11-01T09:00:00Z'),
      'sessions.0.start',
    ],
    [
      'an unknown pen',
      (b: ReturnType<typeof fourSessions>) => (b.sessions[2]!.assignment.pen = newId()),
      'sessions.2.assignment.pen',
    ],
    [
      'a start outside opening hours',
      (b: ReturnType<typeof fourSessions>) =>
        (b.sessions[1]!.start = b.sessions[1]!.start.replace('09:00', '21:00')),
      'sessions.1.start',
    ],
  ])('refuses %s with 400 naming the field, booking nothing', async (_, change, path) => {
    const { patientId, seriesId } = await course();
    const body = fourSessions(nextBase());
    change(body);
    const before = await bookingRows(t, w.clinic.id);
    const response = await bookSeries(patientId, seriesId, body);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json<{ details: { path: string }[] }>().details.map((d) => d.path)).toContain(path);
    expect(await bookingRows(t, w.clinic.id)).toEqual(before);
  });
});

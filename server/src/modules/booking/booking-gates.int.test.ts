import type { Appointment, PatientScreening } from '@corium/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import {
  at,
  book,
  booked,
  bookingRows,
  bookingWorld,
  call,
  consultation,
  dayAfter,
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

// Each test books within six weeks of its own, so tests never take each other's slots.
let weeks = 0;
const nextBase = () => dayAfter(TOMORROW, 42 * weeks++);
const screeningsOf = async (patientId: string) =>
  (await call(t, w.practitioner, 'GET', `/api/patients/${patientId}/screenings`)).json<{
    screenings: PatientScreening[];
  }>().screenings;

describe('the screening gate', () => {
  it('books a treatment the screening clears, and keeps the screening that cleared it', async () => {
    const patientId = await patientWith(t, w);
    const appointment = await booked(
      t,
      w.frontDesk,
      patientId,
      microneedling(w, { start: at(nextBase(), '09:00') }),
    );
    const [screening] = await screeningsOf(patientId);
    expect(screening).toMatchObject({
      id: appointment.screeningId,
      occasion: 'booking',
      status: 'clear_to_treat',
    });
    expect(screening!.plannedTreatment).toMatchObject({ modality: 'microneedling', maxDepthMm: 0.5 });
    expect(screening!.plannedTreatment.zones).toContain('cheeks');
  });

  it('refuses a treatment the screening blocks, keeps the screening and books nothing', async () => {
    const patientId = await patientWith(t, w, { active_skin_infection: true });
    const before = await bookingRows(t, w.clinic.id);
    const response = await book(
      t,
      w.frontDesk,
      patientId,
      microneedling(w, { start: at(nextBase(), '09:00') }),
    );
    expect(response.statusCode).toBe(409);
    const [screening] = await screeningsOf(patientId);
    expect(response.json()).toMatchObject({
      error: 'SCREENING_BLOCKED',
      details: { screeningId: screening!.id, blockedBy: ['C01'] },
    });
    expect(screening).toMatchObject({ occasion: 'booking', status: 'blocked' });
    expect(await bookingRows(t, w.clinic.id)).toEqual(before);
  });

  it('books once a prescriber has overridden what the screening found, on that screening', async () => {
    const patientId = await patientWith(t, w, { anticoagulants: true });
    const body = microneedling(w, { start: at(nextBase(), '09:00') });
    const refused = await book(t, w.frontDesk, patientId, body);
    expect(refused.statusCode).toBe(409);
    const { screeningId, awaitingOverride } = refused.json<{
      details: { screeningId: string; awaitingOverride: string[] };
    }>().details;
    expect(refused.json()).toMatchObject({ error: 'OVERRIDE_REQUIRED' });
    expect(awaitingOverride.length).toBeGreaterThan(0);
    // Until the prescriber signs, naming the screening changes nothing.
    const stillWaiting = await book(t, w.frontDesk, patientId, {
      ...body,
      screeningId,
      idempotencyKey: 'retry-1-' + screeningId,
    });
    expect(stillWaiting.json()).toMatchObject({ error: 'OVERRIDE_REQUIRED', details: { screeningId } });
    for (const ruleId of awaitingOverride) {
      const signed = await call(
        t,
        w.director,
        'POST',
        `/api/patients/${patientId}/screenings/${screeningId}/overrides`,
        {
          ruleId,
          reason: 'Reviewed with the patient and her GP; shallow depth, limited area.',
        },
      );
      expect(signed.statusCode, signed.body).toBe(201);
    }
    const appointment = await booked(t, w.frontDesk, patientId, {
      ...body,
      screeningId,
      idempotencyKey: 'retry-2-' + screeningId,
    });
    expect(appointment.screeningId).toBe(screeningId);
    expect((await screeningsOf(patientId)).map((s) => s.id)).toEqual([screeningId]);
  });

  it('screens anew when the named screening is for another day', async () => {
    const patientId = await patientWith(t, w);
    const base = nextBase();
    const first = await booked(t, w.frontDesk, patientId, microneedling(w, { start: at(base, '09:00') }));
    const later = microneedling(w, {
      start: at(dayAfter(base, 28), '09:00'),
      screeningId: first.screeningId!,
    });
    const second = await booked(t, w.frontDesk, patientId, later);
    expect(second.screeningId).not.toBe(first.screeningId);
  });

  it('does not screen consultations: a blocked patient can still come and talk', async () => {
    const patientId = await patientWith(t, w, { active_skin_infection: true });
    const appointment = await booked(
      t,
      w.frontDesk,
      patientId,
      consultation(w, { start: at(nextBase(), '10:00') }),
    );
    expect(appointment.screeningId).toBeNull();
    expect(await screeningsOf(patientId)).toEqual([]);
  });
});

describe('spacing between needling sessions', () => {
  it('refuses a session less than 14 days from another unless a prescriber overrides', async () => {
    const patientId = await patientWith(t, w);
    const base = nextBase();
    await booked(t, w.frontDesk, patientId, microneedling(w, { start: at(base, '09:00') }));
    const tooSoon = microneedling(w, { start: at(dayAfter(base, 10), '09:00') });
    const screenings = (await screeningsOf(patientId)).length;
    const refused = await book(t, w.frontDesk, patientId, tooSoon);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      error: 'SPACING_TOO_CLOSE',
      details: { conflicts: [{ start: at(base, '09:00'), days: 10, minimumDays: 14 }] },
    });
    expect((await screeningsOf(patientId)).length).toBe(screenings);
    await booked(t, w.frontDesk, patientId, microneedling(w, { start: at(dayAfter(base, 14), '09:00') }));
    await booked(t, w.frontDesk, patientId, consultation(w, { start: at(dayAfter(base, 3), '10:00') }));
    const spacingOverride = {
      reason: 'Patient travels abroad for three months; benefit outweighs the shorter gap.',
    };
    const notPrescriber = await book(t, w.practitioner, patientId, { ...tooSoon, spacingOverride });
    expect(notPrescriber.statusCode).toBe(403);
    const overridden = await booked(t, w.director, patientId, { ...tooSoon, spacingOverride });
    expect(overridden.spacingOverride).toEqual({
      reason: spacingOverride.reason,
      by: { id: w.directorId, displayName: 'Test medical_director' },
    });
  });
});

describe('sessions of a treatment series', () => {
  const createSeries = async (patientId: string, body: object) => {
    const response = await call(t, w.practitioner, 'POST', `/api/patients/${patientId}/treatment-series`, {
      concerns: ['acne_scars'],
      modality: 'microneedling',
      plannedDepthMm: { cheeks: 1.5, periorbital: 0.25 },
      ...body,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ id: string }>().id;
  };

  it("numbers the sessions and keeps them the series' minimum interval apart", async () => {
    const patientId = await patientWith(t, w);
    const seriesId = await createSeries(patientId, { minIntervalDays: 28 });
    const base = nextBase();
    const first = await booked(
      t,
      w.frontDesk,
      patientId,
      microneedling(w, { start: at(base, '09:00'), seriesId }),
    );
    expect(first.series).toEqual({ id: seriesId, sessionNumber: 1 });
    const [screening] = await screeningsOf(patientId);
    expect(screening!.plannedTreatment).toMatchObject({ zones: ['cheeks', 'periorbital'], maxDepthMm: 0.25 });
    expect(screening!.isFirstSession).toBe(true);
    const early = await book(
      t,
      w.frontDesk,
      patientId,
      microneedling(w, { start: at(dayAfter(base, 20), '09:00'), seriesId }),
    );
    expect(early.json()).toMatchObject({
      error: 'SPACING_TOO_CLOSE',
      details: { conflicts: [{ minimumDays: 28 }] },
    });
    const second = await booked(
      t,
      w.frontDesk,
      patientId,
      microneedling(w, { start: at(dayAfter(base, 28), '09:00'), seriesId }),
    );
    expect(second.series).toEqual({ id: seriesId, sessionNumber: 2 });
    const list = await call(t, w.frontDesk, 'GET', `/api/patients/${patientId}/treatment-series`);
    expect(
      list.json<{ series: { appointments: Appointment[] }[] }>().series[0]!.appointments.map((a) => a.id),
    ).toEqual([first.id, second.id]);
  });

  it('refuses a session of the wrong modality, of another patient, or beyond the plan', async () => {
    const patientId = await patientWith(t, w);
    const rf = await createSeries(patientId, { modality: 'rf-microneedling' });
    const single = await createSeries(patientId, { sessions: 1 });
    const othersSeries = await createSeries(await patientWith(t, w), {});
    const base = nextBase();
    for (const seriesId of [rf, othersSeries]) {
      const refused = await book(
        t,
        w.frontDesk,
        patientId,
        microneedling(w, { start: at(base, '09:00'), seriesId }),
      );
      expect(refused.json()).toMatchObject({ error: 'VALIDATION_FAILED', details: [{ path: 'seriesId' }] });
    }
    await booked(t, w.frontDesk, patientId, microneedling(w, { start: at(base, '09:00'), seriesId: single }));
    const beyond = await book(
      t,
      w.frontDesk,
      patientId,
      microneedling(w, { start: at(dayAfter(base, 30), '09:00'), seriesId: single }),
    );
    expect(beyond.statusCode).toBe(409);
    expect(beyond.json()).toMatchObject({ error: 'CONFLICT', details: [{ path: 'seriesId' }] });
  });
});

import type { FieldIssue, TreatmentSeries } from '@corium/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { bookingWorld, call, type BookingWorld } from './booking-test-kit';

let t: TestApp;
let w: BookingWorld;
beforeAll(async () => {
  t = await buildTestApp();
  w = await bookingWorld(t);
});
afterAll(() => t.close());

const plan = {
  concerns: ['acne_scars'],
  modality: 'microneedling',
  plannedDepthMm: { cheeks: 1.5, chin: 1.0 },
};
const create = async (body: object, browser = w.practitioner) => {
  const { id: patientId } = await w.clinic.addPatient();
  const response = await call(t, browser, 'POST', `/api/patients/${patientId}/treatment-series`, body);
  return { patientId, response };
};

describe('planning a course of treatment', () => {
  it('takes sessions and intervals from the indication when the clinician leaves them out', async () => {
    const { patientId, response } = await create(plan);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<TreatmentSeries>()).toMatchObject({
      patientId,
      concerns: ['acne_scars'],
      modality: 'microneedling',
      sessions: 4,
      intervalDays: 28,
      minIntervalDays: 14,
      maxIntervalDays: 42,
      plannedDepthMm: { cheeks: 1.5, chin: 1.0 },
      status: 'active',
      createdBy: { displayName: 'Test practitioner' },
      appointments: [],
    });
    const rf = await create({ ...plan, modality: 'rf-microneedling' });
    expect(rf.response.json()).toMatchObject({
      sessions: 3,
      intervalDays: 28,
      minIntervalDays: 28,
      maxIntervalDays: 42,
    });
  });

  it("keeps the clinician's numbers and lists the patient's series for whoever books", async () => {
    const { patientId, response } = await create({
      ...plan,
      sessions: 6,
      intervalDays: 35,
      notes: 'Boxcar scars.',
    });
    expect(response.json()).toMatchObject({
      sessions: 6,
      intervalDays: 35,
      minIntervalDays: 14,
      maxIntervalDays: 42,
    });
    const list = await call(t, w.frontDesk, 'GET', `/api/patients/${patientId}/treatment-series`);
    expect(list.statusCode).toBe(200);
    expect(list.json<{ series: TreatmentSeries[] }>().series).toEqual([response.json()]);
  });

  it.each([
    ['a minimum above the maximum', { minIntervalDays: 30, maxIntervalDays: 20 }, 'maxIntervalDays'],
    ['a typical interval outside them', { intervalDays: 90 }, 'intervalDays'],
    ['less than 14 days between sessions', { minIntervalDays: 10 }, 'minIntervalDays'],
    ['no zone planned', { plannedDepthMm: {} }, 'plannedDepthMm'],
    ['a depth beyond any protocol', { plannedDepthMm: { cheeks: 4 } }, 'plannedDepthMm.cheeks'],
    ['an unknown concern', { concerns: ['wrinkly'] }, 'concerns.0'],
  ])('refuses %s with 400 naming the field', async (_, changes, path) => {
    const { patientId, response } = await create({ ...plan, ...changes });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json<{ details: FieldIssue[] }>().details.map((d) => d.path)).toContain(path);
    const list = await call(t, w.practitioner, 'GET', `/api/patients/${patientId}/treatment-series`);
    expect(list.json()).toEqual({ series: [] });
  });

  it('is planned by clinicians, not the front desk', async () => {
    const { response } = await create(plan, w.frontDesk);
    expect(response.statusCode).toBe(403);
  });
});

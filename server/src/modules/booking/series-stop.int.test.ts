import type { BookedSeries, TreatmentSeries } from '@corium/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { newId } from '../../platform/ids';
import { queuedNotices } from '../notifications/notifications-test-kit';
import {
  at,
  bookingWorld,
  call,
  dayAfter,
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

// Each test's course starts three days after the one before: no two tests' sessions share a day.
let tests = 0;
const nextBase = () => dayAfter(TOMORROW, 3 * tests++);

/** A clear patient with an e-mail and a four-session course, every session booked 28 days apart. */
async function bookedCourse(): Promise<{ patientId: string; seriesId: string; visits: string[] }> {
  const patientId = await patientWith(t, w);
  await t.deps.db
    .updateTable('patient')
    .set({ email: 'ann@example.org' })
    .where('id', '=', patientId)
    .execute();
  const planned = await call(t, w.practitioner, 'POST', `/api/patients/${patientId}/treatment-series`, {
    concerns: ['acne_scars'],
    modality: 'microneedling',
    plannedDepthMm: { cheeks: 1.5 },
  });
  const seriesId = planned.json<TreatmentSeries>().id;
  const day = nextBase();
  const response = await call(
    t,
    w.frontDesk,
    'POST',
    `/api/patients/${patientId}/treatment-series/${seriesId}/appointments`,
    {
      serviceId: w.services.microneedling_face,
      locationId: w.locationId,
      idempotencyKey: `series-${newId()}`,
      sessions: [0, 1, 2, 3].map((i) => ({
        sessionNumber: i + 1,
        start: at(dayAfter(day, 28 * i), '09:00'),
        assignment: { room: w.rooms.treatment, practitioner: w.practitionerId, pen: w.devices.pen },
      })),
    },
  );
  expect(response.statusCode, response.body).toBe(201);
  return { patientId, seriesId, visits: response.json<BookedSeries>().appointments.map((a) => a.id) };
}

const stop = (patientId: string, seriesId: string, body: object, browser = w.practitioner) =>
  call(t, browser, 'POST', `/api/patients/${patientId}/treatment-series/${seriesId}/stop`, body);

const visitStatuses = async (ids: string[]) =>
  (
    await t.deps.db
      .selectFrom('appointment')
      .select(['id', 'status', 'cancellation_reason'])
      .where('id', 'in', ids)
      .execute()
  ).sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id));

const seriesRow = (id: string) =>
  t.deps.db.selectFrom('treatment_series').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

const outboxJobs = (job: string) =>
  t.deps.db
    .selectFrom('outbox')
    .select('payload')
    .where('clinic_id', '=', w.clinic.id)
    .where('job', '=', job)
    .execute();

describe('stopping a course', () => {
  it('records who, when and why, and cancels its visits ahead as any cancellation does', async () => {
    const { patientId, seriesId, visits } = await bookedCourse();
    // The first session was done and signed: it stays in the record.
    await t.deps.db
      .updateTable('appointment')
      .set({ status: 'completed' })
      .where('id', '=', visits[0]!)
      .execute();
    const reason = 'Moving abroad; course stopped at her request';
    const response = await stop(patientId, seriesId, { reason: `  ${reason} ` });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<TreatmentSeries>()).toMatchObject({
      id: seriesId,
      status: 'stopped',
      stopped: { at: t.clock.now().toISOString(), by: { displayName: 'Test practitioner' }, reason },
      appointments: [{ id: visits[0], status: 'completed' }],
    });
    expect((await visitStatuses(visits)).map((v) => [v.status, v.cancellation_reason])).toEqual([
      ['completed', null],
      ['cancelled', reason],
      ['cancelled', reason],
      ['cancelled', reason],
    ]);
    const cancellations = (await queuedNotices(t, w.clinic.id)).filter(
      (q) => q.payload.kind === 'cancellation',
    );
    expect(cancellations.flatMap((q) => q.payload.visits.map((v) => v.appointmentId)).sort()).toEqual(
      visits.slice(1).sort(),
    );
    const offers = (await outboxJobs('waitlist.offer-slot')).map(
      (j) => (j.payload as { appointmentId: string }).appointmentId,
    );
    expect(offers).toEqual(expect.arrayContaining(visits.slice(1)));
    const audit = await t.deps.db
      .selectFrom('audit_event')
      .select(['action', 'details'])
      .where('resource_type', '=', 'treatment_series')
      .where('resource_id', '=', seriesId)
      .where('action', '=', 'update')
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ status: 'stopped', reason });
    const list = await call(t, w.frontDesk, 'GET', `/api/patients/${patientId}/treatment-series`);
    expect(list.json<{ series: TreatmentSeries[] }>().series[0]).toEqual(response.json());
  });

  it('refuses a course already stopped, or one whose every session is done', async () => {
    const { patientId, seriesId } = await bookedCourse();
    expect((await stop(patientId, seriesId, { reason: 'Reaction after session one' })).statusCode).toBe(200);
    const again = await stop(patientId, seriesId, { reason: 'Stopped twice' }, w.director);
    expect(again.statusCode).toBe(409);
    expect((await seriesRow(seriesId)).stop_reason).toBe('Reaction after session one');
    const finished = await bookedCourse();
    await t.deps.db
      .updateTable('appointment')
      .set({ status: 'completed' })
      .where('id', 'in', finished.visits)
      .execute();
    const done = await stop(finished.patientId, finished.seriesId, { reason: 'Too late to stop' });
    expect(done.statusCode).toBe(409);
  });

  it.each([
    ['no reason', {}],
    ['a reason too short', { reason: ' x ' }],
    ['a reason too long', { reason: 'x'.repeat(501) }],
    ['an unknown field', { reason: 'Patient asked to stop', cancelVisits: false }],
  ])('refuses %s and changes nothing', async (_, body) => {
    const { patientId, seriesId, visits } = await bookedCourse();
    const before = await queuedNotices(t, w.clinic.id);
    const response = await stop(patientId, seriesId, body);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: 'VALIDATION_FAILED' });
    expect((await seriesRow(seriesId)).status).toBe('active');
    expect((await visitStatuses(visits)).every((v) => v.status === 'booked')).toBe(true);
    expect(await queuedNotices(t, w.clinic.id)).toHaveLength(before.length);
  });

  it('is for clinicians: the front desk is refused, and an unknown course is not found', async () => {
    const { patientId, seriesId, visits } = await bookedCourse();
    const desk = await stop(patientId, seriesId, { reason: 'Front desk tries to stop' }, w.frontDesk);
    expect(desk.statusCode).toBe(403);
    expect((await seriesRow(seriesId)).status).toBe('active');
    expect((await visitStatuses(visits)).every((v) => v.status === 'booked')).toBe(true);
    expect((await stop(patientId, newId(), { reason: 'No such course here' })).statusCode).toBe(404);
  });
});

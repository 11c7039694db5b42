import { instantAt } from '../src/modules/booking/wall-clock';
import { newId } from '../src/platform/ids';
import { nextBooking, today, type MatrixFixtures } from './authorization-fixtures';

/**
 * Moving visits, proposing, booking and stopping a course, and other treatments in the authorization
 * matrix. Each call about a series gets a fresh four-session microneedling course; booking its
 * first session needs a screening for that day that a prescriber has cleared (matrix patients
 * take anticoagulants: C16), made while the url is built — so the body, asked for right after,
 * is the one prepared for that call's patient.
 */

const courseBody = (seriesId: string) => ({
  id: seriesId,
  modality: 'microneedling' as const,
  concerns: ['acne_scars'],
  sessions: 4,
  interval_days: 28,
  min_interval_days: 14,
  max_interval_days: 42,
  planned_depth_mm: JSON.stringify({ cheeks: 1 }),
});

async function freshSeries(f: MatrixFixtures, patientId: string): Promise<string> {
  const id = newId();
  await f.t.deps.db
    .insertInto('treatment_series')
    .values({
      ...courseBody(id),
      clinic_id: f.clinicA.id,
      patient_id: patientId,
      created_by: f.ids.user,
      created_at: f.t.clock.now(),
    })
    .execute();
  return id;
}

/** Sessions of one patient fall 15 days apart, a month ahead and on: never too close to each other. */
let sessions = 0;
let pending: object | null = null;

async function clearedScreening(f: MatrixFixtures, patientId: string, date: string): Promise<string> {
  const headers = f.browsers.medical_director.headers;
  const plannedTreatment = { date, modality: 'microneedling', zones: ['cheeks'], maxDepthMm: 1 };
  const screened = await f.t.app.inject({
    method: 'POST',
    url: `/api/patients/${patientId}/screenings`,
    headers,
    payload: { plannedTreatment },
  });
  const { id, awaitingOverride } = screened.json<{ id: string; awaitingOverride: string[] }>();
  for (const ruleId of awaitingOverride)
    await f.t.app.inject({
      method: 'POST',
      url: `/api/patients/${patientId}/screenings/${id}/overrides`,
      headers,
      payload: { ruleId, reason: 'Reviewed for the authorization matrix.' },
    });
  return id;
}

function sessionBody(f: MatrixFixtures, date: string, screeningId: string) {
  return {
    serviceId: f.bookable.services.microneedling_face!,
    locationId: f.bookable.locationId,
    idempotencyKey: `matrix-series-${newId()}`,
    screeningId,
    sessions: [
      {
        sessionNumber: 1,
        start: instantAt(date, '09:00', 'Europe/London').toISOString(),
        assignment: {
          room: f.bookable.rooms.treatment,
          practitioner: f.ids.user,
          pen: f.bookable.devices.pen,
        },
      },
    ],
  };
}

/** A toxin record of the patient's: one per call, as a record is withdrawn once. */
async function freshOtherTreatment(f: MatrixFixtures, patientId: string): Promise<string> {
  const id = newId();
  await f.t.deps.db
    .insertInto('other_treatment')
    .values({
      id,
      clinic_id: f.clinicA.id,
      patient_id: patientId,
      kind: 'botulinum_toxin',
      given_on: '2026-01-10',
      zones: ['forehead'],
      given_elsewhere: true,
      recorded_by: f.ids.user,
      recorded_at: f.t.clock.now(),
    })
    .execute();
  return id;
}

/**
 * The path with a series or other-treatment record of the patient's (a random id for another
 * clinic's) and the proposal's query.
 */
export async function withBookingMovesIds(
  f: MatrixFixtures,
  path: string,
  patientId: string | null,
): Promise<string> {
  if (path.includes(':recordId'))
    return path.replace(':recordId', patientId ? await freshOtherTreatment(f, patientId) : newId());
  if (!path.includes(':seriesId')) return path;
  const seriesId = patientId ? await freshSeries(f, patientId) : newId();
  const ahead = (days: number) =>
    new Date(Date.parse(`${today(f.t)}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  if (path.endsWith('/appointments') && patientId) {
    const date = ahead(30 + 15 * sessions++);
    pending = sessionBody(f, date, await clearedScreening(f, patientId, date));
  }
  if (path.endsWith('/appointments') && !patientId) pending = sessionBody(f, ahead(30), newId());
  const query = path.endsWith('/proposal')
    ? `?serviceId=${f.bookable.services.microneedling_face}&locationId=${f.bookable.locationId}&from=${ahead(30)}`
    : '';
  return `${path.replace(':seriesId', seriesId)}${query}`;
}

export const bookingMovesBodies = (f: () => MatrixFixtures): Record<string, () => object> => ({
  'POST /api/patients/:patientId/appointments/:appointmentId/reschedule': () => {
    const next = nextBooking(f());
    return { start: next.start, assignment: next.assignment, reason: 'Matrix' };
  },
  'POST /api/patients/:patientId/treatment-series/:seriesId/appointments': () => pending ?? {},
  'POST /api/patients/:patientId/treatment-series/:seriesId/stop': () => ({
    reason: 'The patient is moving abroad (matrix)',
  }),
  'POST /api/patients/:patientId/other-treatments': () => ({
    kind: 'laser',
    date: '2026-01-10',
    zones: ['cheeks'],
    givenElsewhere: true,
  }),
  'POST /api/patients/:patientId/other-treatments/:recordId/entered-in-error': () => ({
    reason: 'Matrix: recorded on the wrong patient',
  }),
});

import type { OutcomeScore, PatientOutcomes, RecordOutcomeScore } from '@corium/contracts';
import type { TestApp } from '../../../test/build-test-app';
import { signIn, type Browser } from '../../../test/factories/sign-in';
import { newId } from '../../platform/ids';
import { aftercareWorld, type AftercareWorld, type SessionWorld } from '../aftercare/aftercare-test-kit';
import { makeJpeg } from '../photos/photo-test-kit';

/** A clinic with clinicians, an admin, a portal patient and stock to chart sessions with. */
export async function outcomeWorld(t: TestApp) {
  const w = await aftercareWorld(t);
  const record = await w.clinic.addPatient({ withAccount: true });
  const frontDesk = await signIn(t, (await w.clinic.addUser('front_desk')).email);
  return { ...w, frontDesk, patientId: record.id, portal: await signIn(t, record.email!) };
}
export type OutcomeWorld = AftercareWorld & SessionWorld & Awaited<ReturnType<typeof outcomeWorld>>;

/** A course of `planned` sessions for acne scars, and one signed session on each of `days`. */
export async function course(
  t: TestApp,
  w: OutcomeWorld,
  patientId: string,
  days: string[],
  planned = days.length,
): Promise<{ seriesId: string; sessionIds: string[] }> {
  const seriesId = newId();
  await t.deps.db
    .insertInto('treatment_series')
    .values({
      ...{ id: seriesId, clinic_id: w.clinicId, patient_id: patientId, concerns: ['acne_scars'] },
      ...{ modality: 'microneedling', sessions: planned, interval_days: 28, min_interval_days: 21 },
      ...{ max_interval_days: 42, planned_depth_mm: JSON.stringify({ cheeks: 1.5 }), notes: null },
      ...{ created_by: w.practitionerId, created_at: new Date(`${days[0]}T08:00:00Z`) },
    })
    .execute();
  const sessionIds: string[] = [];
  for (const [i, day] of days.entries())
    sessionIds.push(await signedCourseSession(t, w, { patientId, seriesId, number: i + 1, day }));
  return { seriesId, sessionIds };
}

export async function photoOf(
  t: TestApp,
  browser: Browser,
  patientId: string,
  view = 'front',
): Promise<string> {
  const response = await t.app.inject({
    method: 'POST',
    url: `/api/patients/${patientId}/photos?view=${view}`,
    headers: { ...browser.headers, 'content-type': 'image/jpeg' },
    payload: await makeJpeg(),
  });
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json<{ photo: { id: string } }>().photo.id;
}

export const post = (t: TestApp, browser: Browser, url: string, payload: object) =>
  t.app.inject({ method: 'POST', url, headers: browser.headers, payload });

export async function recordScore(t: TestApp, browser: Browser, patientId: string, body: RecordOutcomeScore) {
  const response = await post(t, browser, `/api/patients/${patientId}/outcomes`, body);
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json<{ score: OutcomeScore }>().score;
}

export const outcomesOf = async (t: TestApp, browser: Browser, url: string): Promise<PatientOutcomes> =>
  (await t.app.inject({ method: 'GET', url, headers: browser.headers })).json<PatientOutcomes>();

/**
 * A signed session of a course as the room leaves it (visit, day-of screening, session), made
 * signed in one insert: the chart's lock refuses later updates, and outcomes read no chart entries.
 */
async function signedCourseSession(
  t: TestApp,
  w: OutcomeWorld,
  s: { patientId: string; seriesId: string; number: number; day: string },
): Promise<string> {
  const at = new Date(`${s.day}T09:00:00Z`);
  const ids = { appointment: newId(), screening: newId(), session: newId() };
  const base = { clinic_id: w.clinicId, patient_id: s.patientId };
  await t.deps.db
    .insertInto('appointment')
    .values({
      ...{ id: ids.appointment, ...base, location_id: w.bookable.locationId, series_id: s.seriesId },
      session_number: s.number,
      ...{ service_id: w.bookable.services.microneedling_face!, starts_at: at },
      ...{ ends_at: new Date(at.getTime() + 3_600_000) },
      ...{ idempotency_key: `outcomes-${ids.appointment}`, request_hash: '0'.repeat(64) },
      ...{ created_by: w.practitionerId, created_at: at },
    })
    .execute();
  await t.deps.db
    .insertInto('screening_evaluation')
    .values({
      ...{ id: ids.screening, ...base, occasion: 'day_of', history_version: null, inputs: '{}' },
      ...{ rule_set_version: 'corium-default-2026.11', outcome: 'clear', result: '{}', needs_override: [] },
      ...{ attestation: null, created_by: w.practitionerId, created_at: at },
    })
    .execute();
  await t.deps.db
    .insertInto('treatment_session')
    .values({
      ...{ id: ids.session, ...base, appointment_id: ids.appointment, practitioner_id: w.practitionerId },
      ...{ modality: 'microneedling', screening_id: ids.screening, series_id: s.seriesId },
      ...{
        session_number: s.number,
        consent_id: newId(),
        photos: 'taken',
        device_id: w.bookable.devices.pen,
      },
      ...{ started_at: at, started_by: w.practitionerId, signed_at: at, signed_by: w.practitionerId },
      signed_hash: 'a'.repeat(64),
    })
    .execute();
  return ids.session;
}

import type { Modality, OutcomeScaleId, OutcomeTimepoint } from '@corium/contracts';
import type { concernCodes } from '@corium/contracts';
import type { TestApp } from '../../../test/build-test-app';
import { signIn } from '../../../test/factories/sign-in';
import { newId } from '../../platform/ids';
import { aftercareWorld } from '../aftercare/aftercare-test-kit';
import { planAftercareForSignedSession } from '../aftercare/aftercare-plan.service';

type Concern = (typeof concernCodes)[number];

/**
 * What the report tests share: the aftercare world (a London clinic, a practitioner, a medical
 * director, an admin, two pens, a cartridge lot) with a second practitioner; courses, their
 * signed sessions and visits written straight into the tables as booking and the room leave
 * them; outcome scores inserted as the outcomes module records them.
 */

export type ReportWorld = Awaited<ReturnType<typeof reportWorld>>;

export async function reportWorld(t: TestApp) {
  const w = await aftercareWorld(t);
  const user = await w.clinic.addUser('practitioner');
  const second = { ...user, browser: await signIn(t, user.email) };
  return { ...w, second };
}

export async function addCourse(
  t: TestApp,
  w: ReportWorld,
  spec: { patientId: string; concerns: Concern[]; modality?: Modality },
): Promise<string> {
  const id = newId();
  await t.deps.db
    .insertInto('treatment_series')
    .values({
      ...{ id, clinic_id: w.clinicId, patient_id: spec.patientId, concerns: spec.concerns },
      ...{ modality: spec.modality ?? 'microneedling', sessions: 3, interval_days: 28 },
      ...{ min_interval_days: 28, max_interval_days: 42, planned_depth_mm: '{}' },
      ...{ created_by: w.practitionerId, created_at: new Date('2026-09-01T09:00:00Z') },
    })
    .execute();
  return id;
}

type VisitStatus = 'booked' | 'completed' | 'no_show' | 'cancelled';

/** A visit of the patient at `startsAt` with its outcome; a course's visits name the course. */
export async function addVisit(
  t: TestApp,
  w: ReportWorld,
  spec: { patientId: string; startsAt: Date; status: VisitStatus; series?: { id: string; number: number } },
): Promise<string> {
  const id = newId();
  const by = w.practitionerId;
  const { startsAt, status } = spec;
  await t.deps.db
    .insertInto('appointment')
    .values({
      ...{ id, clinic_id: w.clinicId, patient_id: spec.patientId, location_id: w.bookable.locationId },
      ...{ service_id: w.bookable.services.microneedling_face!, starts_at: startsAt, status },
      ...{ ends_at: new Date(startsAt.getTime() + 3_600_000), created_by: by, created_at: startsAt },
      ...{ series_id: spec.series?.id ?? null, session_number: spec.series?.number ?? null },
      ...{ idempotency_key: `report-${id}`, request_hash: '0'.repeat(64) },
      ...(status === 'cancelled'
        ? { cancelled_at: startsAt, cancelled_by: by, cancellation_reason: 'Ill' }
        : {}),
      ...(status === 'no_show' ? { no_show_recorded_at: startsAt, no_show_recorded_by: by } : {}),
    })
    .execute();
  return id;
}

export interface CourseSessionSpec {
  patientId: string;
  startedAt: Date;
  series?: { id: string; number: number };
  practitionerId?: string;
  deviceId?: string | null;
  modality?: Modality;
  /** Depth per zone in mm (default cheeks 1.5). */
  zones?: Record<string, number>;
  cartridges?: number;
}

/** A completed visit, its session charted and signed, and its recovery plan, as signing leaves them. */
export async function signedCourseSession(
  t: TestApp,
  w: ReportWorld,
  spec: CourseSessionSpec,
): Promise<string> {
  const { clinicId } = w;
  const practitionerId = spec.practitionerId ?? w.practitionerId;
  const base = { clinic_id: clinicId, patient_id: spec.patientId };
  const appointmentId = await addVisit(t, w, { ...spec, startsAt: spec.startedAt, status: 'completed' });
  const screeningId = newId();
  await t.deps.db
    .insertInto('screening_evaluation')
    .values({
      ...{ id: screeningId, ...base, occasion: 'day_of', history_version: null, inputs: '{}' },
      ...{ rule_set_version: 'corium-default-2026.11', outcome: 'clear', result: '{}', needs_override: [] },
      ...{ attestation: null, created_by: practitionerId, created_at: spec.startedAt },
    })
    .execute();
  const sessionId = newId();
  await t.deps.db
    .insertInto('treatment_session')
    .values({
      ...{ id: sessionId, ...base, appointment_id: appointmentId, practitioner_id: practitionerId },
      ...{ modality: spec.modality ?? 'microneedling', screening_id: screeningId, consent_id: newId() },
      ...{ series_id: spec.series?.id ?? null, session_number: spec.series?.number ?? null },
      ...{ photos: 'taken', device_id: spec.deviceId === undefined ? w.bookable.devices.pen : spec.deviceId },
      ...{ started_at: spec.startedAt, started_by: practitionerId },
    })
    .execute();
  await chart(t, w, sessionId, practitionerId, spec);
  await t.deps.db
    .updateTable('treatment_session')
    .set({ signed_at: spec.startedAt, signed_by: practitionerId, signed_hash: 'b'.repeat(64) })
    .where('id', '=', sessionId)
    .execute();
  const now = t.clock.now();
  await t.deps.db
    .transaction()
    .execute((trx) => planAftercareForSignedSession(trx, t.deps, { clinicId, sessionId, now }));
  return sessionId;
}

async function chart(t: TestApp, w: ReportWorld, sessionId: string, by: string, spec: CourseSessionSpec) {
  const base = { clinic_id: w.clinicId, session_id: sessionId, recorded_by: by, recorded_at: spec.startedAt };
  await t.deps.db
    .insertInto('session_zone')
    .values(
      Object.entries(spec.zones ?? { cheeks: 1.5 }).map(([zone, depth]) => ({
        ...{ id: newId(), ...base, zone, depth_mm: depth, passes: 3, directions: ['vertical'] },
        ...{ endpoint: 'erythema' as const, cap_mm: 3.5 },
      })),
    )
    .execute();
  for (let i = 0; i < (spec.cartridges ?? 1); i++)
    await t.deps.db
      .insertInto('session_cartridge')
      .values({ id: newId(), ...base, product_id: w.products.cartridge, lot_id: w.lots.cartridge })
      .execute();
}

/** An outcome score as the outcomes module records it (a clinician's rating unless the scale is the patient's). */
export async function addScore(
  t: TestApp,
  w: ReportWorld,
  spec: {
    patientId: string;
    seriesId: string;
    scale: OutcomeScaleId;
    concern: Concern | null;
    timepoint: OutcomeTimepoint;
    score: number;
    ratedOn: string;
  },
): Promise<string> {
  const id = newId();
  const patientRated = spec.scale === 'gais_patient';
  await t.deps.db
    .insertInto('outcome_score')
    .values({
      ...{ id, clinic_id: w.clinicId, patient_id: spec.patientId, series_id: spec.seriesId },
      ...{ scale: spec.scale, scale_version: '2026.1', concern: spec.concern, timepoint: spec.timepoint },
      ...{ score: spec.score, rater: patientRated ? 'patient' : 'clinician' },
      ...{ rated_by: patientRated ? null : w.practitionerId, rated_on: spec.ratedOn },
      recorded_at: t.clock.now(),
    })
    .execute();
  return id;
}

/** The session's first check-in answered and triaged at `level`. */
export async function answerCheckIn(
  t: TestApp,
  sessionId: string,
  level: 'expected' | 'review' | 'urgent' | 'emergency',
): Promise<void> {
  const plan = await t.deps.db
    .selectFrom('aftercare_plan')
    .select('id')
    .where('session_id', '=', sessionId)
    .executeTakeFirstOrThrow();
  const first = await t.deps.db
    .selectFrom('aftercare_check_in')
    .select(['id', 'opens_at'])
    .where('plan_id', '=', plan.id)
    .orderBy('day')
    .executeTakeFirstOrThrow();
  await t.deps.db
    .updateTable('aftercare_check_in')
    .set({
      status: 'submitted',
      submitted_at: first.opens_at,
      via: 'portal',
      answers: '{}',
      triage: '{}',
      level,
    })
    .where('id', '=', first.id)
    .execute();
}

/** An adverse event recorded against a session. */
export async function addAdverseEvent(t: TestApp, w: ReportWorld, sessionId: string, patientId: string) {
  await t.deps.db
    .insertInto('adverse_event')
    .values({
      ...{ id: newId(), clinic_id: w.clinicId, patient_id: patientId, session_id: sessionId },
      ...{
        term: 'infection',
        description: 'Pustules on day 3',
        onset_day: 3,
        severity_grade: 2,
        seriousness: [],
      },
      ...{ treatment_given: 'Oral antibiotic', outcome: 'recovered', causality: 'probable' },
      ...{ recorded_by: w.practitionerId, recorded_at: t.clock.now() },
    })
    .execute();
}

import {
  screeningRequest,
  type dayOfCheckRequest,
  type FieldIssue,
  type IntakeAnswers,
  type PatientScreening,
  type PlannedTreatment,
  type ScreeningOccasion,
  type screenPatientRequest,
} from '@corium/contracts';
import type { z } from 'zod';
import type { Deps } from '../../deps';
import { recordAudit, type AuditEvent } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import type { Trx } from '../../platform/db/database';
import { AppError } from '../../platform/errors/app-error';
import { newId } from '../../platform/ids';
import { amendHistory, screeningSubject, type ScreeningSubject } from '../patients/history.service';
import { findingsNeedingOverride } from './clearance';
import { evaluate } from './engine';
import {
  toPatientScreening,
  type ScreeningInputs,
  type StoredAttestation,
} from './patient-screenings.mapper';
import * as repo from './patient-screenings.repo';
import { currentRuleSet } from './rule-sets/current-rule-set';

export type ScreenPatientInput = z.output<typeof screenPatientRequest>;
export type DayOfCheckInput = z.output<typeof dayOfCheckRequest>;

interface Screening {
  occasion: ScreeningOccasion;
  plannedTreatment: PlannedTreatment;
  isFirstSession: boolean | undefined;
  attestation?: StoredAttestation;
}

const screeningEvent = (
  action: AuditEvent['action'],
  patientId: string,
  resourceId: string | null,
  details: Record<string, unknown>,
): AuditEvent => ({ action, resourceType: 'screening', resourceId, patientIds: [patientId], details });

export const invalid = (message: string, details: FieldIssue[]): AppError =>
  new AppError('VALIDATION_FAILED', message, details);

/** A screening is for a day the clinic can still treat on; a day-of check is for today's. */
async function assertTreatmentDay(
  trx: Trx,
  deps: Deps,
  clinicId: string,
  date: string,
  occasion: ScreeningOccasion,
): Promise<void> {
  const today = await repo.clinicToday(trx, clinicId, deps.clock.now());
  const path = 'plannedTreatment.date';
  if (occasion === 'day_of' && date !== today)
    throw invalid('A day-of check is for a treatment today', [
      { path, message: `A day-of check is for a treatment today (${today})` },
    ]);
  // ISO calendar days compare correctly as strings.
  if (date < today)
    throw invalid('The planned treatment date has passed', [
      { path, message: `The planned treatment date has passed (today is ${today})` },
    ]);
}

/**
 * The history as the engine takes it, checked the way `POST /api/screening/evaluate` checks
 * its input: no date in the history, and no date of birth, after the treatment. A day-of change
 * is named by its own field; anything already on file points at the treatment date, the field
 * the person can still change.
 */
function screenedAnswers(
  subject: ScreeningSubject,
  plan: PlannedTreatment,
  changed: string[],
): IntakeAnswers {
  const parsed = screeningRequest.safeParse({
    answers: subject.history?.answers ?? {},
    dateOfBirth: subject.dateOfBirth,
    plannedTreatment: plan,
  });
  if (parsed.success) return parsed.data.answers;
  const details = parsed.error.issues.map((issue): FieldIssue => {
    const [field, question, ...rest] = issue.path.map(String);
    if (field === 'answers' && question && changed.includes(question))
      return { path: ['changes', question, ...rest].join('.'), message: issue.message };
    const where = field === 'answers' ? `medical history: ${[question, ...rest].join('.')}` : 'date of birth';
    return { path: 'plannedTreatment.date', message: `${issue.message} (${where})` };
  });
  throw invalid('The medical history does not fit the planned treatment date', details);
}

export async function readScreening(
  trx: Trx,
  clinicId: string,
  patientId: string,
  screeningId: string,
): Promise<PatientScreening> {
  const row = await repo.findEvaluation(trx, clinicId, patientId, screeningId);
  if (!row) throw new AppError('NOT_FOUND', 'This patient has no such screening');
  return toPatientScreening(row, await repo.overridesOf(trx, clinicId, [row.id]));
}

/**
 * Screens with the clinic's current rule set and stores the result with everything that went
 * in, and which findings need an override — decided now, from the rule set that produced it.
 */
async function storeScreening(
  trx: Trx,
  deps: Deps,
  principal: Principal,
  patientId: string,
  subject: ScreeningSubject,
  screening: Screening,
  meta: RequestMeta,
): Promise<PatientScreening> {
  const { occasion, plannedTreatment, isFirstSession, attestation } = screening;
  const ruleSet = await currentRuleSet(trx, principal.clinicId);
  const answers = screenedAnswers(subject, plannedTreatment, attestation?.changedQuestions ?? []);
  const { dateOfBirth } = subject;
  const result = evaluate(ruleSet, answers, { dateOfBirth, isFirstSession }, plannedTreatment);
  const inputs: ScreeningInputs = {
    answers,
    dateOfBirth,
    plannedTreatment,
    isFirstSession: isFirstSession ?? null,
  };
  const id = newId();
  const now = deps.clock.now();
  const historyVersion = subject.history?.version ?? null;
  await repo.insertEvaluation(trx, {
    id,
    clinic_id: principal.clinicId,
    patient_id: patientId,
    occasion,
    history_version: historyVersion,
    inputs: JSON.stringify(inputs),
    rule_set_version: result.ruleSetVersion,
    outcome: result.outcome,
    result: JSON.stringify(result),
    needs_override: findingsNeedingOverride(ruleSet, result, occasion),
    attestation: attestation ? JSON.stringify(attestation) : null,
    created_by: principal.userId,
    created_at: now,
  });
  const details = {
    occasion,
    outcome: result.outcome,
    ruleSetVersion: result.ruleSetVersion,
    historyVersion,
  };
  await recordAudit(trx, actorOf(principal, meta), screeningEvent('create', patientId, id, details), now);
  return readScreening(trx, principal.clinicId, patientId, id);
}

/**
 * Screens the patient's current medical history (none yet: empty answers, so `INCOMPLETE`)
 * against a planned treatment and stores it, in the caller's transaction — booking screens
 * the same way as part of making an appointment.
 */
export async function screenPatient(
  trx: Trx,
  deps: Deps,
  principal: Principal,
  patientId: string,
  request: ScreenPatientInput,
  meta: RequestMeta,
): Promise<PatientScreening> {
  const { occasion, plannedTreatment, isFirstSession } = request;
  await assertTreatmentDay(trx, deps, principal.clinicId, plannedTreatment.date, occasion);
  const subject = await screeningSubject(trx, principal.clinicId, patientId);
  const screening = { occasion, plannedTreatment, isFirstSession };
  return storeScreening(trx, deps, principal, patientId, subject, screening, meta);
}

export function createScreening(
  deps: Deps,
  principal: Principal,
  patientId: string,
  request: ScreenPatientInput,
  meta: RequestMeta,
): Promise<PatientScreening> {
  return deps.db
    .transaction()
    .execute((trx) => screenPatient(trx, deps, principal, patientId, request, meta));
}

/**
 * The day-of re-attestation. Changes become a new history version first (same transaction:
 * a refused screening leaves no version behind), then that version is screened.
 */
export function checkDayOf(
  deps: Deps,
  principal: Principal,
  patientId: string,
  request: DayOfCheckInput,
  meta: RequestMeta,
): Promise<PatientScreening> {
  const { attestedBy, changed, changes = {}, plannedTreatment, isFirstSession } = request;
  return deps.db.transaction().execute(async (trx) => {
    await assertTreatmentDay(trx, deps, principal.clinicId, plannedTreatment.date, 'day_of');
    let subject = await screeningSubject(trx, principal.clinicId, patientId);
    if (!subject.history)
      throw new AppError('CONFLICT', 'No medical history is recorded yet: complete the intake first');
    if (changed) {
      const amended = await amendHistory(trx, deps, principal, patientId, changes, meta);
      subject = {
        ...subject,
        history: { version: amended.version, answers: amended.answers as IntakeAnswers },
      };
    }
    const attestation = { attestedBy, changed, changedQuestions: Object.keys(changes) };
    const screening = { occasion: 'day_of' as const, plannedTreatment, isFirstSession, attestation };
    return storeScreening(trx, deps, principal, patientId, subject, screening, meta);
  });
}

/** Newest first, each with its overrides and what is still outstanding. */
export function listScreenings(
  deps: Deps,
  principal: Principal,
  patientId: string,
  meta: RequestMeta,
): Promise<PatientScreening[]> {
  return deps.db.transaction().execute(async (trx) => {
    const rows = await repo.listEvaluations(trx, principal.clinicId, patientId);
    const overrides = await repo.overridesOf(
      trx,
      principal.clinicId,
      rows.map((r) => r.id),
    );
    const event = screeningEvent('read', patientId, null, { screenings: rows.length });
    await recordAudit(trx, actorOf(principal, meta), event, deps.clock.now());
    return rows.map((row) => toPatientScreening(row, overrides));
  });
}

export function getScreening(
  deps: Deps,
  principal: Principal,
  patientId: string,
  screeningId: string,
  meta: RequestMeta,
): Promise<PatientScreening> {
  return deps.db.transaction().execute(async (trx) => {
    const screening = await readScreening(trx, principal.clinicId, patientId, screeningId);
    const event = screeningEvent('read', patientId, screeningId, { occasion: screening.occasion });
    await recordAudit(trx, actorOf(principal, meta), event, deps.clock.now());
    return screening;
  });
}

import {
  intakeQuestions,
  type IntakeAnswers,
  type MedicalHistory,
  type PortalIntake,
} from '@corium/contracts';
import type { Deps } from '../../deps';
import { recordAudit, type AuditEvent } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import type { Trx } from '../../platform/db/database';
import { AppError } from '../../platform/errors/app-error';
import { newId } from '../../platform/ids';
import { toMedicalHistory } from './patients.mapper';
import * as repo from './patients.repo';
import { lockUnmergedPatient } from './merge.service';
import { ownPatientId } from './patients.service';

type MedicalHistoryVersion = Omit<MedicalHistory, 'answers'>;

const historyEvent = (
  action: AuditEvent['action'],
  patientId: string,
  details?: Record<string, unknown>,
): AuditEvent => ({
  action,
  resourceType: 'medical_history',
  resourceId: patientId,
  patientIds: [patientId],
  ...(details ? { details } : {}),
});

/** The latest history, or "what we knew" at the end of a given day. */
export async function getMedicalHistory(
  deps: Deps,
  principal: Principal,
  patientId: string,
  asOf: string | undefined,
  meta: RequestMeta,
): Promise<MedicalHistory> {
  return deps.db.transaction().execute(async (trx) => {
    const { time_zone } = await repo.clinicTimeZone(trx, principal.clinicId);
    const row = await repo.latestHistory(
      trx,
      principal.clinicId,
      patientId,
      asOf ? { day: asOf, timeZone: time_zone } : undefined,
    );
    if (!row)
      throw new AppError(
        'NOT_FOUND',
        asOf ? `No medical history was recorded by ${asOf}` : 'No medical history recorded yet',
      );
    await recordAudit(
      trx,
      actorOf(principal, meta),
      historyEvent('read', patientId, asOf ? { asOf } : undefined),
      deps.clock.now(),
    );
    return toMedicalHistory(row);
  });
}

export async function listHistoryVersions(
  deps: Deps,
  principal: Principal,
  patientId: string,
  meta: RequestMeta,
): Promise<MedicalHistoryVersion[]> {
  return deps.db.transaction().execute(async (trx) => {
    const rows = await repo.historyVersions(trx, principal.clinicId, patientId);
    await recordAudit(
      trx,
      actorOf(principal, meta),
      historyEvent('read', patientId, { versions: true }),
      deps.clock.now(),
    );
    return rows.map((r) => ({
      patientId: r.patient_id,
      version: r.version,
      enteredAt: r.entered_at.toISOString(),
      enteredBy: r.entered_by,
      source: r.source,
    }));
  });
}

/** A new version that supersedes the last; earlier versions stay exactly as they were. */
async function addVersion(
  trx: Trx,
  deps: Deps,
  principal: Principal,
  patientId: string,
  answers: IntakeAnswers,
  source: 'staff' | 'patient',
  meta: RequestMeta,
): Promise<MedicalHistory> {
  const now = deps.clock.now();
  await lockUnmergedPatient(trx, principal.clinicId, patientId);
  const row = await repo.insertHistoryVersion(trx, {
    id: newId(),
    clinicId: principal.clinicId,
    patientId,
    answers,
    enteredBy: principal.userId,
    source,
    at: now,
  });
  await recordAudit(trx, actorOf(principal, meta), historyEvent('update', patientId, { source }), now);
  return toMedicalHistory({ ...row, entered_by: principal.displayName });
}

/** What screening needs from the record: the date of birth and the history in force now. */
export interface ScreeningSubject {
  dateOfBirth: string;
  /** Null until a history has been recorded. */
  history: { version: number; answers: IntakeAnswers } | null;
}

/**
 * Read inside the caller's transaction (another module's use case, which audits the read as
 * part of what it records), so the screening and what it screened cannot disagree.
 */
export async function screeningSubject(
  trx: Trx,
  clinicId: string,
  patientId: string,
): Promise<ScreeningSubject> {
  const patient = await repo.findPatient(trx, clinicId, patientId);
  if (!patient) throw new AppError('NOT_FOUND', 'No such patient');
  if (patient.merged_into)
    throw new AppError('CONFLICT', 'This record was merged into another; screen that one instead');
  const history = await repo.latestHistory(trx, clinicId, patientId);
  return {
    dateOfBirth: patient.date_of_birth,
    history: history ? { version: history.version, answers: history.answers as IntakeAnswers } : null,
  };
}

/**
 * The day-of "anything changed since last time?" answered yes: the changed answers on top of
 * the current ones become a new version entered by staff, in the caller's transaction. The
 * patient row is locked first, so no other version can slip in between reading and adding.
 */
export async function amendHistory(
  trx: Trx,
  deps: Deps,
  principal: Principal,
  patientId: string,
  changes: IntakeAnswers,
  meta: RequestMeta,
): Promise<MedicalHistory> {
  await lockUnmergedPatient(trx, principal.clinicId, patientId);
  const current = await repo.latestHistory(trx, principal.clinicId, patientId);
  if (!current)
    throw new AppError('CONFLICT', 'No medical history is recorded yet: complete the intake first');
  const answers = { ...(current.answers as IntakeAnswers), ...changes };
  return addVersion(trx, deps, principal, patientId, answers, 'staff', meta);
}

export function recordHistory(
  deps: Deps,
  principal: Principal,
  patientId: string,
  answers: IntakeAnswers,
  meta: RequestMeta,
): Promise<MedicalHistory> {
  return deps.db
    .transaction()
    .execute((trx) => addVersion(trx, deps, principal, patientId, answers, 'staff', meta));
}

/** The portal intake: the draft to resume, and the last submitted version. */
export async function getPortalIntake(
  deps: Deps,
  principal: Principal,
  meta: RequestMeta,
): Promise<PortalIntake> {
  const patientId = await ownPatientId(deps, principal);
  return deps.db.transaction().execute(async (trx) => {
    const draft = await repo.findDraft(trx, principal.clinicId, patientId);
    const submitted = await repo.latestHistory(trx, principal.clinicId, patientId);
    await recordAudit(
      trx,
      actorOf(principal, meta),
      historyEvent('read', patientId, { via: 'portal' }),
      deps.clock.now(),
    );
    return {
      draft: draft
        ? { answers: draft.answers as Record<string, unknown>, updatedAt: draft.updated_at.toISOString() }
        : null,
      submitted: submitted ? toMedicalHistory(submitted) : null,
    };
  });
}

/** Saves as the patient goes, so the form can be resumed later or on another device. */
export async function saveIntakeDraft(
  deps: Deps,
  principal: Principal,
  answers: IntakeAnswers,
  meta: RequestMeta,
): Promise<void> {
  const patientId = await ownPatientId(deps, principal);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    await repo.saveDraft(trx, {
      clinic_id: principal.clinicId,
      patient_id: patientId,
      answers: JSON.stringify(answers),
      updated_at: now,
    });
    await recordAudit(trx, actorOf(principal, meta), historyEvent('update', patientId, { draft: true }), now);
  });
}

const clinicianOnly = intakeQuestions.filter((q) => q.clinicianOnly).map((q) => q.id);

/**
 * The patient's answers, except the questions only a clinician answers: the portal never shows
 * those, so the patient's version keeps what the clinician last recorded rather than erasing it.
 */
function withClinicianAnswers(
  patientAnswers: IntakeAnswers,
  current: IntakeAnswers | undefined,
): IntakeAnswers {
  const answers: Record<string, unknown> = { ...patientAnswers };
  for (const id of clinicianOnly) {
    delete answers[id];
    if (current?.[id] !== undefined) answers[id] = current[id];
  }
  return answers as IntakeAnswers;
}

export async function submitIntake(
  deps: Deps,
  principal: Principal,
  patientAnswers: IntakeAnswers,
  meta: RequestMeta,
): Promise<MedicalHistory> {
  const patientId = await ownPatientId(deps, principal);
  return deps.db.transaction().execute(async (trx) => {
    await lockUnmergedPatient(trx, principal.clinicId, patientId);
    const current = await repo.latestHistory(trx, principal.clinicId, patientId);
    const answers = withClinicianAnswers(patientAnswers, current?.answers as IntakeAnswers | undefined);
    const history = await addVersion(trx, deps, principal, patientId, answers, 'patient', meta);
    await repo.deleteDraft(trx, principal.clinicId, patientId);
    return history;
  });
}

import type {
  FieldIssue,
  OtherTreatment,
  OtherTreatmentEnteredInErrorRequest,
  OtherTreatmentRequest,
  ZoneId,
} from '@corium/contracts';
import type { Deps } from '../../deps';
import { recordAudit, type AuditEvent } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import type { Executor } from '../../platform/db/database';
import { AppError } from '../../platform/errors/app-error';
import { newId } from '../../platform/ids';
import { lockUnmergedPatient } from '../patients/merge.service';
import * as repo from './other-treatments.repo';
import { addDays, wallClockOf } from './wall-clock';

/** Treatments given here may be recorded ahead (a toxin appointment planned) up to a year. */
const AHEAD_DAYS = 366;
/** Older than this, a toxin, filler, peel or laser no longer changes any booking; kept for the record. */
const EARLIEST_DAY = '1950-01-01';

const event = (
  action: AuditEvent['action'],
  patientId: string,
  resourceId: string | null,
  details: Record<string, unknown>,
): AuditEvent => ({ action, resourceType: 'other_treatment', resourceId, patientIds: [patientId], details });

export function toOtherTreatment(row: repo.OtherTreatmentRow): OtherTreatment {
  return {
    id: row.id,
    patientId: row.patient_id,
    kind: row.kind,
    date: row.given_on,
    zones: row.zones as ZoneId[],
    product: row.product,
    notes: row.notes,
    givenElsewhere: row.given_elsewhere,
    supersedes: row.supersedes,
    supersededBy: row.superseded_by,
    recordedAt: row.recorded_at.toISOString(),
    recordedBy: { id: row.recorded_by, displayName: row.recorded_by_name },
    enteredInError:
      row.superseded_by && row.retraction_reason && row.retracted_at && row.retracted_by
        ? {
            id: row.superseded_by,
            reason: row.retraction_reason,
            at: row.retracted_at.toISOString(),
            by: { id: row.retracted_by, displayName: row.retracted_by_name ?? '' },
          }
        : null,
  };
}

async function clinicToday(db: Executor, clinicId: string, now: Date): Promise<string> {
  const clinic = await db
    .selectFrom('clinic')
    .select('time_zone')
    .where('id', '=', clinicId)
    .executeTakeFirstOrThrow();
  return wallClockOf(now, clinic.time_zone).date;
}

/** A day that is past for a treatment given elsewhere, within a year ahead for one given here. */
function dateIssues(request: OtherTreatmentRequest, today: string): FieldIssue[] {
  if (request.date < EARLIEST_DAY) return [{ path: 'date', message: `Give a date after ${EARLIEST_DAY}` }];
  if (request.givenElsewhere && request.date > today)
    return [{ path: 'date', message: 'A treatment given elsewhere is recorded once it has been given' }];
  if (request.date > addDays(today, AHEAD_DAYS))
    return [{ path: 'date', message: 'Treatments are recorded at most a year ahead' }];
  return [];
}

/** 409 unless the record is current: not corrected, not withdrawn, and not itself a withdrawal. */
function refuseUnlessCurrent(record: repo.OtherTreatmentRow): void {
  if (record.entered_in_error_reason !== null)
    throw new AppError(
      'CONFLICT',
      'This marks a record entered in error; it cannot be corrected or withdrawn',
      { supersedes: record.supersedes },
    );
  if (record.retraction_reason !== null)
    throw new AppError('CONFLICT', 'This record was withdrawn as entered in error', {
      supersededBy: record.superseded_by,
    });
  if (record.superseded_by)
    throw new AppError('CONFLICT', 'This record was already corrected; correct the newer record instead', {
      supersededBy: record.superseded_by,
    });
}

/** The record a correction replaces: this patient's, and current. */
async function superseded(db: Executor, clinicId: string, patientId: string, id: string): Promise<void> {
  const old = await repo.findRecord(db, clinicId, patientId, id);
  if (!old)
    throw new AppError('VALIDATION_FAILED', 'This patient has no such record', [
      { path: 'supersedes', message: 'This patient has no such record' },
    ]);
  refuseUnlessCurrent(old);
}

/**
 * Records a toxin, filler, peel or laser treatment, or corrects an earlier record by a new one
 * that supersedes it: nothing is ever edited. Booking reads the current records (spacing).
 */
export function recordOtherTreatment(
  deps: Deps,
  principal: Principal,
  patientId: string,
  request: OtherTreatmentRequest,
  meta: RequestMeta,
): Promise<OtherTreatment> {
  const { clinicId } = principal;
  return deps.db.transaction().execute(async (trx) => {
    // One correction at a time per patient: two cannot supersede the same record.
    await lockUnmergedPatient(trx, clinicId, patientId);
    const now = deps.clock.now();
    const issues = dateIssues(request, await clinicToday(trx, clinicId, now));
    if (issues.length > 0) throw new AppError('VALIDATION_FAILED', issues[0]!.message, issues);
    if (request.supersedes) await superseded(trx, clinicId, patientId, request.supersedes);
    const id = newId();
    await repo.insertOtherTreatment(trx, {
      id,
      clinic_id: clinicId,
      patient_id: patientId,
      kind: request.kind,
      given_on: request.date,
      zones: request.zones,
      product: request.product || null,
      notes: request.notes || null,
      given_elsewhere: request.givenElsewhere,
      supersedes: request.supersedes ?? null,
      recorded_by: principal.userId,
      recorded_at: now,
    });
    const details = {
      kind: request.kind,
      date: request.date,
      zones: request.zones,
      supersedes: request.supersedes ?? null,
    };
    await recordAudit(trx, actorOf(principal, meta), event('create', patientId, id, details), now);
    return toOtherTreatment((await repo.findRecord(trx, clinicId, patientId, id))!);
  });
}

/**
 * Withdraws a record entered in error (e.g. on the wrong patient) by a retraction that supersedes
 * it, with the reason: the record stays listed, marked, and booking no longer counts it. The
 * retraction copies the record's kind, day, zones and place only because those columns hold a
 * value on every row. Answers the withdrawn record as the list now shows it.
 */
export function markEnteredInError(
  deps: Deps,
  principal: Principal,
  ids: { patientId: string; recordId: string },
  request: OtherTreatmentEnteredInErrorRequest,
  meta: RequestMeta,
): Promise<OtherTreatment> {
  const { clinicId } = principal;
  const { patientId, recordId } = ids;
  return deps.db.transaction().execute(async (trx) => {
    // As for a correction: one change at a time per patient, so a record is superseded once.
    await lockUnmergedPatient(trx, clinicId, patientId);
    const record = await repo.findRecord(trx, clinicId, patientId, recordId);
    if (!record) throw new AppError('NOT_FOUND', 'This patient has no such record');
    refuseUnlessCurrent(record);
    const now = deps.clock.now();
    const id = newId();
    await repo.insertOtherTreatment(trx, {
      id,
      clinic_id: clinicId,
      patient_id: patientId,
      kind: record.kind,
      given_on: record.given_on,
      zones: record.zones,
      product: null,
      notes: null,
      given_elsewhere: record.given_elsewhere,
      supersedes: recordId,
      entered_in_error_reason: request.reason,
      recorded_by: principal.userId,
      recorded_at: now,
    });
    const details = { supersedes: recordId, enteredInError: true, reason: request.reason };
    await recordAudit(trx, actorOf(principal, meta), event('create', patientId, id, details), now);
    return toOtherTreatment((await repo.findRecord(trx, clinicId, patientId, recordId))!);
  });
}

export function listOtherTreatments(
  deps: Deps,
  principal: Principal,
  patientId: string,
  meta: RequestMeta,
): Promise<OtherTreatment[]> {
  return deps.db.transaction().execute(async (trx) => {
    const rows = await repo.listForPatient(trx, principal.clinicId, patientId);
    await recordAudit(
      trx,
      actorOf(principal, meta),
      event('read', patientId, null, { records: rows.length }),
      deps.clock.now(),
    );
    return rows.map(toOtherTreatment);
  });
}

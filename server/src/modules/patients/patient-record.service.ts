import type { CreatePatientRequest, PatientRecord, UpdatePatientRequest } from '@corium/contracts';
import type { Updateable } from 'kysely';
import type { Deps } from '../../deps';
import { recordAudit } from '../../platform/audit/audit';
import { clinicalStaff, type Principal, type RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import type { Trx } from '../../platform/db/database';
import type { PatientTable } from '../../platform/db/schema';
import { AppError } from '../../platform/errors/app-error';
import { newId } from '../../platform/ids';
import { lockUnmergedPatient, mergeLinks } from './merge.service';
import { toPatientRecord, toPatientSummary } from './patients.mapper';
import * as repo from './patients.repo';

const isClinical = (p: Principal): boolean => clinicalStaff.includes(p.role);

/** Fitzpatrick type and clinical notes are clinical data: front desk and admin neither see nor set them. */
function assertMaySet(principal: Principal, input: UpdatePatientRequest): void {
  // Sending the key at all counts: a null would erase what a clinician recorded.
  if (!isClinical(principal) && (input.fitzpatrickType !== undefined || input.notes !== undefined)) {
    throw new AppError('FORBIDDEN', 'Only clinical staff may record the Fitzpatrick type and clinical notes');
  }
}

function assertBornBefore(dateOfBirth: string | undefined, now: Date): void {
  if (dateOfBirth && dateOfBirth > now.toISOString().slice(0, 10)) {
    throw new AppError('VALIDATION_FAILED', 'The date of birth is in the future', [
      { path: 'dateOfBirth', message: 'The date of birth cannot be in the future' },
    ]);
  }
}

function toColumns(input: UpdatePatientRequest): Updateable<PatientTable> {
  const columns: Updateable<PatientTable> = {
    given_name: input.givenName,
    family_name: input.familyName,
    date_of_birth: input.dateOfBirth,
    sex: input.sex,
    email: input.email,
    phone: input.phone,
    preferred_language: input.preferredLanguage,
    address: input.address,
    emergency_contact:
      input.emergencyContact === undefined ? undefined : JSON.stringify(input.emergencyContact),
    concerns: input.concerns,
    fitzpatrick_type: input.fitzpatrickType,
    notes: input.notes,
  };
  return Object.fromEntries(Object.entries(columns).filter(([, v]) => v !== undefined));
}

/**
 * Registers a patient. A likely duplicate (same birthday and a similar name, or the same e-mail
 * or phone) is refused with the candidates, until the user confirms it is someone else.
 */
export async function createPatient(
  deps: Deps,
  principal: Principal,
  input: CreatePatientRequest,
  meta: RequestMeta,
): Promise<PatientRecord> {
  assertMaySet(principal, input);
  const now = deps.clock.now();
  assertBornBefore(input.dateOfBirth, now);
  return deps.db.transaction().execute(async (trx) => {
    if (!input.confirmNotDuplicate) {
      const probe = { ...input, email: input.email ?? null, phone: input.phone ?? null };
      const duplicates = await repo.findPossibleDuplicates(trx, principal.clinicId, probe);
      if (duplicates.length > 0) {
        throw new AppError('CONFLICT', 'This may be a patient who is already registered', {
          possibleDuplicates: duplicates.map(toPatientSummary),
        });
      }
    }
    const columns = toColumns(input);
    const row = await repo.insertPatient(trx, {
      ...columns,
      id: newId(),
      clinic_id: principal.clinicId,
      updated_at: now,
    } as never);
    await recordAudit(
      trx,
      actorOf(principal, meta),
      { action: 'create', resourceType: 'patient', resourceId: row.id, patientIds: [row.id] },
      now,
    );
    return toPatientRecord(row, isClinical(principal));
  });
}

export async function updatePatient(
  deps: Deps,
  principal: Principal,
  patientId: string,
  input: UpdatePatientRequest,
  meta: RequestMeta,
  /** Runs with the record locked, before the change: a caller's precondition (FHIR `If-Match`). */
  beforeChange?: (trx: Trx) => Promise<void>,
): Promise<PatientRecord> {
  assertMaySet(principal, input);
  if (Object.keys(input).length === 0)
    throw new AppError('BAD_REQUEST', 'Nothing to change: send at least one field');
  const now = deps.clock.now();
  assertBornBefore(input.dateOfBirth, now);
  return deps.db.transaction().execute(async (trx) => {
    await lockUnmergedPatient(trx, principal.clinicId, patientId);
    await beforeChange?.(trx);
    const row = await repo.updatePatient(trx, principal.clinicId, patientId, {
      ...toColumns(input),
      updated_at: now,
    });
    if (!row) throw new AppError('NOT_FOUND', 'No such patient');
    const event = {
      action: 'update' as const,
      resourceType: 'patient',
      resourceId: patientId,
      patientIds: [patientId],
      details: { fields: Object.keys(input) },
    };
    await recordAudit(trx, actorOf(principal, meta), event, now);
    return toPatientRecord(row, isClinical(principal), await mergeLinks(trx, principal.clinicId, row));
  });
}

export async function getPatientRecord(
  deps: Deps,
  principal: Principal,
  patientId: string,
  meta: RequestMeta,
): Promise<PatientRecord> {
  return deps.db.transaction().execute(async (trx) => {
    const row = await repo.findPatient(trx, principal.clinicId, patientId);
    if (!row) throw new AppError('NOT_FOUND', 'No such patient');
    await recordAudit(
      trx,
      actorOf(principal, meta),
      { action: 'read', resourceType: 'patient', resourceId: patientId, patientIds: [patientId] },
      deps.clock.now(),
    );
    return toPatientRecord(row, isClinical(principal), await mergeLinks(trx, principal.clinicId, row));
  });
}

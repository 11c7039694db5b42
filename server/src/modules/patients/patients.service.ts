import type { PatientList, PortalRecord } from '@corium/contracts';
import type { Deps } from '../../deps';
import { recordAudit, type AuditEvent } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import type { Trx } from '../../platform/db/database';
import { AppError } from '../../platform/errors/app-error';
import * as repo from './patients.repo';
import { toMedicalHistory, toPatientSummary } from './patients.mapper';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Route guard for `patient: 'path'`: same clinic, and a patient may only reach their own record. */
export async function canAccessPatient(
  deps: Deps,
  principal: Principal,
  patientId: string,
): Promise<boolean> {
  if (!UUID.test(patientId)) return false;
  const owner = await repo.findPatientOwner(deps.db, principal.clinicId, patientId);
  return owner !== undefined && (principal.role !== 'patient' || owner.user_id === principal.userId);
}

/** Reads patient data and records that it did, in one transaction: no audit, no answer. */
function auditedRead<T>(
  deps: Deps,
  principal: Principal,
  meta: RequestMeta,
  read: (trx: Trx) => Promise<{ result: T; event: AuditEvent }>,
): Promise<T> {
  return deps.db.transaction().execute(async (trx) => {
    const { result, event } = await read(trx);
    await recordAudit(trx, actorOf(principal, meta), event, deps.clock.now());
    return result;
  });
}

export function searchPatients(
  deps: Deps,
  principal: Principal,
  query: { q?: string; limit: number; offset: number },
  meta: RequestMeta,
): Promise<PatientList> {
  return auditedRead(deps, principal, meta, async (trx) => {
    const { rows, total } = await repo.searchPatients(
      trx,
      principal.clinicId,
      query.q,
      query.limit,
      query.offset,
    );
    const patients = rows.map(toPatientSummary);
    const event: AuditEvent = {
      action: 'search',
      resourceType: 'patient',
      patientIds: patients.map((p) => p.id),
      details: { q: query.q ?? '' },
    };
    return { result: { patients, total }, event };
  });
}

/** The signed-in patient's own record: found through their account, never through an id they send. */
export function getPortalRecord(deps: Deps, principal: Principal, meta: RequestMeta): Promise<PortalRecord> {
  return auditedRead(deps, principal, meta, async (trx) => {
    const patient = await repo.findPatientOfUser(trx, principal.clinicId, principal.userId);
    if (!patient) throw new AppError('NOT_FOUND', 'No patient record is linked to this account');
    const history = await repo.latestHistory(trx, principal.clinicId, patient.id);
    const event: AuditEvent = {
      action: 'read',
      resourceType: 'patient',
      resourceId: patient.id,
      patientIds: [patient.id],
      details: { via: 'portal' },
    };
    return {
      result: { patient: toPatientSummary(patient), history: history ? toMedicalHistory(history) : null },
      event,
    };
  });
}

/** The patient id behind a patient's own account, for their portal. */
export async function ownPatientId(deps: Deps, principal: Principal): Promise<string> {
  const patient = await repo.findPatientOfUser(deps.db, principal.clinicId, principal.userId);
  if (!patient) throw new AppError('NOT_FOUND', 'No patient record is linked to this account');
  return patient.id;
}

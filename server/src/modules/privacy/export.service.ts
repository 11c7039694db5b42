import type { PatientExport, PatientExportList } from '@corium/contracts';
import type { Deps } from '../../deps';
import { recordAudit, type AuditEvent } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import type { Trx } from '../../platform/db/database';
import { AppError } from '../../platform/errors/app-error';
import { newId } from '../../platform/ids';
import { enqueue } from '../../platform/jobs/outbox';
import { ownPatientId } from '../patients/patients.service';
import { patientExportJob } from './export.jobs';
import * as repo from './export.repo';
import { toPatientExport } from './privacy.mapper';

/** Reads or writes and records that it did, in one transaction: no audit, no answer. */
export function audited<T>(
  deps: Deps,
  principal: Principal,
  meta: RequestMeta,
  work: (trx: Trx, now: Date) => Promise<{ result: T; event: AuditEvent }>,
): Promise<T> {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const { result, event } = await work(trx, now);
    await recordAudit(trx, actorOf(principal, meta), event, now);
    return result;
  });
}

/**
 * Asks the worker for a copy of the patient's record and answers at once. While one of the
 * requester's copies of this patient is still being prepared, that one is the answer.
 */
function requestExport(
  deps: Deps,
  principal: Principal,
  patientId: string,
  via: 'portal' | 'staff',
  meta: RequestMeta,
): Promise<PatientExport> {
  const { clinicId, userId } = principal;
  return audited(deps, principal, meta, async (trx, now) => {
    const open = (await repo.listForPatient(trx, clinicId, patientId)).find(
      (x) => x.status === 'preparing' && x.requested_by === userId,
    );
    const id = open?.id ?? newId();
    if (!open) {
      await repo.insertExport(trx, {
        id,
        clinic_id: clinicId,
        patient_id: patientId,
        requested_by: userId,
        requested_via: via,
        requested_at: now,
      });
      await enqueue(trx, patientExportJob, { exportId: id, clinicId }, { clinicId, runAt: now });
    }
    const row = (await repo.listForPatient(trx, clinicId, patientId)).find((x) => x.id === id)!;
    const event: AuditEvent = {
      action: 'export',
      resourceType: 'patient_export',
      resourceId: id,
      patientIds: [patientId],
      details: { stage: 'requested', via, repeated: open !== undefined },
    };
    return { result: toPatientExport(row, userId, now), event };
  });
}

export async function requestOwnExport(deps: Deps, principal: Principal, meta: RequestMeta) {
  return requestExport(deps, principal, await ownPatientId(deps, principal), 'portal', meta);
}

export function requestPatientExport(deps: Deps, principal: Principal, patientId: string, meta: RequestMeta) {
  return requestExport(deps, principal, patientId, 'staff', meta);
}

/** A patient's own copies, for the portal's "Your data" page. */
export async function ownExports(
  deps: Deps,
  principal: Principal,
  patientId: string,
): Promise<PatientExport[]> {
  const now = deps.clock.now();
  const rows = await repo.listForPatient(deps.db, principal.clinicId, patientId);
  return rows.map((row) => toPatientExport(row, principal.userId, now));
}

/** Every copy asked for in the clinic lately, newest first, for the admins' privacy page. */
export function clinicExports(
  deps: Deps,
  principal: Principal,
  meta: RequestMeta,
): Promise<PatientExportList> {
  return audited(deps, principal, meta, async (trx, now) => {
    const rows = await repo.listForClinic(trx, principal.clinicId, 200);
    const event: AuditEvent = {
      action: 'search',
      resourceType: 'patient_export',
      patientIds: [...new Set(rows.map((r) => r.patient_id))],
    };
    return { result: { exports: rows.map((r) => toPatientExport(r, principal.userId, now)) }, event };
  });
}

/** The archive, for the user who asked for it and nobody else, until it expires; every download audited. */
export function downloadArchive(
  deps: Deps,
  principal: Principal,
  exportId: string,
  meta: RequestMeta,
): Promise<{ archive: Buffer; fileName: string }> {
  return audited(deps, principal, meta, async (trx, now) => {
    const row = await repo.findOwnArchive(trx, principal.clinicId, principal.userId, exportId);
    if (!row) throw new AppError('NOT_FOUND', 'No such copy of a record');
    if (row.status === 'preparing') throw new AppError('CONFLICT', 'This copy is still being prepared');
    if (!row.archive || !row.expires_at || row.expires_at <= now)
      throw new AppError('NOT_FOUND', 'This copy has expired: ask for a new one');
    const event: AuditEvent = {
      action: 'export',
      resourceType: 'patient_export',
      resourceId: exportId,
      patientIds: [row.patient_id],
      details: { stage: 'downloaded', sha256: row.archive_sha256 },
    };
    const fileName = `record-${now.toISOString().slice(0, 10)}-${exportId.slice(-8)}.zip`;
    return { result: { archive: row.archive, fileName }, event };
  });
}

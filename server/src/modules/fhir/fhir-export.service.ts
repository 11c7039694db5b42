import { createReadStream, type ReadStream } from 'node:fs';
import path from 'node:path';
import type { FhirExportManifest, FhirExportQuery } from '@corium/contracts';
import type { Deps } from '../../deps';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { AppError } from '../../platform/errors/app-error';
import { newId } from '../../platform/ids';
import { enqueue } from '../../platform/jobs/outbox';
import { exportDirectory, fhirExportJob, removeExportFiles } from './fhir-export.jobs';
import { cancelExport, findOwnExport, insertExport } from './fhir-export.repo';
import { resourceDefinitions } from './fhir-registry';
import { audited, compartmentOf, fhirBase } from './fhir.service';

export interface ExportKickOff {
  level: 'system' | 'patient';
  query: FhirExportQuery;
  prefer: string | undefined;
  /** The kick-off URL as the client sent it, echoed in the manifest. */
  requestUrl: string;
  meta: RequestMeta;
}

const badRequest = (path: string, message: string) =>
  new AppError('BAD_REQUEST', message, [{ path, message }]);

/** The types an export may hold: every type for the system, the patient compartment otherwise. */
function exportTypes(level: 'system' | 'patient', requested: string | undefined): string[] {
  const eligible = resourceDefinitions
    .filter((d) => d.exportable !== false && (level === 'system' || d.compartment))
    .map((d) => d.type);
  if (requested === undefined) return eligible;
  const types = [...new Set(requested.split(',').map((t) => t.trim()))];
  const unknown = types.filter((t) => !eligible.includes(t));
  if (unknown.length > 0)
    throw badRequest('querystring._type', `This export cannot include ${unknown.join(', ')}`);
  return types;
}

/**
 * Starts a bulk export (FHIR Bulk Data Access, asynchronous only): the request, its job and the
 * audit event in one transaction. A patient exports only their own compartment.
 */
export async function startExport(deps: Deps, principal: Principal, kickOff: ExportKickOff): Promise<string> {
  if (!/(^|[;,\s])respond-async\b/.test(kickOff.prefer ?? ''))
    throw badRequest('headers.prefer', 'A bulk export runs in the background: send "Prefer: respond-async"');
  const types = exportTypes(kickOff.level, kickOff.query._type);
  const patientId = await compartmentOf(deps, principal);
  const exportId = newId();
  const now = deps.clock.now();
  return audited(deps, principal, kickOff.meta, async (trx) => {
    const since = kickOff.query._since ? new Date(kickOff.query._since) : null;
    await insertExport(trx, {
      id: exportId,
      clinic_id: principal.clinicId,
      requested_by: principal.userId,
      level: kickOff.level,
      patient_id: patientId,
      types,
      since,
      request_url: kickOff.requestUrl,
      created_at: now,
    });
    await enqueue(
      trx,
      fhirExportJob,
      { exportId, clinicId: principal.clinicId },
      { clinicId: principal.clinicId, runAt: now },
    );
    const event = {
      action: 'export' as const,
      resourceType: 'fhir.$export',
      resourceId: exportId,
      patientIds: patientId ? [patientId] : [],
      details: { level: kickOff.level, types, since: kickOff.query._since ?? null, stage: 'requested' },
    };
    return { result: exportId, event };
  });
}

export type ExportStatus = { state: 'in-progress' } | { state: 'complete'; manifest: FhirExportManifest };

async function ownExport(deps: Deps, principal: Principal, exportId: string) {
  const row = await findOwnExport(deps.db, principal.clinicId, principal.userId, exportId);
  if (!row || row.status === 'cancelled') throw new AppError('NOT_FOUND', 'No such export');
  return row;
}

export async function exportStatus(
  deps: Deps,
  principal: Principal,
  exportId: string,
  origin: string,
): Promise<ExportStatus> {
  const row = await ownExport(deps, principal, exportId);
  if (row.status === 'accepted') return { state: 'in-progress' };
  const base = fhirBase(origin);
  return {
    state: 'complete',
    manifest: {
      transactionTime: row.created_at.toISOString(),
      request: row.request_url,
      requiresAccessToken: true,
      output: row.output.map((o) => ({
        type: o.type,
        url: `${base}/$export-file/${row.id}/${o.file}`,
        count: o.count,
      })),
      error: [],
    },
  };
}

/** Cancels an export and deletes its files (Bulk Data: DELETE on the status URL). */
export async function deleteExport(deps: Deps, principal: Principal, exportId: string, meta: RequestMeta) {
  await audited(deps, principal, meta, async (trx) => {
    if (!(await cancelExport(trx, principal.clinicId, principal.userId, exportId, deps.clock.now())))
      throw new AppError('NOT_FOUND', 'No such export');
    return { result: null, event: { action: 'delete', resourceType: 'fhir.$export', resourceId: exportId } };
  });
  await removeExportFiles(deps, principal.clinicId, exportId);
}

/** One finished export file, streamed to the user who asked for the export, and nobody else. */
export async function openExportFile(
  deps: Deps,
  principal: Principal,
  target: { exportId: string; file: string },
  meta: RequestMeta,
): Promise<ReadStream> {
  const row = await ownExport(deps, principal, target.exportId);
  const entry = row.output.find((o) => o.file === target.file);
  if (row.status !== 'completed' || !entry) throw new AppError('NOT_FOUND', 'No such export file');
  await audited(deps, principal, meta, async () => ({
    result: null,
    event: {
      action: 'export',
      resourceType: 'fhir.$export',
      resourceId: row.id,
      patientIds: row.patient_id ? [row.patient_id] : [],
      details: { file: entry.file, count: entry.count, stage: 'downloaded' },
    },
  }));
  return createReadStream(path.join(exportDirectory(deps, row.clinic_id, row.id), entry.file));
}

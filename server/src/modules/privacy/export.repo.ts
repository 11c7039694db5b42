import type { Insertable } from 'kysely';
import type { Executor, Trx } from '../../platform/db/database';
import type { PatientExportTable } from '../../platform/db/privacy-schema';

const exportColumns = [
  'x.id',
  'x.clinic_id',
  'x.patient_id',
  'x.requested_by',
  'x.requested_via',
  'x.status',
  'x.requested_at',
  'x.ready_at',
  'x.expires_at',
  'x.size_bytes',
  'p.given_name',
  'p.family_name',
] as const;

const exports = (db: Executor, clinicId: string) =>
  db
    .selectFrom('patient_export as x')
    .innerJoin('patient as p', (join) =>
      join.onRef('p.id', '=', 'x.patient_id').onRef('p.clinic_id', '=', 'x.clinic_id'),
    )
    .select(exportColumns)
    .where('x.clinic_id', '=', clinicId);

export type ExportRow = Awaited<ReturnType<typeof listForPatient>>[number];

export const insertExport = (trx: Trx, row: Insertable<PatientExportTable>) =>
  trx.insertInto('patient_export').values(row).execute();

export const listForPatient = (db: Executor, clinicId: string, patientId: string) =>
  exports(db, clinicId).where('x.patient_id', '=', patientId).orderBy('x.requested_at', 'desc').execute();

/** The newest first; a clinic's admins see every request, to answer within the legal time. */
export const listForClinic = (db: Executor, clinicId: string, limit: number) =>
  exports(db, clinicId).orderBy('x.requested_at', 'desc').limit(limit).execute();

/** The export and its archive, only for the user who asked for it. */
export const findOwnArchive = (db: Executor, clinicId: string, userId: string, exportId: string) =>
  db
    .selectFrom('patient_export')
    .select(['id', 'patient_id', 'status', 'expires_at', 'archive', 'archive_sha256'])
    .where('clinic_id', '=', clinicId)
    .where('requested_by', '=', userId)
    .where('id', '=', exportId)
    .executeTakeFirst();

export const lockExport = (trx: Trx, clinicId: string, exportId: string) =>
  trx
    .selectFrom('patient_export')
    .select(['id', 'patient_id', 'requested_by', 'status', 'expires_at'])
    .where('clinic_id', '=', clinicId)
    .where('id', '=', exportId)
    .forUpdate()
    .executeTakeFirst();

export const completeExport = (
  trx: Trx,
  clinicId: string,
  exportId: string,
  done: { archive: Buffer; sha256: string; contents: unknown; readyAt: Date; expiresAt: Date },
) =>
  trx
    .updateTable('patient_export')
    .set({
      status: 'ready',
      archive: done.archive,
      archive_sha256: done.sha256,
      size_bytes: done.archive.length,
      contents: JSON.stringify(done.contents),
      ready_at: done.readyAt,
      expires_at: done.expiresAt,
    })
    .where('clinic_id', '=', clinicId)
    .where('id', '=', exportId)
    .execute();

/** Removes archives: at expiry, or every one of a patient's at erasure. Returns how many. */
export async function expireArchives(
  trx: Trx,
  clinicId: string,
  where: { exportId: string } | { patientId: string },
): Promise<number> {
  let query = trx
    .updateTable('patient_export')
    .set({ status: 'expired', archive: null })
    .where('clinic_id', '=', clinicId)
    .where('status', '!=', 'expired');
  query =
    'exportId' in where
      ? query.where('id', '=', where.exportId)
      : query.where('patient_id', '=', where.patientId);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

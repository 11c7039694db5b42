import type { Executor } from '../../platform/db/database';

/** SQL for bulk export requests (the module's own table, fhir_export). */

export interface ExportFile {
  type: string;
  file: string;
  count: number;
}

export interface ExportRow {
  id: string;
  clinic_id: string;
  requested_by: string;
  level: 'system' | 'patient';
  patient_id: string | null;
  types: string[];
  since: Date | null;
  request_url: string;
  status: 'accepted' | 'completed' | 'cancelled';
  output: ExportFile[];
  created_at: Date;
  finished_at: Date | null;
}

export async function insertExport(
  db: Executor,
  row: Omit<ExportRow, 'status' | 'output' | 'finished_at'>,
): Promise<void> {
  await db.insertInto('fhir_export').values(row).execute();
}

const columns = [
  'id',
  'clinic_id',
  'requested_by',
  'level',
  'patient_id',
  'types',
  'since',
  'request_url',
  'status',
  'output',
  'created_at',
  'finished_at',
] as const;

/** An export, only for the user who asked for it: nobody else learns it exists. */
export const findOwnExport = async (
  db: Executor,
  clinicId: string,
  requestedBy: string,
  exportId: string,
): Promise<ExportRow | undefined> =>
  (await db
    .selectFrom('fhir_export')
    .select(columns)
    .where('clinic_id', '=', clinicId)
    .where('requested_by', '=', requestedBy)
    .where('id', '=', exportId)
    .executeTakeFirst()) as ExportRow | undefined;

/** For the worker, which has only the ids of the job's payload; locked until its transaction ends. */
export const lockExport = async (
  db: Executor,
  clinicId: string,
  exportId: string,
): Promise<ExportRow | undefined> =>
  (await db
    .selectFrom('fhir_export')
    .select(columns)
    .where('clinic_id', '=', clinicId)
    .where('id', '=', exportId)
    .forUpdate()
    .executeTakeFirst()) as ExportRow | undefined;

export async function completeExport(
  db: Executor,
  clinicId: string,
  exportId: string,
  output: ExportFile[],
  now: Date,
): Promise<void> {
  await db
    .updateTable('fhir_export')
    .set({ status: 'completed', output: JSON.stringify(output), finished_at: now })
    .where('clinic_id', '=', clinicId)
    .where('id', '=', exportId)
    .where('status', '=', 'accepted')
    .execute();
}

/** Cancels an export that is still running or finished; true when there was one to cancel. */
export async function cancelExport(
  db: Executor,
  clinicId: string,
  requestedBy: string,
  exportId: string,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('fhir_export')
    .set({ status: 'cancelled', finished_at: now })
    .where('clinic_id', '=', clinicId)
    .where('requested_by', '=', requestedBy)
    .where('id', '=', exportId)
    .where('status', '!=', 'cancelled')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

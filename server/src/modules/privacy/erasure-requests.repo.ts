import type { Insertable } from 'kysely';
import type { Executor, Trx } from '../../platform/db/database';
import type { ErasureRequestTable } from '../../platform/db/privacy-schema';

const requests = (db: Executor, clinicId: string) =>
  db
    .selectFrom('erasure_request as r')
    .innerJoin('patient as p', (join) =>
      join.onRef('p.id', '=', 'r.patient_id').onRef('p.clinic_id', '=', 'r.clinic_id'),
    )
    .leftJoin('app_user as d', 'd.id', 'r.decided_by')
    .select([
      'r.id',
      'r.patient_id',
      'p.given_name',
      'p.family_name',
      'r.requested_via',
      'r.requested_at',
      'r.reason',
      'r.status',
      'r.decided_at',
      'd.display_name as decided_by_name',
      'r.decision_note',
      'r.outcome',
      'r.retention_version',
    ])
    .where('r.clinic_id', '=', clinicId);

export const insertRequest = (trx: Trx, row: Insertable<ErasureRequestTable>) =>
  trx.insertInto('erasure_request').values(row).execute();

/** Open requests first (oldest first: the legal clock runs), then decided ones, newest first. */
export const listForClinic = (db: Executor, clinicId: string, limit: number) =>
  requests(db, clinicId)
    .orderBy((eb) => eb.case().when('r.status', '=', 'requested').then(0).else(1).end())
    .orderBy('r.requested_at', 'desc')
    .limit(limit)
    .execute();

export const listForPatient = (db: Executor, clinicId: string, patientId: string) =>
  requests(db, clinicId).where('r.patient_id', '=', patientId).orderBy('r.requested_at', 'desc').execute();

export const findRequest = (db: Executor, clinicId: string, requestId: string) =>
  requests(db, clinicId).where('r.id', '=', requestId).executeTakeFirst();

export const openRequestOf = (db: Executor, clinicId: string, patientId: string) =>
  db
    .selectFrom('erasure_request')
    .select('id')
    .where('clinic_id', '=', clinicId)
    .where('patient_id', '=', patientId)
    .where('status', '=', 'requested')
    .executeTakeFirst();

export const lockRequest = (trx: Trx, clinicId: string, requestId: string) =>
  trx
    .selectFrom('erasure_request')
    .select(['id', 'patient_id', 'status'])
    .where('clinic_id', '=', clinicId)
    .where('id', '=', requestId)
    .forUpdate()
    .executeTakeFirst();

export const decide = (
  trx: Trx,
  clinicId: string,
  requestId: string,
  decision: {
    status: 'carried_out' | 'declined';
    by: string;
    at: Date;
    note: string;
    outcome: unknown;
    retentionVersion: string | null;
  },
) =>
  trx
    .updateTable('erasure_request')
    .set({
      status: decision.status,
      decided_by: decision.by,
      decided_at: decision.at,
      decision_note: decision.note,
      outcome: decision.outcome === null ? null : JSON.stringify(decision.outcome),
      retention_version: decision.retentionVersion,
    })
    .where('clinic_id', '=', clinicId)
    .where('id', '=', requestId)
    .execute();

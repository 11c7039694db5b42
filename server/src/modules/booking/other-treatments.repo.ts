import type { Insertable } from 'kysely';
import type { Executor, Trx } from '../../platform/db/database';
import type { OtherTreatmentTable } from '../../platform/db/booking-schema';

/** Other treatments a patient had (toxin, filler, peel, laser); append-only. */

export const insertOtherTreatment = (trx: Trx, row: Insertable<OtherTreatmentTable>) =>
  trx.insertInto('other_treatment').values(row).execute();

const recordQuery = (db: Executor, clinicId: string, patientId: string) =>
  db
    .selectFrom('other_treatment as o')
    .innerJoin('app_user as u', 'u.id', 'o.recorded_by')
    .leftJoin('other_treatment as later', (join) =>
      join.onRef('later.supersedes', '=', 'o.id').onRef('later.clinic_id', '=', 'o.clinic_id'),
    )
    .selectAll('o')
    .select(['u.display_name as recorded_by_name', 'later.id as superseded_by'])
    .where('o.clinic_id', '=', clinicId)
    .where('o.patient_id', '=', patientId);
export type OtherTreatmentRow = Awaited<ReturnType<ReturnType<typeof recordQuery>['execute']>>[number];

/** Every record, superseded ones too, newest treatment first. */
export const listForPatient = (db: Executor, clinicId: string, patientId: string) =>
  recordQuery(db, clinicId, patientId)
    .orderBy('o.given_on', 'desc')
    .orderBy('o.recorded_at', 'desc')
    .execute();

export const findRecord = (db: Executor, clinicId: string, patientId: string, id: string) =>
  recordQuery(db, clinicId, patientId).where('o.id', '=', id).executeTakeFirst();

/** Current records (not superseded) given in [fromDay, toDay]. */
export const currentBetween = (
  db: Executor,
  clinicId: string,
  patientId: string,
  fromDay: string,
  toDay: string,
) =>
  recordQuery(db, clinicId, patientId)
    .where('later.id', 'is', null)
    .where('o.given_on', '>=', fromDay)
    .where('o.given_on', '<=', toDay)
    .execute();

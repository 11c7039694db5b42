import type { Insertable } from 'kysely';
import type { Executor, Trx } from '../../platform/db/database';
import type { OtherTreatmentTable } from '../../platform/db/booking-schema';

/** Other treatments a patient had (toxin, filler, peel, laser); append-only. */

export const insertOtherTreatment = (trx: Trx, row: Insertable<OtherTreatmentTable>) =>
  trx.insertInto('other_treatment').values(row).execute();

/** Each record with who recorded it and the row that superseded it: a correction or a retraction. */
const recordQuery = (db: Executor, clinicId: string, patientId: string) =>
  db
    .selectFrom('other_treatment as o')
    .innerJoin('app_user as u', 'u.id', 'o.recorded_by')
    .leftJoin('other_treatment as later', (join) =>
      join.onRef('later.supersedes', '=', 'o.id').onRef('later.clinic_id', '=', 'o.clinic_id'),
    )
    .leftJoin('app_user as retractor', 'retractor.id', 'later.recorded_by')
    .selectAll('o')
    .select([
      'u.display_name as recorded_by_name',
      'later.id as superseded_by',
      'later.entered_in_error_reason as retraction_reason',
      'later.recorded_at as retracted_at',
      'later.recorded_by as retracted_by',
      'retractor.display_name as retracted_by_name',
    ])
    .where('o.clinic_id', '=', clinicId)
    .where('o.patient_id', '=', patientId);
export type OtherTreatmentRow = Awaited<ReturnType<ReturnType<typeof recordQuery>['execute']>>[number];

/**
 * Every record, superseded and withdrawn ones too, newest treatment first. Retractions are not
 * listed themselves: each shows as its withdrawn record's `retraction_reason`.
 */
export const listForPatient = (db: Executor, clinicId: string, patientId: string) =>
  recordQuery(db, clinicId, patientId)
    .where('o.entered_in_error_reason', 'is', null)
    .orderBy('o.given_on', 'desc')
    .orderBy('o.recorded_at', 'desc')
    .execute();

/** Any row of the patient's, retractions included (a retraction cannot be corrected or withdrawn). */
export const findRecord = (db: Executor, clinicId: string, patientId: string, id: string) =>
  recordQuery(db, clinicId, patientId).where('o.id', '=', id).executeTakeFirst();

/**
 * Current records given in [fromDay, toDay]: neither superseded (corrected or withdrawn) nor a
 * retraction, which copies its record's kind, day and zones but was never given.
 */
export const currentBetween = (
  db: Executor,
  clinicId: string,
  patientId: string,
  fromDay: string,
  toDay: string,
) =>
  recordQuery(db, clinicId, patientId)
    .where('later.id', 'is', null)
    .where('o.entered_in_error_reason', 'is', null)
    .where('o.given_on', '>=', fromDay)
    .where('o.given_on', '<=', toDay)
    .execute();

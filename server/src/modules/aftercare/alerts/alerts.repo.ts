import type { Insertable } from 'kysely';
import type { AftercareAlertTable } from '../../../platform/db/aftercare-schema';
import type { Executor } from '../../../platform/db/database';

/** SQL for aftercare alerts, the on-call settings and who receives what; every query filters by clinic. */

export const insertAlert = (db: Executor, row: Insertable<AftercareAlertTable>) =>
  db.insertInto('aftercare_alert').values(row).execute();

const alerts = (db: Executor, clinicId: string) =>
  db
    .selectFrom('aftercare_alert as a')
    .innerJoin('patient as p', (j) =>
      j.onRef('p.id', '=', 'a.patient_id').onRef('p.clinic_id', '=', 'a.clinic_id'),
    )
    .leftJoin('aftercare_check_in as ci', 'ci.id', 'a.check_in_id')
    .leftJoin('app_user as ack', 'ack.id', 'a.acknowledged_by')
    .leftJoin('app_user as res', 'res.id', 'a.resolved_by')
    .selectAll('a')
    .select([
      'p.given_name',
      'p.family_name',
      'ci.day as check_in_day',
      'ack.display_name as acknowledged_by_name',
      'res.display_name as resolved_by_name',
    ])
    .where('a.clinic_id', '=', clinicId);

export type AlertRow = Awaited<ReturnType<typeof findAlert>> & object;

export const findAlert = (db: Executor, clinicId: string, alertId: string) =>
  alerts(db, clinicId).where('a.id', '=', alertId).executeTakeFirst();

export const lockAlert = (db: Executor, clinicId: string, alertId: string) =>
  db
    .selectFrom('aftercare_alert')
    .select(['id', 'patient_id', 'acknowledged_at', 'resolved_at', 'escalated_at', 'level', 'session_id'])
    .where('clinic_id', '=', clinicId)
    .where('id', '=', alertId)
    .forUpdate()
    .executeTakeFirst();

/** Not yet resolved: what the dashboard shows. */
export const unresolvedAlerts = (db: Executor, clinicId: string) =>
  alerts(db, clinicId).where('a.resolved_at', 'is', null).orderBy('a.raised_at').limit(500).execute();

export const alertsOfPatient = (db: Executor, clinicId: string, patientId: string) =>
  alerts(db, clinicId).where('a.patient_id', '=', patientId).orderBy('a.raised_at', 'desc').execute();

export const setAlert = (
  db: Executor,
  clinicId: string,
  alertId: string,
  change: Partial<
    Pick<
      AftercareAlertTable,
      | 'acknowledged_at'
      | 'acknowledged_by'
      | 'resolved_at'
      | 'resolved_by'
      | 'resolution_note'
      | 'escalated_at'
      | 'adverse_event_id'
    >
  >,
) =>
  db
    .updateTable('aftercare_alert')
    .set(change)
    .where('clinic_id', '=', clinicId)
    .where('id', '=', alertId)
    .execute();

export const findSettings = (db: Executor, clinicId: string) =>
  db.selectFrom('aftercare_settings').selectAll().where('clinic_id', '=', clinicId).executeTakeFirst();

export const saveSettings = (
  db: Executor,
  row: {
    clinic_id: string;
    on_call_user_ids: string[];
    review_minutes: number;
    urgent_minutes: number;
    emergency_minutes: number;
    updated_by: string;
    updated_at: Date;
  },
) =>
  db
    .insertInto('aftercare_settings')
    .values(row)
    .onConflict((oc) =>
      oc.column('clinic_id').doUpdateSet({
        on_call_user_ids: row.on_call_user_ids,
        review_minutes: row.review_minutes,
        urgent_minutes: row.urgent_minutes,
        emergency_minutes: row.emergency_minutes,
        updated_by: row.updated_by,
        updated_at: row.updated_at,
      }),
    )
    .execute();

/** Active staff of the clinic among these ids, with their names and addresses. */
export const staffByIds = (db: Executor, clinicId: string, ids: readonly string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('app_user')
        .select(['id', 'display_name', 'email', 'role'])
        .where('clinic_id', '=', clinicId)
        .where('id', 'in', [...ids])
        .where('role', '!=', 'patient')
        .where('disabled_at', 'is', null)
        .execute();

export const medicalDirectors = (db: Executor, clinicId: string) =>
  db
    .selectFrom('app_user')
    .select(['id', 'display_name', 'email'])
    .where('clinic_id', '=', clinicId)
    .where('role', '=', 'medical_director')
    .where('disabled_at', 'is', null)
    .execute();

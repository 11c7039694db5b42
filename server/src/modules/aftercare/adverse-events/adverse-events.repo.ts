import type { Insertable } from 'kysely';
import type { AdverseEventLotTable, AdverseEventTable } from '../../../platform/db/aftercare-schema';
import type { Executor } from '../../../platform/db/database';

/** SQL for adverse-event records and their lot links; every query filters by clinic. */

export const insertAdverseEvent = (db: Executor, row: Insertable<AdverseEventTable>) =>
  db.insertInto('adverse_event').values(row).execute();

export const insertLots = (db: Executor, rows: Insertable<AdverseEventLotTable>[]) =>
  rows.length === 0 ? Promise.resolve() : db.insertInto('adverse_event_lot').values(rows).execute();

const events = (db: Executor, clinicId: string) =>
  db
    .selectFrom('adverse_event as e')
    .innerJoin('app_user as u', 'u.id', 'e.recorded_by')
    .innerJoin('treatment_session as s', 's.id', 'e.session_id')
    .innerJoin('clinic as c', 'c.id', 'e.clinic_id')
    .leftJoin('aftercare_alert as a', 'a.adverse_event_id', 'e.id')
    .selectAll('e')
    .select([
      'u.display_name as recorded_by_name',
      'u.role as recorded_by_role',
      's.started_at',
      'c.time_zone',
      'a.id as alert_id',
    ])
    .where('e.clinic_id', '=', clinicId);

export const findAdverseEvent = (db: Executor, clinicId: string, patientId: string, eventId: string) =>
  events(db, clinicId).where('e.patient_id', '=', patientId).where('e.id', '=', eventId).executeTakeFirst();

export const eventsOfPatient = (db: Executor, clinicId: string, patientId: string) =>
  events(db, clinicId).where('e.patient_id', '=', patientId).orderBy('e.recorded_at', 'desc').execute();

export type AdverseEventRow = Awaited<ReturnType<typeof eventsOfPatient>>[number];

export const lotsOfEvents = (db: Executor, clinicId: string, eventIds: string[]) =>
  eventIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('adverse_event_lot as el')
        .innerJoin('stock_lot as l', 'l.id', 'el.lot_id')
        .innerJoin('consumable_product as p', 'p.id', 'l.product_id')
        .select([
          'el.adverse_event_id',
          'el.role',
          'l.id as lot_id',
          'l.lot_number',
          'l.expires_on',
          'p.name as product',
          'p.manufacturer',
        ])
        .where('el.clinic_id', '=', clinicId)
        .where('el.adverse_event_id', 'in', eventIds)
        .orderBy('p.name')
        .orderBy('l.lot_number')
        .execute();

export const devicesByIds = (db: Executor, clinicId: string, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('device')
        .select(['id', 'kind', 'model', 'serial'])
        .where('clinic_id', '=', clinicId)
        .where('id', 'in', ids)
        .execute();

/** The patient as a report names them: initials, age and sex only. */
export const reportPatient = (db: Executor, clinicId: string, patientId: string) =>
  db
    .selectFrom('patient')
    .select(['given_name', 'family_name', 'date_of_birth', 'sex'])
    .where('clinic_id', '=', clinicId)
    .where('id', '=', patientId)
    .executeTakeFirstOrThrow();

export const lockAlertForEvent = (db: Executor, clinicId: string, alertId: string) =>
  db
    .selectFrom('aftercare_alert')
    .select(['id', 'patient_id', 'session_id', 'adverse_event_id'])
    .where('clinic_id', '=', clinicId)
    .where('id', '=', alertId)
    .forUpdate()
    .executeTakeFirst();

export const linkAlert = (db: Executor, clinicId: string, alertId: string, eventId: string) =>
  db
    .updateTable('aftercare_alert')
    .set({ adverse_event_id: eventId })
    .where('clinic_id', '=', clinicId)
    .where('id', '=', alertId)
    .execute();

export const clinicName = (db: Executor, clinicId: string) =>
  db.selectFrom('clinic').select('name').where('id', '=', clinicId).executeTakeFirstOrThrow();

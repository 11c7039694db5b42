import { sql, type Insertable } from 'kysely';
import type { Executor, Trx } from '../../platform/db/database';
import type { TreatmentSessionTable } from '../../platform/db/treatment-room-schema';

/**
 * Treatment sessions and what charting reads around them: the visit (appointment, its
 * location's zone, its service) and which day-of screening stands for today. Read-only views
 * of booking's and screening's tables; their rules stay in those modules' services.
 */

const visitQuery = (db: Executor, clinicId: string) =>
  db
    .selectFrom('appointment as a')
    .innerJoin('location as l', 'l.id', 'a.location_id')
    .innerJoin('service as s', 's.id', 'a.service_id')
    .select([
      'a.id',
      'a.patient_id',
      'a.status',
      'a.starts_at',
      'a.location_id',
      'a.series_id',
      'a.session_number',
      'a.checked_in_at',
      'l.time_zone',
      's.kind as service_kind',
      's.modality',
    ])
    .where('a.clinic_id', '=', clinicId);
export type VisitRow = Awaited<ReturnType<ReturnType<typeof visitQuery>['execute']>>[number];

export const findVisit = (db: Executor, clinicId: string, patientId: string, appointmentId: string) =>
  visitQuery(db, clinicId)
    .where('a.patient_id', '=', patientId)
    .where('a.id', '=', appointmentId)
    .executeTakeFirst();

/** Starts for one visit take turns: the second sees the first's session. */
export const lockVisit = (trx: Trx, clinicId: string, patientId: string, appointmentId: string) =>
  visitQuery(trx, clinicId)
    .where('a.patient_id', '=', patientId)
    .where('a.id', '=', appointmentId)
    .forUpdate('a')
    .executeTakeFirst();

/** The pen or RF unit the visit holds, if any. */
export const visitDevice = (db: Executor, clinicId: string, appointmentId: string) =>
  db
    .selectFrom('appointment_resource')
    .select('device_id')
    .where('clinic_id', '=', clinicId)
    .where('appointment_id', '=', appointmentId)
    .where('device_id', 'is not', null)
    .executeTakeFirst();

/** The newest day-of screening of the patient for a treatment on `date`. */
export const latestDayOfScreening = (db: Executor, clinicId: string, patientId: string, date: string) =>
  db
    .selectFrom('screening_evaluation')
    .select('id')
    .where('clinic_id', '=', clinicId)
    .where('patient_id', '=', patientId)
    .where('occasion', '=', 'day_of')
    .where(sql<string>`inputs -> 'plannedTreatment' ->> 'date'`, '=', date)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();

export const sessionOfVisit = (db: Executor, clinicId: string, appointmentId: string) =>
  db
    .selectFrom('treatment_session')
    .select('id')
    .where('clinic_id', '=', clinicId)
    .where('appointment_id', '=', appointmentId)
    .executeTakeFirst();

export const insertSession = (trx: Trx, row: Insertable<TreatmentSessionTable>) =>
  trx.insertInto('treatment_session').values(row).execute();

const sessionQuery = (db: Executor, clinicId: string) =>
  db
    .selectFrom('treatment_session as ts')
    .innerJoin('appointment as a', 'a.id', 'ts.appointment_id')
    .innerJoin('location as l', 'l.id', 'a.location_id')
    .innerJoin('app_user as pu', 'pu.id', 'ts.practitioner_id')
    .innerJoin('app_user as su', 'su.id', 'ts.started_by')
    .leftJoin('app_user as gu', 'gu.id', 'ts.signed_by')
    .leftJoin('device as d', 'd.id', 'ts.device_id')
    .selectAll('ts')
    .select([
      'a.location_id',
      'l.time_zone',
      'pu.display_name as practitioner_name',
      'su.display_name as started_by_name',
      'gu.display_name as signed_by_name',
      'd.kind as device_kind',
      'd.model as device_model',
      'd.serial as device_serial',
    ])
    .where('ts.clinic_id', '=', clinicId);
export type SessionRow = Awaited<ReturnType<ReturnType<typeof sessionQuery>['execute']>>[number];

export const findSession = (db: Executor, clinicId: string, patientId: string, sessionId: string) =>
  sessionQuery(db, clinicId)
    .where('ts.patient_id', '=', patientId)
    .where('ts.id', '=', sessionId)
    .executeTakeFirst();

/** Every write to a chart holds its session row: a write and the signing cannot interleave. */
export const lockSession = (trx: Trx, clinicId: string, patientId: string, sessionId: string) =>
  sessionQuery(trx, clinicId)
    .where('ts.patient_id', '=', patientId)
    .where('ts.id', '=', sessionId)
    .forUpdate('ts')
    .executeTakeFirst();

/** The patient's sessions, newest first, with their zones, deepest setting and addenda. */
export const listSessions = (db: Executor, clinicId: string, patientId: string, signedOnly = false) => {
  let query = sessionQuery(db, clinicId)
    .select((eb) => [
      eb
        .selectFrom('session_zone as z')
        .select(sql<string[]>`coalesce(array_agg(z.zone ORDER BY z.zone), '{}')`.as('zones'))
        .whereRef('z.session_id', '=', 'ts.id')
        .as('zones'),
      eb
        .selectFrom('session_zone as z')
        .select(sql<string | null>`max(z.depth_mm)`.as('max'))
        .whereRef('z.session_id', '=', 'ts.id')
        .as('max_depth_mm'),
      eb
        .selectFrom('session_zone as z')
        .select(sql<string | null>`min(z.depth_mm)`.as('min'))
        .whereRef('z.session_id', '=', 'ts.id')
        .as('min_depth_mm'),
      eb
        .selectFrom('session_addendum as ad')
        .select(sql<string>`count(*)`.as('n'))
        .whereRef('ad.session_id', '=', 'ts.id')
        .as('addenda'),
    ])
    .where('ts.patient_id', '=', patientId);
  if (signedOnly) query = query.where('ts.signed_at', 'is not', null);
  return query.orderBy('ts.started_at', 'desc').orderBy('ts.id', 'desc').execute();
};
export type SessionListRow = Awaited<ReturnType<typeof listSessions>>[number];

export const setDevice = (trx: Trx, clinicId: string, sessionId: string, deviceId: string) =>
  trx
    .updateTable('treatment_session')
    .set({ device_id: deviceId })
    .where('clinic_id', '=', clinicId)
    .where('id', '=', sessionId)
    .execute();

export const sign = (trx: Trx, clinicId: string, sessionId: string, by: string, at: Date, hash: string) =>
  trx
    .updateTable('treatment_session')
    .set({ signed_at: at, signed_by: by, signed_hash: hash })
    .where('clinic_id', '=', clinicId)
    .where('id', '=', sessionId)
    .where('signed_at', 'is', null)
    .execute();

export const insertAddendum = (
  trx: Trx,
  row: {
    id: string;
    clinicId: string;
    sessionId: string;
    reason: string;
    body: string;
    by: string;
    at: Date;
  },
) =>
  trx
    .insertInto('session_addendum')
    .values({
      id: row.id,
      clinic_id: row.clinicId,
      session_id: row.sessionId,
      reason: row.reason,
      body: row.body,
      written_by: row.by,
      written_at: row.at,
    })
    .execute();

export const addendaOf = (db: Executor, clinicId: string, sessionId: string) =>
  db
    .selectFrom('session_addendum as ad')
    .innerJoin('app_user as u', 'u.id', 'ad.written_by')
    .selectAll('ad')
    .select('u.display_name as written_by_name')
    .where('ad.clinic_id', '=', clinicId)
    .where('ad.session_id', '=', sessionId)
    .orderBy('ad.written_at')
    .orderBy('ad.id')
    .execute();
export type AddendumRow = Awaited<ReturnType<typeof addendaOf>>[number];

/** The clinic's own zone, for what is not tied to one location (a scanned lot's expiry). */
export const clinicTimeZone = async (db: Executor, clinicId: string): Promise<string> =>
  (await db.selectFrom('clinic').select('time_zone').where('id', '=', clinicId).executeTakeFirstOrThrow())
    .time_zone;

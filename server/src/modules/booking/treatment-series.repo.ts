import type { Insertable } from 'kysely';
import type { Executor, Trx } from '../../platform/db/database';
import type { TreatmentSeriesTable } from '../../platform/db/booking-schema';

export const insertSeries = (trx: Trx, row: Insertable<TreatmentSeriesTable>) =>
  trx.insertInto('treatment_series').values(row).execute();

const seriesQuery = (db: Executor, clinicId: string, patientId: string) =>
  db
    .selectFrom('treatment_series as ts')
    .innerJoin('app_user as u', 'u.id', 'ts.created_by')
    .leftJoin('app_user as s', 's.id', 'ts.stopped_by')
    .selectAll('ts')
    .select(['u.display_name as created_by_name', 's.display_name as stopped_by_name'])
    .where('ts.clinic_id', '=', clinicId)
    .where('ts.patient_id', '=', patientId);
export type SeriesRow = Awaited<ReturnType<ReturnType<typeof seriesQuery>['execute']>>[number];

export const listSeries = (db: Executor, clinicId: string, patientId: string) =>
  seriesQuery(db, clinicId, patientId).orderBy('ts.created_at', 'desc').execute();

export const findSeries = (db: Executor, clinicId: string, patientId: string, seriesId: string) =>
  seriesQuery(db, clinicId, patientId).where('ts.id', '=', seriesId).executeTakeFirst();

/** Sessions of these series that are booked, done or missed (cancelled ones are free to book again). */
export const seriesAppointments = (db: Executor, clinicId: string, seriesIds: string[]) =>
  seriesIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('appointment')
        .select(['id', 'series_id', 'session_number', 'starts_at', 'status'])
        .where('clinic_id', '=', clinicId)
        .where('series_id', 'in', seriesIds)
        .where('status', '!=', 'cancelled')
        .orderBy('session_number')
        .orderBy('starts_at')
        .execute();
export type SeriesAppointmentRow = Awaited<ReturnType<typeof seriesAppointments>>[number];

/** The course, locked while it is stopped. */
export const lockSeries = (trx: Trx, clinicId: string, patientId: string, seriesId: string) =>
  trx
    .selectFrom('treatment_series')
    .select(['id', 'status', 'sessions'])
    .where('clinic_id', '=', clinicId)
    .where('patient_id', '=', patientId)
    .where('id', '=', seriesId)
    .forUpdate()
    .executeTakeFirst();

export const stopSeries = (
  trx: Trx,
  clinicId: string,
  seriesId: string,
  stop: { by: string; at: Date; reason: string },
) =>
  trx
    .updateTable('treatment_series')
    .set({ status: 'stopped', stopped_at: stop.at, stopped_by: stop.by, stop_reason: stop.reason })
    .where('clinic_id', '=', clinicId)
    .where('id', '=', seriesId)
    .execute();

/** The course's visits still booked and not yet begun: what stopping it cancels. */
export const bookedVisitsAhead = (trx: Trx, clinicId: string, seriesId: string, now: Date) =>
  trx
    .selectFrom('appointment')
    .select('id')
    .where('clinic_id', '=', clinicId)
    .where('series_id', '=', seriesId)
    .where('status', '=', 'booked')
    .where('starts_at', '>', now)
    .orderBy('starts_at')
    .execute();

/** Sessions whose chart was signed: a course with all of them done has finished. */
export const completedSessions = (trx: Trx, clinicId: string, seriesId: string) =>
  trx
    .selectFrom('appointment')
    .select((eb) => eb.fn.count<string>('session_number').distinct().as('count'))
    .where('clinic_id', '=', clinicId)
    .where('series_id', '=', seriesId)
    .where('status', '=', 'completed')
    .executeTakeFirstOrThrow();

import type { Insertable } from 'kysely';
import type { Executor, Trx } from '../../platform/db/database';
import type { TreatmentSeriesTable } from '../../platform/db/booking-schema';

export const insertSeries = (trx: Trx, row: Insertable<TreatmentSeriesTable>) =>
  trx.insertInto('treatment_series').values(row).execute();

const seriesQuery = (db: Executor, clinicId: string, patientId: string) =>
  db
    .selectFrom('treatment_series as ts')
    .innerJoin('app_user as u', 'u.id', 'ts.created_by')
    .selectAll('ts')
    .select('u.display_name as created_by_name')
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

import { sql, type Insertable } from 'kysely';
import type { Executor, Trx } from '../../platform/db/database';
import type { AppointmentTable } from '../../platform/db/booking-schema';

/** Appointments and the resources they hold. */

export const findByIdempotencyKey = (db: Executor, clinicId: string, key: string) =>
  db
    .selectFrom('appointment')
    .select(['id', 'patient_id', 'request_hash'])
    .where('clinic_id', '=', clinicId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();

export const insertAppointment = (trx: Trx, row: Insertable<AppointmentTable>) =>
  trx.insertInto('appointment').values(row).execute();

export interface HoldRow {
  id: string;
  clinic_id: string;
  appointment_id: string;
  role_key: string;
  kind: 'room' | 'device' | 'practitioner';
  resource_id: string;
  start: Date;
  end: Date;
}

/**
 * Bookings of the same resource take turns before inserting their holds. Without this, two
 * concurrent inserts each see the other's uncommitted row while checking the exclusion
 * constraint, wait for each other, and PostgreSQL aborts one with a deadlock instead of the
 * constraint's 409. Locks are taken in resource order (the caller's rows are sorted by
 * resource), so bookings sharing several resources cannot deadlock on the locks either. The
 * constraint stays the guarantee; this only makes the loser's answer SLOT_TAKEN.
 */
export async function takeTurnsOn(trx: Trx, resourceIds: string[]): Promise<void> {
  for (const id of [...new Set(resourceIds)].sort())
    await sql`SELECT pg_advisory_xact_lock(hashtext('corium.booking.resource'), hashtext(${id}))`.execute(
      trx,
    );
}

/** One statement, rows in the caller's order (by resource): see visit-plan.ts holdsOf. */
export const insertHolds = async (trx: Trx, rows: HoldRow[]) => {
  await takeTurnsOn(
    trx,
    rows.map((r) => r.resource_id),
  );
  return trx
    .insertInto('appointment_resource')
    .values(
      rows.map((r) => ({
        id: r.id,
        clinic_id: r.clinic_id,
        appointment_id: r.appointment_id,
        role_key: r.role_key,
        room_id: r.kind === 'room' ? r.resource_id : null,
        device_id: r.kind === 'device' ? r.resource_id : null,
        practitioner_id: r.kind === 'practitioner' ? r.resource_id : null,
        during: sql<string>`tstzrange(${r.start}, ${r.end}, '[)')`,
      })),
    )
    .execute();
};

const appointmentQuery = (db: Executor, clinicId: string) =>
  db
    .selectFrom('appointment as a')
    .innerJoin('patient as p', 'p.id', 'a.patient_id')
    .innerJoin('service as s', 's.id', 'a.service_id')
    .innerJoin('app_user as cb', 'cb.id', 'a.created_by')
    .leftJoin('app_user as xb', 'xb.id', 'a.cancelled_by')
    .leftJoin('app_user as ob', 'ob.id', 'a.spacing_override_by')
    .leftJoin('app_user as ib', 'ib.id', 'a.checked_in_by')
    .selectAll('a')
    .select([
      'p.given_name',
      'p.family_name',
      's.code as service_code',
      's.name as service_name',
      's.kind as service_kind',
      's.modality as service_modality',
      'cb.display_name as created_by_name',
      'xb.display_name as cancelled_by_name',
      'ob.display_name as spacing_override_by_name',
      'ib.display_name as checked_in_by_name',
    ])
    .where('a.clinic_id', '=', clinicId);
export type AppointmentRow = Awaited<ReturnType<ReturnType<typeof appointmentQuery>['execute']>>[number];

export const findAppointment = (db: Executor, clinicId: string, patientId: string, appointmentId: string) =>
  appointmentQuery(db, clinicId)
    .where('a.patient_id', '=', patientId)
    .where('a.id', '=', appointmentId)
    .executeTakeFirst();

/** Locks the appointment for a change of status. */
export const lockAppointment = (trx: Trx, clinicId: string, patientId: string, appointmentId: string) =>
  trx
    .selectFrom('appointment')
    .select(['id', 'status', 'starts_at', 'ends_at'])
    .where('clinic_id', '=', clinicId)
    .where('patient_id', '=', patientId)
    .where('id', '=', appointmentId)
    .forUpdate()
    .executeTakeFirst();

export const listForPatient = (db: Executor, clinicId: string, patientId: string) =>
  appointmentQuery(db, clinicId)
    .where('a.patient_id', '=', patientId)
    .orderBy('a.starts_at', 'desc')
    .execute();

/** Appointments (not cancelled) overlapping [from, to), optionally holding one resource. */
export function calendar(
  db: Executor,
  clinicId: string,
  range: { from: Date; to: Date; locationId?: string; resourceIds: string[] },
) {
  let query = appointmentQuery(db, clinicId)
    .where('a.status', '!=', 'cancelled')
    .where('a.starts_at', '<', range.to)
    .where('a.ends_at', '>', range.from);
  if (range.locationId) query = query.where('a.location_id', '=', range.locationId);
  for (const resourceId of range.resourceIds)
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('appointment_resource as r')
          .select('r.id')
          .whereRef('r.appointment_id', '=', 'a.id')
          .where('r.clinic_id', '=', clinicId)
          .where('r.resource_id', '=', resourceId),
      ),
    );
  return query.orderBy('a.starts_at').orderBy('a.id').execute();
}

/** What each appointment held, named: the room, the device (model and serial), the practitioner. */
export const holdsOf = (db: Executor, clinicId: string, appointmentIds: string[]) =>
  appointmentIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('appointment_resource as r')
        .leftJoin('room', 'room.id', 'r.room_id')
        .leftJoin('device', 'device.id', 'r.device_id')
        .leftJoin('app_user as u', 'u.id', 'r.practitioner_id')
        .select([
          'r.appointment_id',
          'r.role_key',
          'r.room_id',
          'r.device_id',
          'r.resource_id',
          'room.name as room_name',
          'device.model as device_model',
          'device.serial as device_serial',
          'u.display_name as practitioner_name',
          sql<Date>`lower(r.during)`.as('start'),
          sql<Date>`upper(r.during)`.as('end'),
        ])
        .where('r.clinic_id', '=', clinicId)
        .where('r.appointment_id', 'in', appointmentIds)
        .orderBy('start')
        .orderBy('r.role_key')
        .execute();
export type HoldOfRow = Awaited<ReturnType<typeof holdsOf>>[number];

/** The patient's needling sessions (booked or done) in [from, to), with their series' minimum interval. */
export const needlingSessions = (trx: Trx, clinicId: string, patientId: string, from: Date, to: Date) =>
  trx
    .selectFrom('appointment as a')
    .innerJoin('service as s', 's.id', 'a.service_id')
    .innerJoin('location as l', 'l.id', 'a.location_id')
    .leftJoin('treatment_series as ts', 'ts.id', 'a.series_id')
    .select(['a.id', 'a.starts_at', 'l.time_zone', 'ts.min_interval_days'])
    .where('a.clinic_id', '=', clinicId)
    .where('a.patient_id', '=', patientId)
    .where('a.status', 'in', ['booked', 'completed'])
    .where('s.kind', '=', 'treatment')
    .where('a.starts_at', '>=', from)
    .where('a.starts_at', '<', to)
    .orderBy('a.starts_at')
    .execute();

export const cancel = (
  trx: Trx,
  clinicId: string,
  appointmentId: string,
  by: string,
  at: Date,
  reason: string,
) =>
  trx
    .updateTable('appointment')
    .set({ status: 'cancelled', cancelled_at: at, cancelled_by: by, cancellation_reason: reason })
    .where('clinic_id', '=', clinicId)
    .where('id', '=', appointmentId)
    .execute();

export const recordNoShow = (trx: Trx, clinicId: string, appointmentId: string, by: string, at: Date) =>
  trx
    .updateTable('appointment')
    .set({ status: 'no_show', no_show_recorded_at: at, no_show_recorded_by: by })
    .where('clinic_id', '=', clinicId)
    .where('id', '=', appointmentId)
    .execute();

/** The visit happened. Its holds stay: the time and the room were used. */
export const complete = (trx: Trx, clinicId: string, appointmentId: string) =>
  trx
    .updateTable('appointment')
    .set({ status: 'completed' })
    .where('clinic_id', '=', clinicId)
    .where('id', '=', appointmentId)
    .where('status', '=', 'booked')
    .execute();

/** The appointment's resources are free again. */
export const releaseHolds = (trx: Trx, clinicId: string, appointmentId: string) =>
  trx
    .updateTable('appointment_resource')
    .set({ active: false })
    .where('clinic_id', '=', clinicId)
    .where('appointment_id', '=', appointmentId)
    .execute();

/** Links the screening that cleared the booking. */
export const setScreening = (trx: Trx, clinicId: string, appointmentId: string, screeningId: string) =>
  trx
    .updateTable('appointment')
    .set({ screening_id: screeningId })
    .where('clinic_id', '=', clinicId)
    .where('id', '=', appointmentId)
    .execute();

/** Removes a booking made in this same transaction, before anyone could see it. */
export async function deleteUnscreened(trx: Trx, clinicId: string, appointmentId: string): Promise<void> {
  await trx
    .deleteFrom('appointment_resource')
    .where('clinic_id', '=', clinicId)
    .where('appointment_id', '=', appointmentId)
    .execute();
  await trx
    .deleteFrom('appointment')
    .where('clinic_id', '=', clinicId)
    .where('id', '=', appointmentId)
    .execute();
}

/** What these resources hold in [from, to), for the availability core's `busy`. */
export const activeHolds = (db: Executor, clinicId: string, resourceIds: string[], from: Date, to: Date) =>
  resourceIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('appointment_resource')
        .select(['resource_id', sql<Date>`lower(during)`.as('start'), sql<Date>`upper(during)`.as('end')])
        .where('clinic_id', '=', clinicId)
        .where('active', '=', true)
        .where('resource_id', 'in', resourceIds)
        .where(sql<boolean>`during && tstzrange(${from}, ${to}, '[)')`)
        .execute();

import { sql, type Insertable } from 'kysely';
import type { ScheduleExceptionTable, WorkingHoursTable } from '../../../platform/db/booking-schema';
import type { Executor } from '../../../platform/db/database';

/** Clinic set-up's SQL for who performs what, where and when. */

/** Staff who may be booked to treat. */
const treatingRoles = ['practitioner', 'medical_director'] as const;

export const listTreatingStaff = (db: Executor, clinicId: string) =>
  db
    .selectFrom('app_user as u')
    .select((eb) => [
      'u.id',
      'u.display_name',
      'u.role',
      eb
        .selectFrom('practitioner_service as ps')
        .select(sql<string[]>`coalesce(array_agg(ps.service_id ORDER BY ps.service_id), '{}')`.as('ids'))
        .whereRef('ps.user_id', '=', 'u.id')
        .where('ps.clinic_id', '=', clinicId)
        .as('service_ids'),
      eb
        .selectFrom('practitioner_location as pl')
        .select(sql<string[]>`coalesce(array_agg(pl.location_id ORDER BY pl.location_id), '{}')`.as('ids'))
        .whereRef('pl.user_id', '=', 'u.id')
        .where('pl.clinic_id', '=', clinicId)
        .as('location_ids'),
    ])
    .where('u.clinic_id', '=', clinicId)
    .where('u.role', 'in', treatingRoles)
    .where('u.disabled_at', 'is', null)
    .orderBy('u.display_name')
    .execute();
export type TreatingStaffRow = Awaited<ReturnType<typeof listTreatingStaff>>[number];

/** The member of staff, if they treat and are not disabled; locked so concurrent edits take turns. */
export const findTreatingStaff = (db: Executor, clinicId: string, userId: string) =>
  db
    .selectFrom('app_user')
    .select(['id', 'display_name'])
    .where('clinic_id', '=', clinicId)
    .where('id', '=', userId)
    .where('role', 'in', treatingRoles)
    .where('disabled_at', 'is', null)
    .forUpdate()
    .executeTakeFirst();

export const allWorkingHours = (db: Executor, clinicId: string) =>
  db
    .selectFrom('working_hours')
    .select(['user_id', 'location_id', 'weekday', 'starts_at', 'ends_at'])
    .where('clinic_id', '=', clinicId)
    .orderBy('user_id')
    .orderBy('location_id')
    .orderBy('weekday')
    .orderBy('starts_at')
    .execute();

export const exceptionsFrom = (db: Executor, clinicId: string, day: string) =>
  db
    .selectFrom('schedule_exception')
    .select(['id', 'user_id', 'location_id', 'day', 'intervals', 'reason'])
    .where('clinic_id', '=', clinicId)
    .where('day', '>=', day)
    .orderBy('day')
    .execute();

export const timeOffFrom = (db: Executor, clinicId: string, from: Date, userId?: string) => {
  let query = db
    .selectFrom('time_off')
    .select([
      'id',
      'user_id',
      'reason',
      sql<Date>`lower(during)`.as('start'),
      sql<Date>`upper(during)`.as('end'),
    ])
    .where('clinic_id', '=', clinicId)
    .where(sql<boolean>`upper(during) > ${from}`);
  if (userId) query = query.where('user_id', '=', userId);
  return query.orderBy('start').execute();
};
export type TimeOffRow = Awaited<ReturnType<typeof timeOffFrom>>[number];

export const replaceServices = async (
  db: Executor,
  clinicId: string,
  userId: string,
  serviceIds: string[],
) => {
  await db
    .deleteFrom('practitioner_service')
    .where('clinic_id', '=', clinicId)
    .where('user_id', '=', userId)
    .execute();
  if (serviceIds.length > 0)
    await db
      .insertInto('practitioner_service')
      .values(serviceIds.map((service_id) => ({ clinic_id: clinicId, user_id: userId, service_id })))
      .execute();
};

/** Locations dropped take the practitioner's hours and exceptions there with them (ON DELETE CASCADE). */
export const replaceLocations = async (
  db: Executor,
  clinicId: string,
  userId: string,
  locationIds: string[],
) => {
  let drop = db
    .deleteFrom('practitioner_location')
    .where('clinic_id', '=', clinicId)
    .where('user_id', '=', userId);
  if (locationIds.length > 0) drop = drop.where('location_id', 'not in', locationIds);
  await drop.execute();
  if (locationIds.length > 0)
    await db
      .insertInto('practitioner_location')
      .values(locationIds.map((location_id) => ({ clinic_id: clinicId, user_id: userId, location_id })))
      .onConflict((oc) => oc.doNothing())
      .execute();
};

export const worksAt = async (db: Executor, clinicId: string, userId: string, locationId: string) =>
  (await db
    .selectFrom('practitioner_location')
    .select('user_id')
    .where('clinic_id', '=', clinicId)
    .where('user_id', '=', userId)
    .where('location_id', '=', locationId)
    .executeTakeFirst()) !== undefined;

export const replaceWorkingHours = async (
  db: Executor,
  where: { clinicId: string; userId: string; locationId: string },
  rows: Insertable<WorkingHoursTable>[],
) => {
  await db
    .deleteFrom('working_hours')
    .where('clinic_id', '=', where.clinicId)
    .where('user_id', '=', where.userId)
    .where('location_id', '=', where.locationId)
    .execute();
  if (rows.length > 0) await db.insertInto('working_hours').values(rows).execute();
};

/** A second exception for the same day and place replaces the first. */
export const upsertException = (db: Executor, row: Insertable<ScheduleExceptionTable>) =>
  db
    .insertInto('schedule_exception')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['user_id', 'location_id', 'day']).doUpdateSet({
        intervals: (eb) => eb.ref('excluded.intervals'),
        reason: (eb) => eb.ref('excluded.reason'),
      }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();

export const deleteException = (db: Executor, clinicId: string, userId: string, exceptionId: string) =>
  db
    .deleteFrom('schedule_exception')
    .where('clinic_id', '=', clinicId)
    .where('user_id', '=', userId)
    .where('id', '=', exceptionId)
    .executeTakeFirst();

export const deleteTimeOff = (db: Executor, clinicId: string, userId: string, timeOffId: string) =>
  db
    .deleteFrom('time_off')
    .where('clinic_id', '=', clinicId)
    .where('user_id', '=', userId)
    .where('id', '=', timeOffId)
    .executeTakeFirst();

export const countKnown = async (
  db: Executor,
  clinicId: string,
  table: 'service' | 'location',
  ids: string[],
): Promise<number> =>
  ids.length === 0
    ? 0
    : Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .where('clinic_id', '=', clinicId)
            .where('id', 'in', ids)
            .executeTakeFirstOrThrow()
        ).n,
      );

export const insertTimeOff = (
  db: Executor,
  row: { id: string; clinicId: string; userId: string; reason: string | null; createdBy: string; now: Date },
  start: Date,
  end: Date,
) =>
  db
    .insertInto('time_off')
    .values({
      id: row.id,
      clinic_id: row.clinicId,
      user_id: row.userId,
      reason: row.reason,
      created_by: row.createdBy,
      created_at: row.now,
      during: sql<string>`tstzrange(${start}, ${end}, '[)')`,
    })
    .execute();

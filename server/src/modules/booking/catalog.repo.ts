import { sql, type Insertable } from 'kysely';
import type { Executor } from '../../platform/db/database';
import type {
  ScheduleExceptionTable,
  ServiceTable,
  TimeOffTable,
  WorkingHoursTable,
} from '../../platform/db/booking-schema';

/** The clinic's bookable things: services, locations and their hours, rooms, devices, practitioners. */

/** Staff who may be booked to treat: practitioners and medical directors. */
const treatingRoles = ['practitioner', 'medical_director'] as const;

export const insertServicesIfMissing = (db: Executor, rows: Insertable<ServiceTable>[]) =>
  db
    .insertInto('service')
    .values(rows)
    .onConflict((oc) => oc.columns(['clinic_id', 'code']).doNothing())
    .execute();

export const listServices = (db: Executor, clinicId: string) =>
  db
    .selectFrom('service')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .orderBy('created_at')
    .orderBy('code')
    .execute();
export type ServiceRow = Awaited<ReturnType<typeof listServices>>[number];

export const findService = (db: Executor, clinicId: string, serviceId: string) =>
  db
    .selectFrom('service')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .where('id', '=', serviceId)
    .executeTakeFirst();

export const serviceIdsByCode = (db: Executor, clinicId: string, codes: string[]) =>
  db
    .selectFrom('service')
    .select(['id', 'code'])
    .where('clinic_id', '=', clinicId)
    .where('code', 'in', codes)
    .execute();

export const listLocations = (db: Executor, clinicId: string) =>
  db
    .selectFrom('location')
    .select(['id', 'name', 'time_zone'])
    .where('clinic_id', '=', clinicId)
    .orderBy('created_at')
    .execute();

export const findLocation = (db: Executor, clinicId: string, locationId: string) =>
  db
    .selectFrom('location')
    .select(['id', 'name', 'time_zone'])
    .where('clinic_id', '=', clinicId)
    .where('id', '=', locationId)
    .executeTakeFirst();

export const openingHours = (db: Executor, clinicId: string, weekday?: number, locationId?: string) => {
  let query = db
    .selectFrom('opening_hours')
    .select(['location_id', 'weekday', 'opens_at', 'closes_at'])
    .where('clinic_id', '=', clinicId);
  if (weekday !== undefined) query = query.where('weekday', '=', weekday);
  if (locationId !== undefined) query = query.where('location_id', '=', locationId);
  return query.orderBy('location_id').orderBy('weekday').orderBy('opens_at').execute();
};

export const listRooms = (db: Executor, clinicId: string, ids?: string[]) => {
  let query = db
    .selectFrom('room')
    .select(['id', 'location_id', 'name', 'kind', 'active'])
    .where('clinic_id', '=', clinicId);
  if (ids) query = query.where('id', 'in', ids);
  return query.orderBy('location_id').orderBy('name').execute();
};

export const listDevices = (db: Executor, clinicId: string, ids?: string[]) => {
  let query = db
    .selectFrom('device')
    .select(['id', 'location_id', 'kind', 'model', 'serial', 'status'])
    .where('clinic_id', '=', clinicId);
  if (ids) query = query.where('id', 'in', ids);
  return query.orderBy('location_id').orderBy('kind').orderBy('serial').execute();
};

/** Active treating staff, with the services they perform and where they work. */
export const listPractitioners = (db: Executor, clinicId: string, ids?: string[]) => {
  let query = db
    .selectFrom('app_user as u')
    .select((eb) => [
      'u.id',
      'u.display_name',
      'u.is_prescriber',
      eb
        .selectFrom('practitioner_service as ps')
        .select(sql<string[]>`coalesce(array_agg(ps.service_id ORDER BY ps.service_id), '{}')`.as('ids'))
        .whereRef('ps.user_id', '=', 'u.id')
        .as('service_ids'),
      eb
        .selectFrom('practitioner_location as pl')
        .select(sql<string[]>`coalesce(array_agg(pl.location_id ORDER BY pl.location_id), '{}')`.as('ids'))
        .whereRef('pl.user_id', '=', 'u.id')
        .as('location_ids'),
    ])
    .where('u.clinic_id', '=', clinicId)
    .where('u.role', 'in', treatingRoles)
    .where('u.disabled_at', 'is', null);
  if (ids) query = query.where('u.id', 'in', ids);
  return query.orderBy('u.display_name').execute();
};
export type PractitionerRow = Awaited<ReturnType<typeof listPractitioners>>[number];

export const workingHours = (
  db: Executor,
  clinicId: string,
  filter: { userIds?: string[]; weekday?: number } = {},
) => {
  let query = db
    .selectFrom('working_hours')
    .select(['user_id', 'location_id', 'weekday', 'starts_at', 'ends_at'])
    .where('clinic_id', '=', clinicId);
  if (filter.userIds) query = query.where('user_id', 'in', filter.userIds);
  if (filter.weekday !== undefined) query = query.where('weekday', '=', filter.weekday);
  return query.orderBy('user_id').orderBy('weekday').orderBy('starts_at').execute();
};

/** Exceptions on `day`, or from `day` on. */
export const scheduleExceptions = (
  db: Executor,
  clinicId: string,
  day: string,
  onlyThatDay: boolean,
  userIds?: string[],
) => {
  let query = db
    .selectFrom('schedule_exception')
    .select(['user_id', 'location_id', 'day', 'intervals'])
    .where('clinic_id', '=', clinicId)
    .where('day', onlyThatDay ? '=' : '>=', day);
  if (userIds) query = query.where('user_id', 'in', userIds);
  return query.orderBy('day').execute();
};

/** Time off overlapping [from, to). */
export const timeOff = (db: Executor, clinicId: string, from: Date, to: Date, userIds?: string[]) => {
  let query = db
    .selectFrom('time_off')
    .select(['user_id', sql<Date>`lower(during)`.as('start'), sql<Date>`upper(during)`.as('end')])
    .where('clinic_id', '=', clinicId)
    .where(sql<boolean>`during && tstzrange(${from}, ${to}, '[)')`);
  if (userIds) query = query.where('user_id', 'in', userIds);
  return query.orderBy('start').execute();
};

export const insertPractitionerLocation = (
  db: Executor,
  row: { clinic_id: string; user_id: string; location_id: string },
) =>
  db
    .insertInto('practitioner_location')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .execute();

export const insertPractitionerServices = (
  db: Executor,
  rows: { clinic_id: string; user_id: string; service_id: string }[],
) =>
  db
    .insertInto('practitioner_service')
    .values(rows)
    .onConflict((oc) => oc.doNothing())
    .execute();

export const insertWorkingHours = (db: Executor, rows: Insertable<WorkingHoursTable>[]) =>
  db.insertInto('working_hours').values(rows).execute();

export const insertScheduleExceptions = (db: Executor, rows: Insertable<ScheduleExceptionTable>[]) =>
  db.insertInto('schedule_exception').values(rows).execute();

export const insertTimeOff = (
  db: Executor,
  row: Omit<Insertable<TimeOffTable>, 'during'>,
  start: Date,
  end: Date,
) =>
  db
    .insertInto('time_off')
    .values({ ...row, during: sql<string>`tstzrange(${start}, ${end}, '[)')` })
    .execute();

import { sql, type Insertable, type Updateable } from 'kysely';
import type { ServiceTable } from '../../../platform/db/booking-schema';
import type { Executor } from '../../../platform/db/database';
import type { DeviceTable, LocationTable, OpeningHoursTable, RoomTable } from '../../../platform/db/schema';

/** Clinic set-up's SQL for locations, opening hours, rooms, devices and services. */

export const listLocations = (db: Executor, clinicId: string) =>
  db
    .selectFrom('location')
    .select(['id', 'name', 'time_zone', 'address'])
    .where('clinic_id', '=', clinicId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
export type LocationRow = Awaited<ReturnType<typeof listLocations>>[number];

/** Locked: two edits of one location's hours take turns instead of interleaving delete and insert. */
export const findLocation = (db: Executor, clinicId: string, locationId: string) =>
  db
    .selectFrom('location')
    .select(['id', 'name', 'time_zone', 'address'])
    .where('clinic_id', '=', clinicId)
    .where('id', '=', locationId)
    .forUpdate()
    .executeTakeFirst();

export const insertLocation = (db: Executor, row: Insertable<LocationTable>) =>
  db.insertInto('location').values(row).execute();

export const updateLocation = (
  db: Executor,
  clinicId: string,
  locationId: string,
  changes: Updateable<LocationTable>,
) =>
  db
    .updateTable('location')
    .set(changes)
    .where('clinic_id', '=', clinicId)
    .where('id', '=', locationId)
    .executeTakeFirst();

export const replaceOpeningHours = async (
  db: Executor,
  clinicId: string,
  locationId: string,
  rows: Insertable<OpeningHoursTable>[],
) => {
  await db
    .deleteFrom('opening_hours')
    .where('clinic_id', '=', clinicId)
    .where('location_id', '=', locationId)
    .execute();
  if (rows.length > 0) await db.insertInto('opening_hours').values(rows).execute();
};

export const listRooms = (db: Executor, clinicId: string) =>
  db
    .selectFrom('room')
    .select(['id', 'location_id', 'name', 'kind', 'active'])
    .where('clinic_id', '=', clinicId)
    .orderBy('location_id')
    .orderBy('name')
    .execute();
export type RoomRow = Awaited<ReturnType<typeof listRooms>>[number];

export const findRoom = (db: Executor, clinicId: string, roomId: string) =>
  db
    .selectFrom('room')
    .select(['id', 'location_id', 'name', 'kind', 'active'])
    .where('clinic_id', '=', clinicId)
    .where('id', '=', roomId)
    .forUpdate()
    .executeTakeFirst();

export const insertRoom = (db: Executor, row: Insertable<RoomTable>) =>
  db.insertInto('room').values(row).execute();

export const updateRoom = (db: Executor, clinicId: string, roomId: string, changes: Updateable<RoomTable>) =>
  db.updateTable('room').set(changes).where('clinic_id', '=', clinicId).where('id', '=', roomId).execute();

export const deleteRoom = (db: Executor, clinicId: string, roomId: string) =>
  db.deleteFrom('room').where('clinic_id', '=', clinicId).where('id', '=', roomId).execute();

export const listDevices = (db: Executor, clinicId: string) =>
  db
    .selectFrom('device')
    .select(['id', 'location_id', 'kind', 'model', 'serial', 'status'])
    .where('clinic_id', '=', clinicId)
    .orderBy('location_id')
    .orderBy('kind')
    .orderBy('serial')
    .execute();
export type DeviceRow = Awaited<ReturnType<typeof listDevices>>[number];

export const findDevice = (db: Executor, clinicId: string, deviceId: string) =>
  db
    .selectFrom('device')
    .select(['id', 'location_id', 'kind', 'model', 'serial', 'status'])
    .where('clinic_id', '=', clinicId)
    .where('id', '=', deviceId)
    .executeTakeFirst();

export const insertDevice = (db: Executor, row: Insertable<DeviceTable>) =>
  db.insertInto('device').values(row).execute();

export const updateDevice = (
  db: Executor,
  clinicId: string,
  deviceId: string,
  changes: Updateable<DeviceTable>,
) =>
  db
    .updateTable('device')
    .set(changes)
    .where('clinic_id', '=', clinicId)
    .where('id', '=', deviceId)
    .execute();

/** Resource id → how many booked visits hold it from `now` on. */
export const futureBookingCounts = async (
  db: Executor,
  clinicId: string,
  now: Date,
  resourceIds?: string[],
) => {
  let query = db
    .selectFrom('appointment_resource')
    .select(['resource_id', sql<string>`count(DISTINCT appointment_id)`.as('n')])
    .where('clinic_id', '=', clinicId)
    .where('active', '=', true)
    .where(sql<boolean>`upper(during) > ${now}`);
  if (resourceIds) query = query.where('resource_id', 'in', resourceIds);
  const rows = await query.groupBy('resource_id').execute();
  return new Map(rows.map((r) => [r.resource_id, Number(r.n)]));
};

/** Whether any visit, past, cancelled or to come, ever held the resource. */
export const everHeld = async (db: Executor, clinicId: string, resourceId: string) =>
  (await db
    .selectFrom('appointment_resource')
    .select('id')
    .where('clinic_id', '=', clinicId)
    .where('resource_id', '=', resourceId)
    .limit(1)
    .executeTakeFirst()) !== undefined;

export const insertService = (db: Executor, row: Insertable<ServiceTable>) =>
  db.insertInto('service').values(row).execute();

export const updateService = (
  db: Executor,
  clinicId: string,
  serviceId: string,
  changes: Updateable<ServiceTable>,
) =>
  db
    .updateTable('service')
    .set(changes)
    .where('clinic_id', '=', clinicId)
    .where('id', '=', serviceId)
    .execute();

export const findServiceForUpdate = (db: Executor, clinicId: string, serviceId: string) =>
  db
    .selectFrom('service')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .where('id', '=', serviceId)
    .forUpdate()
    .executeTakeFirst();

export const serviceCodeTaken = async (db: Executor, clinicId: string, code: string) =>
  (await db
    .selectFrom('service')
    .select('id')
    .where('clinic_id', '=', clinicId)
    .where('code', '=', code)
    .executeTakeFirst()) !== undefined;

export const serialTaken = async (db: Executor, clinicId: string, serial: string, exceptId?: string) => {
  let query = db
    .selectFrom('device')
    .select('id')
    .where('clinic_id', '=', clinicId)
    .where('serial', '=', serial);
  if (exceptId) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
};

export const roomNameTaken = async (
  db: Executor,
  clinicId: string,
  room: { locationId: string; name: string },
  exceptId?: string,
) => {
  let query = db
    .selectFrom('room')
    .select('id')
    .where('clinic_id', '=', clinicId)
    .where('location_id', '=', room.locationId)
    .where('name', '=', room.name);
  if (exceptId) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
};

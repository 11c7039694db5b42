import type { Insertable } from 'kysely';
import type { Executor, Trx } from '../../platform/db/database';
import type { DeviceMaintenanceTable } from '../../platform/db/treatment-room-schema';

/** Pens and RF units (set up in clinic set-up, read here) and their care log. */

const deviceQuery = (db: Executor, clinicId: string) =>
  db
    .selectFrom('device')
    .select(['id', 'kind', 'model', 'serial', 'status'])
    .where('clinic_id', '=', clinicId);

export const listDevices = (db: Executor, clinicId: string) =>
  deviceQuery(db, clinicId).orderBy('kind').orderBy('model').orderBy('serial').execute();
export type DeviceRow = Awaited<ReturnType<typeof listDevices>>[number];

export const findDevice = (db: Executor, clinicId: string, deviceId: string) =>
  deviceQuery(db, clinicId).where('id', '=', deviceId).executeTakeFirst();

const careQuery = (db: Executor, clinicId: string) =>
  db
    .selectFrom('device_maintenance as m')
    .innerJoin('app_user as u', 'u.id', 'm.performed_by')
    .selectAll('m')
    .select('u.display_name as performed_by_name')
    .where('m.clinic_id', '=', clinicId);

export const careLog = (db: Executor, clinicId: string, deviceId: string) =>
  careQuery(db, clinicId)
    .where('m.device_id', '=', deviceId)
    .orderBy('m.performed_at', 'desc')
    .orderBy('m.id', 'desc')
    .execute();
export type CareRow = Awaited<ReturnType<typeof careLog>>[number];

/** The latest care entry of each device. */
export const latestCare = (db: Executor, clinicId: string) =>
  careQuery(db, clinicId)
    .distinctOn('m.device_id')
    .orderBy('m.device_id')
    .orderBy('m.performed_at', 'desc')
    .orderBy('m.id', 'desc')
    .execute();

export const insertCare = (trx: Trx, row: Insertable<DeviceMaintenanceTable>) =>
  trx.insertInto('device_maintenance').values(row).execute();

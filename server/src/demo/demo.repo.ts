import type { TreatmentSeriesRequest } from '@corium/contracts';
import type { Insertable } from 'kysely';
import type { Executor } from '../platform/db/database';
import type {
  ClinicTable,
  LocationTable,
  DeviceTable,
  MedicalHistoryTable,
  OpeningHoursTable,
  PatientTable,
  RoomTable,
} from '../platform/db/schema';
import type { ConsumableProductTable, StockLotTable } from '../platform/db/treatment-room-schema';

/**
 * Inserts for the demo clinic's resources. As the booking, inventory and patients modules
 * land, the seed moves onto their services and these inserts go.
 */
export const clinicNames = (db: Executor) => db.selectFrom('clinic').select(['name']).execute();
export const insertClinic = (db: Executor, row: Insertable<ClinicTable>) =>
  db.insertInto('clinic').values(row).execute();
export const insertLocation = (db: Executor, row: Insertable<LocationTable>) =>
  db.insertInto('location').values(row).execute();
export const insertRooms = (db: Executor, rows: Insertable<RoomTable>[]) =>
  db.insertInto('room').values(rows).execute();
export const insertDevices = (db: Executor, rows: Insertable<DeviceTable>[]) =>
  db.insertInto('device').values(rows).execute();
export const insertProducts = (db: Executor, rows: Insertable<ConsumableProductTable>[]) =>
  db.insertInto('consumable_product').values(rows).execute();
export const insertStockLots = (db: Executor, rows: Insertable<StockLotTable>[]) =>
  db.insertInto('stock_lot').values(rows).execute();
export const insertOpeningHours = (db: Executor, rows: Insertable<OpeningHoursTable>[]) =>
  db.insertInto('opening_hours').values(rows).execute();
export const insertPatients = (db: Executor, rows: Insertable<PatientTable>[]) =>
  db.insertInto('patient').values(rows).execute();
export const insertHistories = (db: Executor, rows: Insertable<MedicalHistoryTable>[]) =>
  db.insertInto('medical_history').values(rows).execute();
export const linkPatientUser = (db: Executor, clinicId: string, patientId: string, userId: string) =>
  db
    .updateTable('patient')
    .set({ user_id: userId })
    .where('clinic_id', '=', clinicId)
    .where('id', '=', patientId)
    .execute();

export const enrolTotp = (db: Executor, clinicId: string, userIds: string[], secret: string, at: Date) =>
  db
    .updateTable('app_user')
    .set({ totp_secret: secret, totp_enrolled_at: at })
    .where('clinic_id', '=', clinicId)
    .where('id', 'in', userIds)
    .execute();

/** Reads the booking additions need, once the seed's transaction has committed. */
export const demoClinic = (db: Executor, name: string) =>
  db.selectFrom('clinic').select('id').where('name', '=', name).executeTakeFirst();

export const hasAppointments = async (db: Executor, clinicId: string): Promise<boolean> =>
  (await db
    .selectFrom('appointment')
    .select('id')
    .where('clinic_id', '=', clinicId)
    .limit(1)
    .executeTakeFirst()) !== undefined;

export const demoUsers = (db: Executor, clinicId: string) =>
  db
    .selectFrom('app_user')
    .select(['id', 'email', 'role', 'display_name', 'is_prescriber'])
    .where('clinic_id', '=', clinicId)
    .execute();
export type DemoUser = Awaited<ReturnType<typeof demoUsers>>[number];

export interface DemoResources {
  locationId: string;
  room(name: string): string;
  device(serial: string): string;
  service(code: string): string;
}

/** A lookup that names what the demo clinic lacks, instead of going on with undefined. */
function lookup(entries: [string, string][], what: string): (key: string) => string {
  const ids = new Map(entries);
  return (key) => {
    const id = ids.get(key);
    if (!id) throw new Error(`The demo clinic has no ${what} ${key}`);
    return id;
  };
}

/** The demo's rooms by name, devices by serial and services by code. */
export async function demoResources(db: Executor, clinicId: string): Promise<DemoResources> {
  const location = await db
    .selectFrom('location')
    .select('id')
    .where('clinic_id', '=', clinicId)
    .executeTakeFirstOrThrow();
  const rooms = await db
    .selectFrom('room')
    .select(['id', 'name'])
    .where('clinic_id', '=', clinicId)
    .execute();
  const devices = await db
    .selectFrom('device')
    .select(['id', 'serial'])
    .where('clinic_id', '=', clinicId)
    .execute();
  const services = await db
    .selectFrom('service')
    .select(['id', 'code'])
    .where('clinic_id', '=', clinicId)
    .execute();
  return {
    locationId: location.id,
    room: lookup(
      rooms.map((r) => [r.name, r.id]),
      'room',
    ),
    device: lookup(
      devices.map((d) => [d.serial, d.id]),
      'device',
    ),
    service: lookup(
      services.map((x) => [x.code, x.id]),
      'service',
    ),
  };
}

/** Demo patients by their number n (their e-mail ends `.n@example.com`), in the order asked. */
export async function demoPatientsByNumber(db: Executor, clinicId: string, numbers: number[]) {
  const rows = await db
    .selectFrom('patient')
    .select(['id', 'email', 'concerns'])
    .where('clinic_id', '=', clinicId)
    .execute();
  return numbers.map((n) => {
    const row = rows.find((r) => r.email?.endsWith(`.${n}@example.com`));
    if (!row) throw new Error(`The demo clinic has no patient ${n}`);
    return { id: row.id, concerns: row.concerns as TreatmentSeriesRequest['concerns'] };
  });
}

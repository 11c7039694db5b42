import type { Insertable } from 'kysely';
import type { Executor } from '../platform/db/database';
import type {
  CartridgeLotTable,
  ClinicTable,
  LocationTable,
  DeviceTable,
  MedicalHistoryTable,
  OpeningHoursTable,
  PatientTable,
  RoomTable,
} from '../platform/db/schema';

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
export const insertCartridgeLots = (db: Executor, rows: Insertable<CartridgeLotTable>[]) =>
  db.insertInto('cartridge_lot').values(rows).execute();
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

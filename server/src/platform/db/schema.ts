import type { ColumnType, Generated } from 'kysely';

/**
 * Kysely's view of the tables in server/migrations. Written by hand beside each migration;
 * rows of these types never leave a repo and its mapper.
 */
type CreatedAt = ColumnType<Date, Date | undefined, never>;
/** `date` columns are read as ISO strings (YYYY-MM-DD): a calendar day has no time zone. */
type CalendarDay = string;
type Json = ColumnType<unknown, string, string>;

export interface ClinicTable {
  id: string;
  name: string;
  time_zone: string;
  created_at: CreatedAt;
}

export interface LocationTable {
  id: string;
  clinic_id: string;
  name: string;
  time_zone: string;
  address: string | null;
  created_at: CreatedAt;
}

export interface AppUserTable {
  id: string;
  clinic_id: string;
  email: string;
  display_name: string;
  role: 'admin' | 'medical_director' | 'practitioner' | 'front_desk' | 'patient';
  is_prescriber: Generated<boolean>;
  password_hash: string | null;
  disabled_at: Date | null;
  created_at: CreatedAt;
}

export interface UserSessionTable {
  id_hash: Buffer;
  clinic_id: string;
  user_id: string;
  created_at: CreatedAt;
  last_seen_at: Date;
  expires_at: Date;
  ip: string | null;
  user_agent: string | null;
}

export interface RoomTable {
  id: string;
  clinic_id: string;
  location_id: string;
  name: string;
  kind: 'treatment' | 'consult';
  active: Generated<boolean>;
}

export interface DeviceTable {
  id: string;
  clinic_id: string;
  location_id: string;
  kind: 'pen' | 'rf_unit';
  model: string;
  serial: string;
  status: Generated<'in_service' | 'maintenance' | 'retired'>;
}

export interface CartridgeLotTable {
  id: string;
  clinic_id: string;
  product: string;
  needle_config: string;
  lot_number: string;
  expires_on: CalendarDay;
  quantity_received: number;
  received_on: CalendarDay;
}

export interface OpeningHoursTable {
  id: string;
  clinic_id: string;
  location_id: string;
  weekday: number;
  opens_at: string;
  closes_at: string;
}

export interface PatientTable {
  id: string;
  clinic_id: string;
  given_name: string;
  family_name: string;
  date_of_birth: CalendarDay;
  sex: 'female' | 'male' | 'other' | 'unknown';
  email: string | null;
  phone: string | null;
  preferred_language: Generated<string>;
  fitzpatrick_type: number | null;
  concerns: Generated<string[]>;
  notes: string | null;
  user_id: string | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface MedicalHistoryTable {
  id: string;
  clinic_id: string;
  patient_id: string;
  version: number;
  answers: Json;
  entered_by: string | null;
  entered_at: CreatedAt;
}

export interface OutboxTable {
  id: string;
  clinic_id: string | null;
  job: string;
  payload: Json;
  status: Generated<'pending' | 'done' | 'dead'>;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  run_at: ColumnType<Date, Date | undefined, Date>;
  last_error: string | null;
  created_at: CreatedAt;
  done_at: Date | null;
}

export interface SchemaMigrationTable {
  version: string;
  name: string;
  checksum: string;
  applied_at: CreatedAt;
}

export interface Database {
  clinic: ClinicTable;
  location: LocationTable;
  app_user: AppUserTable;
  user_session: UserSessionTable;
  room: RoomTable;
  device: DeviceTable;
  cartridge_lot: CartridgeLotTable;
  opening_hours: OpeningHoursTable;
  patient: PatientTable;
  medical_history: MedicalHistoryTable;
  outbox: OutboxTable;
  schema_migration: SchemaMigrationTable;
}

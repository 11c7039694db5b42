import type { ColumnType, Generated } from 'kysely';
import type { BookingTables } from './booking-schema';
import type { ConsentTables } from './consent-schema';
import type { FhirTables } from './fhir-schema';
import type { BrandingTables } from './branding-schema';
import type { NotificationTables } from './notifications-schema';
import type { OperationsTables } from './operations-schema';
import type { WaitlistTables } from './waitlist-schema';
import type { TreatmentRoomTables } from './treatment-room-schema';
import type { PhotoTables } from './photos-schema';
import type { OutcomeTables } from './outcomes-schema';
import type { OutcomeFollowUpTables } from './outcome-follow-ups-schema';
import type { AftercareTables } from './aftercare-schema';
import type { PrivacyTables } from './privacy-schema';
import type { WebhookTables } from './webhooks-schema';

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
  totp_secret: string | null;
  totp_enrolled_at: Date | null;
  totp_last_step: Generated<string>;
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
  stage: 'totp' | 'totp_enrolment' | 'full';
  csrf_token: string;
}

export interface RecoveryCodeTable {
  id: string;
  clinic_id: string;
  user_id: string;
  code_hash: string;
  used_at: Date | null;
}

export interface InvitationTable {
  id: string;
  clinic_id: string;
  user_id: string;
  token_hash: Buffer;
  created_by: string;
  expires_at: Date;
  accepted_at: Date | null;
}

export interface ApiTokenTable {
  id: string;
  clinic_id: string;
  user_id: string;
  name: string;
  token_hash: Buffer;
  created_at: CreatedAt;
  expires_at: Date | null;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

export interface AuthThrottleTable {
  key: string;
  failures: number;
  window_start: Date;
  blocked_until: Date | null;
}

export interface AuditEventTable {
  id: string;
  chain: string;
  /** bigint: read as a string by pg. */
  seq: ColumnType<string, string, never>;
  clinic_id: string | null;
  occurred_at: Date;
  actor_user_id: string | null;
  actor_role: string | null;
  actor_token_id: string | null;
  action: string;
  resource_type: string;
  resource_id: string | null;
  patient_ids: string[];
  outcome: 'success' | 'denied' | 'failure';
  ip: string | null;
  request_id: string | null;
  details: Json;
  prev_hash: Buffer;
  hash: Buffer;
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
  address: string | null;
  emergency_contact: ColumnType<unknown, string | null, string | null>;
  merged_into: string | null;
  merged_at: Date | null;
  merged_by: string | null;
  merge_reason: string | null;
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
  source: Generated<'staff' | 'patient'>;
}

export interface IntakeDraftTable {
  clinic_id: string;
  patient_id: string;
  answers: Json;
  updated_at: Date;
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

export interface ScreeningRuleSetTable {
  id: string;
  clinic_id: string;
  revision: number;
  version: string;
  based_on: string;
  rule_set: Json;
  changes: Json;
  reason: string;
  created_by: string;
  created_at: Date;
}

export interface ScreeningEvaluationTable {
  id: string;
  clinic_id: string;
  patient_id: string;
  occasion: 'review' | 'booking' | 'day_of';
  history_version: number | null;
  inputs: Json;
  rule_set_version: string;
  outcome: 'clear' | 'warn' | 'needs-doctor' | 'block';
  result: Json;
  needs_override: string[];
  attestation: ColumnType<unknown, string | null, string | null>;
  created_by: string | null;
  created_at: Date;
}

export interface ScreeningOverrideTable {
  id: string;
  clinic_id: string;
  evaluation_id: string;
  patient_id: string;
  rule_id: string;
  level: 'warn' | 'needs-doctor';
  reason: string;
  signed_by: string;
  signed_at: Date;
}

export interface SchemaMigrationTable {
  version: string;
  name: string;
  checksum: string;
  applied_at: CreatedAt;
}

export interface Database
  extends
    ConsentTables,
    BookingTables,
    NotificationTables,
    WaitlistTables,
    OperationsTables,
    FhirTables,
    BrandingTables,
    TreatmentRoomTables,
    PhotoTables,
    AftercareTables,
    PrivacyTables,
    OutcomeTables,
    OutcomeFollowUpTables,
    WebhookTables {
  clinic: ClinicTable;
  location: LocationTable;
  app_user: AppUserTable;
  user_session: UserSessionTable;
  room: RoomTable;
  device: DeviceTable;
  opening_hours: OpeningHoursTable;
  patient: PatientTable;
  medical_history: MedicalHistoryTable;
  intake_draft: IntakeDraftTable;
  outbox: OutboxTable;
  recovery_code: RecoveryCodeTable;
  invitation: InvitationTable;
  api_token: ApiTokenTable;
  auth_throttle: AuthThrottleTable;
  audit_event: AuditEventTable;
  screening_rule_set: ScreeningRuleSetTable;
  screening_evaluation: ScreeningEvaluationTable;
  screening_override: ScreeningOverrideTable;
  schema_migration: SchemaMigrationTable;
}

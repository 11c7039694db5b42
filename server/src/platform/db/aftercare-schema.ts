import type { ColumnType } from 'kysely';

/** Kysely's view of the aftercare tables (server/migrations/*_aftercare.sql); kept beside schema.ts. */

/** `date` columns are read as `YYYY-MM-DD` strings. */
type DateOnly = ColumnType<string, string, string>;
type Json = ColumnType<unknown, string, string>;
type NullableJson = ColumnType<unknown, string | null | undefined, string | null>;
type Defaulted<T> = ColumnType<T, T | undefined, T>;

export interface AftercareTimelineVersionTable {
  id: string;
  clinic_id: string;
  number: number;
  version: string;
  timeline: Json;
  change_note: string;
  published_by: string;
  published_at: Date;
}

export interface AftercareSettingsTable {
  clinic_id: string;
  on_call_user_ids: string[];
  review_minutes: number;
  urgent_minutes: number;
  emergency_minutes: number;
  updated_by: string;
  updated_at: Date;
}

export interface AftercarePlanTable {
  id: string;
  clinic_id: string;
  patient_id: string;
  session_id: string;
  practitioner_id: string;
  treatment_date: DateOnly;
  time_zone: string;
  timeline_version: string;
  language: string;
  facts: Json;
  plan: Json;
  status: Defaulted<'active' | 'cancelled'>;
  created_at: Date;
  cancelled_at: Date | null;
  cancelled_by: string | null;
  cancel_reason: string | null;
}

export interface AftercareCheckInTable {
  id: string;
  clinic_id: string;
  plan_id: string;
  patient_id: string;
  day: number;
  due_date: DateOnly;
  opens_at: Date;
  remind_at: Date;
  closes_at: Date;
  status: Defaulted<'open' | 'submitted' | 'cancelled'>;
  reminder_sent_at: Date | null;
  submitted_at: Date | null;
  via: 'portal' | 'link' | null;
  answers: NullableJson;
  triage: NullableJson;
  level: 'expected' | 'review' | 'urgent' | 'emergency' | null;
}

export interface AftercareCheckInLinkTable {
  token_hash: Buffer;
  clinic_id: string;
  check_in_id: string;
  created_at: Date;
  expires_at: Date;
  used_at: Date | null;
}

export interface AdverseEventTable {
  id: string;
  clinic_id: string;
  patient_id: string;
  session_id: string;
  device_id: string | null;
  term: string;
  term_other: string | null;
  description: string;
  onset_day: number;
  severity_grade: number;
  seriousness: string[];
  treatment_given: string;
  outcome: string;
  causality: string;
  recorded_by: string;
  recorded_at: Date;
}

export interface AdverseEventLotTable {
  clinic_id: string;
  adverse_event_id: string;
  lot_id: string;
  role: 'cartridge' | 'topical';
}

export interface AftercareAlertTable {
  id: string;
  clinic_id: string;
  patient_id: string;
  plan_id: string;
  session_id: string;
  check_in_id: string | null;
  level: 'review' | 'urgent' | 'emergency';
  reasons: Json;
  recipient_ids: string[];
  raised_at: Date;
  respond_by: Date;
  escalated_at: Date | null;
  acknowledged_at: Date | null;
  acknowledged_by: string | null;
  resolved_at: Date | null;
  resolved_by: string | null;
  resolution_note: string | null;
  adverse_event_id: string | null;
}

export type AftercareMessageKind =
  'plan' | 'morning' | 'check_in' | 'check_in_reminder' | 'alert' | 'escalation';

export interface AftercareMessageTable {
  id: string;
  clinic_id: string;
  patient_id: string | null;
  plan_id: string | null;
  alert_id: string | null;
  kind: AftercareMessageKind;
  recipient: string;
  outbox_id: string;
  sent_at: Date;
}

export interface AftercareTables {
  aftercare_timeline_version: AftercareTimelineVersionTable;
  aftercare_settings: AftercareSettingsTable;
  aftercare_plan: AftercarePlanTable;
  aftercare_check_in: AftercareCheckInTable;
  aftercare_check_in_link: AftercareCheckInLinkTable;
  adverse_event: AdverseEventTable;
  adverse_event_lot: AdverseEventLotTable;
  aftercare_alert: AftercareAlertTable;
  aftercare_message: AftercareMessageTable;
}

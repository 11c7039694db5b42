import type { ColumnType, Generated } from 'kysely';

/** Kysely's view of the booking tables (server/migrations/*_booking.sql); kept beside schema.ts. */

type Json = ColumnType<unknown, string, string>;
type CalendarDay = string;
/** A `tstzrange` as PostgreSQL writes it, e.g. `["2026-12-01 09:00:00+00","2026-12-01 10:25:00+00")`; repos read lower/upper instead. */
type Range = ColumnType<string, string, string>;
type Modality = 'microneedling' | 'rf-microneedling';

export interface ServiceTable {
  id: string;
  clinic_id: string;
  code: string;
  name: string;
  kind: 'consultation' | 'treatment' | 'review';
  modality: Modality | null;
  roles: Json;
  segments: Json;
  active: Generated<boolean>;
  created_at: Date;
}

export interface PractitionerLocationTable {
  clinic_id: string;
  user_id: string;
  location_id: string;
}

export interface PractitionerServiceTable {
  clinic_id: string;
  user_id: string;
  service_id: string;
}

export interface WorkingHoursTable {
  id: string;
  clinic_id: string;
  user_id: string;
  location_id: string;
  weekday: number;
  /** `time`: read as 'HH:MM:SS'. */
  starts_at: string;
  ends_at: string;
}

export interface ScheduleExceptionTable {
  id: string;
  clinic_id: string;
  user_id: string;
  location_id: string;
  day: CalendarDay;
  intervals: Json;
  reason: string | null;
}

export interface TimeOffTable {
  id: string;
  clinic_id: string;
  user_id: string;
  during: Range;
  reason: string | null;
  created_by: string | null;
  created_at: Date;
}

export interface TreatmentSeriesTable {
  id: string;
  clinic_id: string;
  patient_id: string;
  concerns: string[];
  modality: Modality;
  sessions: number;
  interval_days: number;
  min_interval_days: number;
  max_interval_days: number;
  planned_depth_mm: Json;
  notes: string | null;
  status: Generated<'active' | 'completed' | 'stopped'>;
  created_by: string;
  created_at: Date;
  /** Set together when the course is stopped (a CHECK keeps them with `status`). */
  stopped_at: Date | null;
  stopped_by: string | null;
  stop_reason: string | null;
}

export type AppointmentStatus = 'booked' | 'cancelled' | 'no_show' | 'completed';

export interface AppointmentTable {
  id: string;
  clinic_id: string;
  location_id: string;
  patient_id: string;
  service_id: string;
  series_id: string | null;
  session_number: number | null;
  status: Generated<AppointmentStatus>;
  starts_at: Date;
  ends_at: Date;
  screening_id: string | null;
  spacing_override_by: string | null;
  spacing_override_reason: string | null;
  idempotency_key: string;
  request_hash: string;
  created_by: string;
  created_at: Date;
  cancelled_at: Date | null;
  cancelled_by: string | null;
  cancellation_reason: string | null;
  no_show_recorded_at: Date | null;
  no_show_recorded_by: string | null;
  checked_in_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  checked_in_by: ColumnType<string | null, string | null | undefined, string | null>;
  /** AppointmentWarning[] as JSON: what booking or moving the visit found worth telling. */
  warnings: ColumnType<unknown, string | undefined, string>;
}

export interface AppointmentResourceTable {
  id: string;
  clinic_id: string;
  appointment_id: string;
  role_key: string;
  room_id: string | null;
  device_id: string | null;
  practitioner_id: string | null;
  /** Generated: whichever of room, device and practitioner is set. */
  resource_id: ColumnType<string, never, never>;
  during: Range;
  active: Generated<boolean>;
}

export interface OtherTreatmentTable {
  id: string;
  clinic_id: string;
  patient_id: string;
  kind: 'botulinum_toxin' | 'dermal_filler' | 'chemical_peel' | 'laser' | 'other';
  given_on: CalendarDay;
  zones: string[];
  product: string | null;
  notes: string | null;
  given_elsewhere: boolean;
  supersedes: string | null;
  /** Set on a retraction: the row it supersedes was entered in error, for this reason. */
  entered_in_error_reason: string | null;
  recorded_by: string;
  recorded_at: Date;
}

export interface BookingTables {
  service: ServiceTable;
  practitioner_location: PractitionerLocationTable;
  practitioner_service: PractitionerServiceTable;
  working_hours: WorkingHoursTable;
  schedule_exception: ScheduleExceptionTable;
  time_off: TimeOffTable;
  treatment_series: TreatmentSeriesTable;
  appointment: AppointmentTable;
  appointment_resource: AppointmentResourceTable;
  other_treatment: OtherTreatmentTable;
}

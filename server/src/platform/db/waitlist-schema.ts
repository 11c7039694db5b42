/** Kysely's view of the portal-booking and waitlist tables (server/migrations/*_waitlist.sql); kept beside schema.ts. */
import type { ColumnType } from 'kysely';

/** `date` columns are read as `YYYY-MM-DD` strings. */
type DateOnly = ColumnType<string, string, string>;

export interface BookingPolicyTable {
  clinic_id: string;
  cancel_notice_hours: number;
  consultation_first: boolean;
  offer_minutes: number;
  updated_by: string | null;
  updated_at: Date;
}

export type TimeOfDay = 'morning' | 'afternoon' | 'any';
export type WaitlistEntryStatus = 'waiting' | 'offered' | 'booked' | 'withdrawn';
export type WaitlistOfferStatus = 'open' | 'accepted' | 'declined' | 'expired' | 'unavailable';

export interface WaitlistEntryTable {
  id: string;
  clinic_id: string;
  patient_id: string;
  service_id: string;
  location_id: string;
  practitioner_id: string | null;
  earliest_date: DateOnly;
  latest_date: DateOnly;
  time_of_day: TimeOfDay;
  status: ColumnType<WaitlistEntryStatus, WaitlistEntryStatus | undefined, WaitlistEntryStatus>;
  created_by: string;
  created_at: Date;
  closed_at: Date | null;
}

export interface WaitlistOfferTable {
  id: string;
  clinic_id: string;
  entry_id: string;
  freed_appointment_id: string;
  starts_at: Date;
  token_hash: string;
  expires_at: Date;
  status: ColumnType<WaitlistOfferStatus, WaitlistOfferStatus | undefined, WaitlistOfferStatus>;
  created_at: Date;
  responded_at: Date | null;
  appointment_id: string | null;
}

export interface WaitlistTables {
  booking_policy: BookingPolicyTable;
  waitlist_entry: WaitlistEntryTable;
  waitlist_offer: WaitlistOfferTable;
}

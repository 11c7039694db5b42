import type { ColumnType, Generated } from 'kysely';

/** Kysely's view of the privacy tables (server/migrations/*_privacy.sql); kept beside schema.ts. */

type Json = ColumnType<unknown, string | undefined, string>;

declare module './schema' {
  interface PatientTable {
    /** Set when an erasure restricted the record: hidden from search, lists and FHIR. */
    restricted_at: Date | null;
  }
}

export interface PatientExportTable {
  id: string;
  clinic_id: string;
  patient_id: string;
  requested_by: string;
  requested_via: 'portal' | 'staff';
  status: Generated<'preparing' | 'ready' | 'expired'>;
  requested_at: Date;
  ready_at: Date | null;
  expires_at: Date | null;
  archive: Buffer | null;
  archive_sha256: string | null;
  size_bytes: number | null;
  /** `[{ name, kind, bytes }]`: what the archive holds. */
  contents: Json;
}

export interface ErasureRequestTable {
  id: string;
  clinic_id: string;
  patient_id: string;
  requested_via: 'portal' | 'staff';
  requested_by: string;
  requested_at: Date;
  reason: string;
  status: Generated<'requested' | 'carried_out' | 'declined'>;
  decided_by: string | null;
  decided_at: Date | null;
  decision_note: string | null;
  /** `[{ category, outcome, count, reason }]` once carried out. */
  outcome: ColumnType<unknown, string | null | undefined, string | null>;
  retention_version: string | null;
}

export interface BreakGlassAccessTable {
  id: string;
  clinic_id: string;
  patient_id: string;
  user_id: string;
  reason: string;
  restricted: boolean;
  opened_at: Date;
  expires_at: Date;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  review_note: string | null;
}

export interface PrivacyTables {
  patient_export: PatientExportTable;
  erasure_request: ErasureRequestTable;
  break_glass_access: BreakGlassAccessTable;
}

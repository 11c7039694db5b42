import type { ColumnType } from 'kysely';

/** Kysely's view of the consent tables (server/migrations/*_consent.sql); kept beside schema.ts. */

type Treatment = 'microneedling' | 'rf_microneedling' | 'prp' | 'photography';
type Json = ColumnType<unknown, string, string>;
type NullableJson = ColumnType<unknown, string | null, string | null>;

export interface ConsentTemplateTable {
  id: string;
  clinic_id: string;
  treatment: Treatment;
  created_at: Date;
}

export interface ConsentTemplateVersionTable {
  id: string;
  clinic_id: string;
  template_id: string;
  treatment: Treatment;
  version: number;
  title: string;
  body: string;
  material_revision: number;
  change_note: string;
  published_by: string | null;
  published_at: Date;
}

export interface SignedConsentTable {
  id: string;
  clinic_id: string;
  patient_id: string;
  template_version_id: string;
  treatment: Treatment;
  rendered_text: string;
  document_sha256: string;
  typed_name: string;
  signature: Json;
  photo_scopes: NullableJson;
  signed_at: Date;
  ip: string;
  user_agent: string | null;
  signed_via: 'portal' | 'tablet';
  facilitated_by: string | null;
  pdf: Buffer;
  pdf_sha256: string;
  countersigned_by: string | null;
  countersigned_at: Date | null;
  withdrawn_at: Date | null;
  withdrawn_by: string | null;
  withdrawal_reason: string | null;
}

export interface ConsentRequestTable {
  id: string;
  clinic_id: string;
  patient_id: string;
  treatment: Treatment;
  requested_by: string;
  requested_at: Date;
}

export interface PhotoScopeEventTable {
  id: string;
  clinic_id: string;
  patient_id: string;
  scope: 'clinical_record' | 'education' | 'marketing';
  granted: boolean;
  consent_id: string | null;
  cause: 'signed' | 'changed' | 'withdrawn';
  changed_by: string;
  changed_at: Date;
}

export interface ConsentTables {
  consent_template: ConsentTemplateTable;
  consent_template_version: ConsentTemplateVersionTable;
  signed_consent: SignedConsentTable;
  consent_request: ConsentRequestTable;
  photo_scope_event: PhotoScopeEventTable;
}

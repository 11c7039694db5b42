import type { ColumnType, Generated } from 'kysely';

/** Kysely's view of the FHIR export table (server/migrations/*_fhir_export.sql); kept beside schema.ts. */

export interface FhirExportTable {
  id: string;
  clinic_id: string;
  requested_by: string;
  level: 'system' | 'patient';
  patient_id: string | null;
  types: string[];
  since: Date | null;
  request_url: string;
  status: Generated<'accepted' | 'completed' | 'cancelled'>;
  /** `[{ type, file, count }]`: one NDJSON file per resource type, in the data directory. */
  output: ColumnType<unknown, string | undefined, string>;
  created_at: Date;
  finished_at: Date | null;
}

export interface FhirTables {
  fhir_export: FhirExportTable;
}

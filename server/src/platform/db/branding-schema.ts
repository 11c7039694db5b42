/** Kysely's view of the clinic's public-page branding (server/migrations/*_clinic_branding.sql); kept beside schema.ts. */
import type { ColumnType } from 'kysely';

export interface ClinicBrandingTable {
  clinic_id: string;
  /** `#rrggbb`, lower case. */
  brand_colour: string;
  updated_by: string;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface BrandingTables {
  clinic_branding: ClinicBrandingTable;
}

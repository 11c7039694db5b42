import type { ColumnType } from 'kysely';

/** Kysely's view of server/migrations/20261128110000_photos.sql; kept beside schema.ts. */

export type PhotoViewColumn = 'front' | 'left_45' | 'right_45' | 'left_90' | 'right_90' | 'close_up';

export interface PhotoTable {
  id: string;
  clinic_id: string;
  patient_id: string;
  session_id: string | null;
  appointment_id: string | null;
  view: PhotoViewColumn;
  zone: string | null;
  taken_at: Date;
  source: 'clinic' | 'patient';
  image_key: string;
  thumbnail_key: string;
  sha256: string;
  byte_size: number;
  width: number;
  height: number;
  uploaded_by: string;
  uploaded_at: ColumnType<Date, Date, never>;
  removed_at: Date | null;
  removed_by: string | null;
  removed_reason: string | null;
}

export interface PhotoTables {
  photo: PhotoTable;
}

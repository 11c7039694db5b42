import type { ColumnType, Generated } from 'kysely';

/**
 * Kysely's view of the treatment-room tables (server/migrations/*_treatment_room.sql): stock,
 * recalls, pen care and the session chart; kept beside schema.ts.
 */

/** `date` columns are read as `YYYY-MM-DD` strings. */
type DateOnly = ColumnType<string, string, string>;
/** `numeric` arrives from `pg` as a string (exact decimal); written as a number. */
type Decimal = ColumnType<string, number, number>;
type Json = ColumnType<unknown, string | undefined, string>;
/** A `tstzrange` as PostgreSQL writes it; repos read lower/upper instead. */
type Range = ColumnType<string, string, string>;

export type ConsumableKind =
  'cartridge' | 'glide_medium' | 'topical' | 'anaesthetic' | 'barrier_sleeve' | 'other';
export type StockMovementReason =
  | 'received'
  | 'used'
  | 'used_corrected'
  | 'damaged'
  | 'expired'
  | 'returned'
  | 'count_correction'
  | 'recalled';

export interface ConsumableProductTable {
  id: string;
  clinic_id: string;
  kind: ConsumableKind;
  name: string;
  manufacturer: string | null;
  needle_config: string | null;
  serialised: Generated<boolean>;
  sterile_for_needled_skin: Generated<boolean>;
  strength: string | null;
  compounded: Generated<boolean>;
  low_stock_at: Generated<number>;
  active: Generated<boolean>;
  created_at: Date;
}

export interface StockLotTable {
  id: string;
  clinic_id: string;
  product_id: string;
  lot_number: string;
  expires_on: DateOnly;
  supplier: string | null;
  quantity_received: number;
  quantity_on_hand: number;
  received_on: DateOnly;
  received_by: string | null;
  created_at: Date;
}

export interface StockMovementTable {
  id: string;
  clinic_id: string;
  lot_id: string;
  change: number;
  reason: StockMovementReason;
  note: string | null;
  session_id: string | null;
  recorded_by: string;
  recorded_at: Date;
}

export interface DeviceMaintenanceTable {
  id: string;
  clinic_id: string;
  device_id: string;
  kind: 'cleaning' | 'inspection' | 'service' | 'repair';
  note: string | null;
  performed_by: string;
  performed_at: Date;
}

export interface TreatmentSessionTable {
  id: string;
  clinic_id: string;
  patient_id: string;
  appointment_id: string;
  practitioner_id: string;
  modality: 'microneedling' | 'rf-microneedling';
  series_id: string | null;
  session_number: number | null;
  screening_id: string;
  consent_id: string;
  photos: 'taken' | 'declined' | 'unavailable';
  photos_reason: string | null;
  device_id: string | null;
  started_at: Date;
  started_by: string;
  signed_at: Date | null;
  signed_by: string | null;
  signed_hash: string | null;
}

export interface SessionAnaestheticTable {
  id: string;
  clinic_id: string;
  session_id: string;
  product_id: string;
  lot_id: string | null;
  zones: string[];
  occluded: boolean;
  applied_at: Date;
  removed_at: Date | null;
  prescription_ref: string | null;
  warnings: Json;
  recorded_by: string;
  recorded_at: Date;
}

export interface SessionZoneTable {
  id: string;
  clinic_id: string;
  session_id: string;
  zone: string;
  depth_mm: Decimal;
  passes: number;
  directions: string[];
  pen_speed: number | null;
  endpoint: 'erythema' | 'pinpoint_bleeding' | 'stopped_early';
  stopped_reason: string | null;
  glide_product_id: string | null;
  cap_mm: Decimal;
  depth_override_by: string | null;
  depth_override_reason: string | null;
  recorded_by: string;
  recorded_at: Date;
}

export interface SessionCartridgeTable {
  id: string;
  clinic_id: string;
  session_id: string;
  product_id: string;
  lot_id: string;
  cartridge_serial: string | null;
  recorded_by: string;
  recorded_at: Date;
}

export interface SessionTopicalTable {
  id: string;
  clinic_id: string;
  session_id: string;
  product_id: string;
  lot_id: string | null;
  zones: string[];
  recorded_by: string;
  recorded_at: Date;
}

export interface SessionAddendumTable {
  id: string;
  clinic_id: string;
  session_id: string;
  reason: string;
  body: string;
  written_by: string;
  written_at: Date;
}

export interface RecallTable {
  id: string;
  clinic_id: string;
  kind: 'lot' | 'device';
  lot_id: string | null;
  device_id: string | null;
  affected: Range | null;
  reason: string;
  reference: string | null;
  created_by: string;
  created_at: Date;
  notified_at: Date | null;
  notified_by: string | null;
}

export interface TreatmentRoomTables {
  consumable_product: ConsumableProductTable;
  stock_lot: StockLotTable;
  stock_movement: StockMovementTable;
  device_maintenance: DeviceMaintenanceTable;
  treatment_session: TreatmentSessionTable;
  session_anaesthetic: SessionAnaestheticTable;
  session_zone: SessionZoneTable;
  session_cartridge: SessionCartridgeTable;
  session_topical: SessionTopicalTable;
  session_addendum: SessionAddendumTable;
  recall: RecallTable;
}

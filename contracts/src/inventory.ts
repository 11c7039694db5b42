import { z } from 'zod';
import { id } from './common';

/**
 * Stock of cartridges and consumables by product and lot, received and adjusted with a reason;
 * recalls of a lot or of a pen over a period, with the patients they affect; pen care.
 */

const instant = z.iso.datetime({ offset: true });
const person = z.object({ id, name: z.string() });
const note = z.string().trim().min(3).max(500);

export const consumableKinds = [
  'cartridge',
  'glide_medium',
  'topical',
  'anaesthetic',
  'barrier_sleeve',
  'other',
] as const;
export const consumableKind = z.enum(consumableKinds);
export type ConsumableKind = z.infer<typeof consumableKind>;

/** Why a product or lot needs attention. */
export const stockWarnings = ['low_stock', 'near_expiry', 'expired', 'recalled'] as const;
export const stockWarning = z.enum(stockWarnings);
export type StockWarning = z.infer<typeof stockWarning>;

/** A lot expiring within this many days (on the clinic's calendar) is near expiry. */
export const NEAR_EXPIRY_DAYS = 30;

export const stockLot = z.object({
  id,
  productId: id,
  lotNumber: z.string(),
  expiresOn: z.iso.date(),
  supplier: z.string().nullable(),
  quantityReceived: z.number().int(),
  onHand: z.number().int(),
  receivedOn: z.iso.date(),
  /** Empty when the lot is fine to use. */
  warnings: z.array(stockWarning),
  recallId: id.nullable(),
});
export type StockLot = z.infer<typeof stockLot>;

export const stockProduct = z.object({
  id,
  kind: consumableKind,
  name: z.string(),
  manufacturer: z.string().nullable(),
  needleConfig: z.string().nullable(),
  serialised: z.boolean(),
  sterileForNeedledSkin: z.boolean(),
  strength: z.string().nullable(),
  compounded: z.boolean(),
  lowStockAt: z.number().int(),
  active: z.boolean(),
  /** Units in lots that are neither expired nor recalled. */
  usableOnHand: z.number().int(),
  warnings: z.array(stockWarning),
  lots: z.array(stockLot),
});
export type StockProduct = z.infer<typeof stockProduct>;

/** `GET /api/inventory/products`: every product with its lots, judged on the clinic's today. */
export const stockOverview = z.object({ today: z.iso.date(), products: z.array(stockProduct) });
export type StockOverview = z.infer<typeof stockOverview>;

const productName = z.string().trim().min(2).max(120);
const optionalText = z.string().trim().min(1).max(120).nullable();

/** `POST /api/inventory/products`. Only cartridges carry a needle configuration or serials; only anaesthetics a strength. */
export const productRequest = z
  .strictObject({
    kind: consumableKind,
    name: productName,
    manufacturer: optionalText.default(null),
    needleConfig: optionalText.default(null),
    serialised: z.boolean().default(false),
    sterileForNeedledSkin: z.boolean(),
    strength: optionalText.default(null),
    compounded: z.boolean().default(false),
    lowStockAt: z.number().int().min(0).max(100_000).default(10),
  })
  .refine((p) => p.kind === 'cartridge' || (p.needleConfig === null && !p.serialised), {
    path: ['needleConfig'],
    message: 'Only cartridges have a needle configuration or serials',
  })
  .refine((p) => p.kind === 'anaesthetic' || (p.strength === null && !p.compounded), {
    path: ['strength'],
    message: 'Only anaesthetics have a strength or are compounded',
  });
export type ProductRequest = z.input<typeof productRequest>;

/** `PATCH /api/inventory/products/:productId`: name, flags, threshold, active. */
export const productChange = z
  .strictObject({
    name: productName,
    manufacturer: optionalText,
    sterileForNeedledSkin: z.boolean(),
    lowStockAt: z.number().int().min(0).max(100_000),
    active: z.boolean(),
  })
  .partial();
export type ProductChange = z.infer<typeof productChange>;

/** `POST /api/inventory/products/:productId/lots`: a delivery. */
export const receiveLotRequest = z.strictObject({
  lotNumber: z.string().trim().min(1).max(80),
  expiresOn: z.iso.date(),
  quantity: z.number().int().min(1).max(100_000),
  supplier: z.string().trim().min(1).max(120).optional(),
});
export type ReceiveLotRequest = z.infer<typeof receiveLotRequest>;

export const adjustmentReasons = ['damaged', 'expired', 'returned', 'count_correction'] as const;
export const adjustmentReason = z.enum(adjustmentReasons);
export type AdjustmentReason = z.infer<typeof adjustmentReason>;

/**
 * `POST /api/inventory/lots/:lotId/adjustments`. Damaged, expired and returned units leave the
 * stock (`change` < 0); a count correction goes either way. Never below zero.
 */
export const adjustmentRequest = z
  .strictObject({
    reason: adjustmentReason,
    change: z
      .number()
      .int()
      .min(-100_000)
      .max(100_000)
      .refine((n) => n !== 0, 'Enter how many units change'),
    note,
  })
  .refine((a) => a.reason === 'count_correction' || a.change < 0, {
    path: ['change'],
    message: 'Damaged, expired or returned units leave the stock: enter a negative number',
  });
export type AdjustmentRequest = z.infer<typeof adjustmentRequest>;

export const movementReasons = [
  'received',
  'used',
  'used_corrected',
  'damaged',
  'expired',
  'returned',
  'count_correction',
  'recalled',
] as const;
export const movementReason = z.enum(movementReasons);
export type MovementReason = z.infer<typeof movementReason>;

export const stockMovement = z.object({
  id,
  change: z.number().int(),
  reason: movementReason,
  note: z.string().nullable(),
  sessionId: id.nullable(),
  recordedBy: person,
  recordedAt: instant,
});
export type StockMovement = z.infer<typeof stockMovement>;

/** `GET /api/inventory/lots/:lotId/movements`, newest first. */
export const lotMovements = z.object({ lot: stockLot, movements: z.array(stockMovement) });
export type LotMovements = z.infer<typeof lotMovements>;

export const maintenanceKinds = ['cleaning', 'inspection', 'service', 'repair'] as const;
export const maintenanceKind = z.enum(maintenanceKinds);
export type MaintenanceKind = z.infer<typeof maintenanceKind>;

/** `POST /api/devices/:deviceId/maintenance`: care done now, or earlier today (`performedAt`). */
export const maintenanceRequest = z.strictObject({
  kind: maintenanceKind,
  note: z.string().trim().min(1).max(1000).optional(),
  performedAt: instant.optional(),
});
export type MaintenanceRequest = z.infer<typeof maintenanceRequest>;

export const maintenanceEntry = z.object({
  id,
  kind: maintenanceKind,
  note: z.string().nullable(),
  performedBy: person,
  performedAt: instant,
});
export type MaintenanceEntry = z.infer<typeof maintenanceEntry>;

/** A recall naming a pen: sessions started within [from, until) are affected. */
export const deviceRecallRef = z.object({ id, from: instant, until: instant });

export const careDevice = z.object({
  id,
  kind: z.enum(['pen', 'rf_unit']),
  model: z.string(),
  serial: z.string(),
  status: z.enum(['in_service', 'maintenance', 'retired']),
  lastCare: maintenanceEntry.nullable(),
  recalls: z.array(deviceRecallRef),
});
export type CareDevice = z.infer<typeof careDevice>;

/** `GET /api/inventory/devices`: the clinic's pens and RF units with their latest care and recalls. */
export const careDevices = z.object({ devices: z.array(careDevice) });
export type CareDevices = z.infer<typeof careDevices>;

/** `GET /api/devices/:deviceId/maintenance`: the device and its log, newest first. */
export const maintenanceLog = z.object({ device: careDevice, entries: z.array(maintenanceEntry) });
export type MaintenanceLog = z.infer<typeof maintenanceLog>;

export * from './inventory-recalls';

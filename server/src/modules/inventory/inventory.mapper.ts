import type { StockLot, StockMovement, StockProduct } from '@corium/contracts';
import type { LotRow, MovementRow, ProductRow } from './inventory.repo';
import { lotWarnings, productWarnings, usableOnHand, type LotState } from './stock-status';

const lotState = (row: LotRow): LotState => ({
  expiresOn: row.expires_on,
  onHand: row.quantity_on_hand,
  recalled: row.recall_id !== null,
});

export const toStockLot = (row: LotRow, today: string): StockLot => ({
  id: row.id,
  productId: row.product_id,
  lotNumber: row.lot_number,
  expiresOn: row.expires_on,
  supplier: row.supplier,
  quantityReceived: row.quantity_received,
  onHand: row.quantity_on_hand,
  receivedOn: row.received_on,
  warnings: lotWarnings(lotState(row), today),
  recallId: row.recall_id,
});

/** A product with its lots (soonest expiry first) and what they add up to today. */
export function toStockProduct(row: ProductRow, lots: readonly LotRow[], today: string): StockProduct {
  const states = lots.map(lotState);
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    manufacturer: row.manufacturer,
    needleConfig: row.needle_config,
    serialised: row.serialised,
    sterileForNeedledSkin: row.sterile_for_needled_skin,
    strength: row.strength,
    compounded: row.compounded,
    lowStockAt: row.low_stock_at,
    active: row.active,
    usableOnHand: usableOnHand(states, today),
    warnings: productWarnings({ active: row.active, lowStockAt: row.low_stock_at, lots: states }, today),
    lots: lots.map((lot) => toStockLot(lot, today)),
  };
}

export const toMovement = (row: MovementRow): StockMovement => ({
  id: row.id,
  change: row.change,
  reason: row.reason,
  note: row.note,
  sessionId: row.session_id,
  recordedBy: { id: row.recorded_by, name: row.recorded_by_name },
  recordedAt: row.recorded_at.toISOString(),
});

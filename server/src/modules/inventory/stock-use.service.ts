import type { ChartingLot, LotProblem } from '@corium/contracts';
import type { Executor, Trx } from '../../platform/db/database';
import { AppError } from '../../platform/errors/app-error';
import { newId } from '../../platform/ids';
import * as repo from './stock-use.repo';

/**
 * The one path by which a session chart uses stock. A lot can be charted only if it is the
 * clinic's, of the product named, not expired on the clinic location's calendar day, not under
 * recall, and — for a cartridge, which is used up — with one left on hand. Using a cartridge
 * takes it off the lot and records a `used` movement in the chart's own transaction; voiding a
 * mistaken entry before signing puts it back as `used_corrected`.
 */

export interface LotInUse {
  id: string;
  productId: string;
  productName: string;
  kind: repo.StockLotRow['kind'];
  serialised: boolean;
  sterileForNeedledSkin: boolean;
  lotNumber: string;
  expiresOn: string;
  onHand: number;
  problem: LotProblem | null;
}

/**
 * Why a lot cannot be charted on `today` (YYYY-MM-DD, the location's day), or null. A lot is
 * good through its expiry day: 2026-12-01 is usable on 2026-12-01 and expired on 2026-12-02.
 */
export function lotProblemOf(
  lot: { expiresOn: string; onHand: number; recalled: boolean },
  today: string,
): LotProblem | null {
  if (lot.recalled) return 'recalled';
  if (lot.expiresOn < today) return 'expired';
  if (lot.onHand <= 0) return 'out_of_stock';
  return null;
}

function toLotInUse(row: repo.StockLotRow, today: string): LotInUse {
  const facts = { expiresOn: row.expires_on, onHand: row.quantity_on_hand, recalled: Boolean(row.recalled) };
  return {
    id: row.id,
    productId: row.product_id,
    productName: row.product_name,
    kind: row.kind,
    serialised: row.serialised,
    sterileForNeedledSkin: row.sterile_for_needled_skin,
    lotNumber: row.lot_number,
    expiresOn: row.expires_on,
    onHand: row.quantity_on_hand,
    problem: lotProblemOf(facts, today),
  };
}

export const toChartingLot = (lot: LotInUse): ChartingLot => ({
  id: lot.id,
  productId: lot.productId,
  lotNumber: lot.lotNumber,
  expiresOn: lot.expiresOn,
  onHand: lot.onHand,
  problem: lot.problem,
});

/** Plain words for the room: why this lot cannot be used. */
export function lotRefusal(lot: LotInUse, problem: LotProblem): AppError {
  const sentence = {
    expired: `Lot ${lot.lotNumber} of ${lot.productName} expired on ${lot.expiresOn}: use another lot`,
    recalled: `Lot ${lot.lotNumber} of ${lot.productName} is under recall: use another lot`,
    out_of_stock: `No ${lot.productName} of lot ${lot.lotNumber} is left on hand: use another lot`,
  }[problem];
  return new AppError('LOT_UNUSABLE', sentence, { lotId: lot.id, problem });
}

/** Lots of these products that still hold stock, each saying whether it can be charted today. */
export async function chartingLots(
  db: Executor,
  clinicId: string,
  productIds: string[],
  today: string,
): Promise<ChartingLot[]> {
  const rows = await repo.lotsOnHand(db, clinicId, productIds);
  return rows.map((row) => toChartingLot(toLotInUse(row, today)));
}

/** The clinic's lots carrying this lot number (a scan or a typed code). */
export async function lotsByNumber(
  db: Executor,
  clinicId: string,
  lotNumber: string,
  today: string,
): Promise<LotInUse[]> {
  return (await repo.lotsNumbered(db, clinicId, lotNumber)).map((row) => toLotInUse(row, today));
}

/**
 * A lot named on a chart entry (anaesthetic, topical): the clinic's, of `productId` when given,
 * neither expired nor recalled. Nothing is taken off: a tube serves many patients.
 */
export async function lotForChart(
  db: Executor,
  clinicId: string,
  lotId: string,
  productId: string | null,
  today: string,
): Promise<LotInUse> {
  const row = await repo.findLot(db, clinicId, lotId);
  const issue = (message: string) => new AppError('VALIDATION_FAILED', message, [{ path: 'lotId', message }]);
  if (!row) throw issue('No such lot in this clinic');
  if (productId !== null && row.product_id !== productId)
    throw issue('This lot is not of the chosen product');
  const lot = toLotInUse(row, today);
  if (lot.problem === 'expired' || lot.problem === 'recalled') throw lotRefusal(lot, lot.problem);
  return lot;
}

export interface StockUse {
  clinicId: string;
  lotId: string;
  sessionId: string;
  userId: string;
  now: Date;
  /** The location's calendar day, YYYY-MM-DD. */
  today: string;
}

/** Takes one unit (a cartridge) off the lot for a session, with its `used` movement. */
export async function useOne(trx: Trx, use: StockUse): Promise<LotInUse> {
  const lot = await lotForChart(trx, use.clinicId, use.lotId, null, use.today);
  const taken = await repo.takeOne(trx, use.clinicId, use.lotId);
  if (!taken) throw lotRefusal(lot, 'out_of_stock');
  await repo.insertMovement(trx, {
    id: newId(),
    clinicId: use.clinicId,
    lotId: use.lotId,
    change: -1,
    reason: 'used',
    note: null,
    sessionId: use.sessionId,
    by: use.userId,
    at: use.now,
  });
  return { ...lot, onHand: taken.quantity_on_hand };
}

/** Puts back a unit charted by mistake (before signing), saying why. */
export async function returnOne(trx: Trx, use: Omit<StockUse, 'today'>, reason: string): Promise<void> {
  await repo.putOneBack(trx, use.clinicId, use.lotId);
  await repo.insertMovement(trx, {
    id: newId(),
    clinicId: use.clinicId,
    lotId: use.lotId,
    change: 1,
    reason: 'used_corrected',
    note: reason,
    sessionId: use.sessionId,
    by: use.userId,
    at: use.now,
  });
}

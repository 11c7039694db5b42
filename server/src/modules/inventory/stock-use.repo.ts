import { sql } from 'kysely';
import type { Executor, Trx } from '../../platform/db/database';
import type { StockMovementReason } from '../../platform/db/treatment-room-schema';

/** The one path by which a chart uses a lot: read it with its product and recall, move its stock. */

const lotQuery = (db: Executor, clinicId: string) =>
  db
    .selectFrom('stock_lot as l')
    .innerJoin('consumable_product as p', 'p.id', 'l.product_id')
    .select([
      'l.id',
      'l.product_id',
      'l.lot_number',
      'l.expires_on',
      'l.quantity_on_hand',
      'p.kind',
      'p.name as product_name',
      'p.serialised',
      'p.sterile_for_needled_skin',
      'p.active',
    ])
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('recall as r')
            .select('r.id')
            .whereRef('r.lot_id', '=', 'l.id')
            .where('r.clinic_id', '=', clinicId)
            .where('r.kind', '=', 'lot'),
        )
        .as('recalled'),
    )
    .where('l.clinic_id', '=', clinicId)
    .where('p.clinic_id', '=', clinicId);
export type StockLotRow = Awaited<ReturnType<ReturnType<typeof lotQuery>['execute']>>[number];

export const findLot = (db: Executor, clinicId: string, lotId: string) =>
  lotQuery(db, clinicId).where('l.id', '=', lotId).executeTakeFirst();

/** Lots of these products still holding stock, soonest expiry first. */
export const lotsOnHand = (db: Executor, clinicId: string, productIds: string[]) =>
  productIds.length === 0
    ? Promise.resolve([])
    : lotQuery(db, clinicId)
        .where('l.product_id', 'in', productIds)
        .where('l.quantity_on_hand', '>', 0)
        .orderBy('l.expires_on')
        .orderBy('l.lot_number')
        .execute();

/** Lots with this number, of any of the clinic's products (a scanned or typed code). */
export const lotsNumbered = (db: Executor, clinicId: string, lotNumber: string) =>
  lotQuery(db, clinicId).where('l.lot_number', '=', lotNumber).orderBy('l.expires_on').execute();

/**
 * Takes one unit only while one is left. Under READ COMMITTED a second transaction racing for
 * the last unit waits on the row lock, re-reads the committed row (0 on hand) and updates
 * nothing: exactly one of them gets the cartridge.
 */
export const takeOne = (trx: Trx, clinicId: string, lotId: string) =>
  trx
    .updateTable('stock_lot')
    .set({ quantity_on_hand: sql<number>`quantity_on_hand - 1` })
    .where('clinic_id', '=', clinicId)
    .where('id', '=', lotId)
    .where('quantity_on_hand', '>', 0)
    .returning('quantity_on_hand')
    .executeTakeFirst();

export const putOneBack = (trx: Trx, clinicId: string, lotId: string) =>
  trx
    .updateTable('stock_lot')
    .set({ quantity_on_hand: sql<number>`quantity_on_hand + 1` })
    .where('clinic_id', '=', clinicId)
    .where('id', '=', lotId)
    .returning('quantity_on_hand')
    .executeTakeFirstOrThrow();

export const insertMovement = (
  trx: Trx,
  row: {
    id: string;
    clinicId: string;
    lotId: string;
    change: number;
    reason: StockMovementReason;
    note: string | null;
    sessionId: string;
    by: string;
    at: Date;
  },
) =>
  trx
    .insertInto('stock_movement')
    .values({
      id: row.id,
      clinic_id: row.clinicId,
      lot_id: row.lotId,
      change: row.change,
      reason: row.reason,
      note: row.note,
      session_id: row.sessionId,
      recorded_by: row.by,
      recorded_at: row.at,
    })
    .execute();

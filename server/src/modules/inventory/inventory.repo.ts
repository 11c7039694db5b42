import type { Insertable, Updateable } from 'kysely';
import type { Executor, Trx } from '../../platform/db/database';
import type {
  ConsumableProductTable,
  StockLotTable,
  StockMovementTable,
} from '../../platform/db/treatment-room-schema';

/** Stock: products, their lots and every movement of a lot's quantity. */

export const clinicZone = (db: Executor, clinicId: string) =>
  db.selectFrom('clinic').select(['name', 'time_zone']).where('id', '=', clinicId).executeTakeFirstOrThrow();

export const listProducts = (db: Executor, clinicId: string) =>
  db
    .selectFrom('consumable_product')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .orderBy('active', 'desc')
    .orderBy('kind')
    .orderBy('name')
    .execute();
export type ProductRow = Awaited<ReturnType<typeof listProducts>>[number];

export const findProduct = (db: Executor, clinicId: string, productId: string) =>
  db
    .selectFrom('consumable_product')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .where('id', '=', productId)
    .executeTakeFirst();

export const insertProduct = (trx: Trx, row: Insertable<ConsumableProductTable>) =>
  trx.insertInto('consumable_product').values(row).returningAll().executeTakeFirstOrThrow();

/** An empty change is the product as it is (an empty SET is not SQL). */
export const updateProduct = (
  trx: Trx,
  clinicId: string,
  productId: string,
  change: Updateable<ConsumableProductTable>,
) =>
  Object.keys(change).length === 0
    ? findProduct(trx, clinicId, productId)
    : trx
        .updateTable('consumable_product')
        .set(change)
        .where('clinic_id', '=', clinicId)
        .where('id', '=', productId)
        .returningAll()
        .executeTakeFirst();

export const productNamed = (db: Executor, clinicId: string, kind: string, name: string) =>
  db
    .selectFrom('consumable_product')
    .select('id')
    .where('clinic_id', '=', clinicId)
    .where('kind', '=', kind as ConsumableProductTable['kind'])
    .where('name', '=', name)
    .executeTakeFirst();

/** Lots with the recall that names them, if any; of one product or of the whole clinic. */
const lotQuery = (db: Executor, clinicId: string) =>
  db
    .selectFrom('stock_lot as l')
    .leftJoin('recall as r', (join) =>
      join.onRef('r.lot_id', '=', 'l.id').onRef('r.clinic_id', '=', 'l.clinic_id'),
    )
    .selectAll('l')
    .select('r.id as recall_id')
    .where('l.clinic_id', '=', clinicId);

export const listLots = (db: Executor, clinicId: string) =>
  lotQuery(db, clinicId).orderBy('l.expires_on').orderBy('l.lot_number').execute();
export type LotRow = Awaited<ReturnType<typeof listLots>>[number];

export const findLot = (db: Executor, clinicId: string, lotId: string) =>
  lotQuery(db, clinicId).where('l.id', '=', lotId).executeTakeFirst();

/** The lot's row locked for this transaction, so two adjustments never both read the same quantity. */
export const lockLot = (trx: Trx, clinicId: string, lotId: string) =>
  trx
    .selectFrom('stock_lot')
    .select(['id', 'quantity_on_hand'])
    .where('clinic_id', '=', clinicId)
    .where('id', '=', lotId)
    .forUpdate()
    .executeTakeFirst();

export const lotNumbered = (db: Executor, clinicId: string, productId: string, lotNumber: string) =>
  db
    .selectFrom('stock_lot')
    .select('id')
    .where('clinic_id', '=', clinicId)
    .where('product_id', '=', productId)
    .where('lot_number', '=', lotNumber)
    .executeTakeFirst();

export const insertLot = (trx: Trx, row: Insertable<StockLotTable>) =>
  trx.insertInto('stock_lot').values(row).execute();

export const setOnHand = (trx: Trx, clinicId: string, lotId: string, onHand: number) =>
  trx
    .updateTable('stock_lot')
    .set({ quantity_on_hand: onHand })
    .where('clinic_id', '=', clinicId)
    .where('id', '=', lotId)
    .execute();

export const insertMovement = (trx: Trx, row: Insertable<StockMovementTable>) =>
  trx.insertInto('stock_movement').values(row).execute();

export const lotMovements = (db: Executor, clinicId: string, lotId: string) =>
  db
    .selectFrom('stock_movement as m')
    .innerJoin('app_user as u', 'u.id', 'm.recorded_by')
    .selectAll('m')
    .select('u.display_name as recorded_by_name')
    .where('m.clinic_id', '=', clinicId)
    .where('m.lot_id', '=', lotId)
    .orderBy('m.recorded_at', 'desc')
    .orderBy('m.id', 'desc')
    .execute();
export type MovementRow = Awaited<ReturnType<typeof lotMovements>>[number];

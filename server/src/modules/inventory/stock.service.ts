import type {
  AdjustmentRequest,
  LotMovements,
  ProductChange,
  ProductRequest,
  ReceiveLotRequest,
  StockLot,
  StockOverview,
  StockProduct,
} from '@corium/contracts';
import type { Deps } from '../../deps';
import type { Principal } from '../../platform/auth/policy';
import type { Executor } from '../../platform/db/database';
import { AppError } from '../../platform/errors/app-error';
import { newId } from '../../platform/ids';
import * as repo from './inventory.repo';
import { toMovement, toStockLot, toStockProduct } from './inventory.mapper';
import { clinicToday, isExpired } from './stock-status';

/** The clinic's calendar day now: every expiry is judged on it. */
export async function stockToday(deps: Deps, db: Executor, clinicId: string): Promise<string> {
  const clinic = await repo.clinicZone(db, clinicId);
  return clinicToday(deps.clock.now(), clinic.time_zone);
}

/** Every product with its lots, on-hand totals and warnings. */
export async function stockOverview(deps: Deps, principal: Principal): Promise<StockOverview> {
  const { clinicId } = principal;
  const [today, products, lots] = await Promise.all([
    stockToday(deps, deps.db, clinicId),
    repo.listProducts(deps.db, clinicId),
    repo.listLots(deps.db, clinicId),
  ]);
  return {
    today,
    products: products.map((p) =>
      toStockProduct(
        p,
        lots.filter((l) => l.product_id === p.id),
        today,
      ),
    ),
  };
}

async function productView(
  deps: Deps,
  db: Executor,
  clinicId: string,
  productId: string,
): Promise<StockProduct> {
  const product = await repo.findProduct(db, clinicId, productId);
  if (!product) throw new AppError('NOT_FOUND', 'No such product in this clinic');
  const lots = (await repo.listLots(db, clinicId)).filter((l) => l.product_id === productId);
  return toStockProduct(product, lots, await stockToday(deps, db, clinicId));
}

export async function createProduct(
  deps: Deps,
  principal: Principal,
  input: ProductRequest,
): Promise<StockProduct> {
  const { clinicId } = principal;
  return deps.db.transaction().execute(async (trx) => {
    const name = input.name.trim();
    if (await repo.productNamed(trx, clinicId, input.kind, name))
      throw new AppError('CONFLICT', `The clinic already stocks a product called “${name}”`);
    const row = await repo.insertProduct(trx, {
      id: newId(),
      clinic_id: clinicId,
      kind: input.kind,
      name,
      manufacturer: input.manufacturer ?? null,
      needle_config: input.needleConfig ?? null,
      serialised: input.serialised ?? false,
      sterile_for_needled_skin: input.sterileForNeedledSkin,
      strength: input.strength ?? null,
      compounded: input.compounded ?? false,
      low_stock_at: input.lowStockAt ?? 10,
      created_at: deps.clock.now(),
    });
    return toStockProduct(row, [], await stockToday(deps, trx, clinicId));
  });
}

export async function updateProduct(
  deps: Deps,
  principal: Principal,
  productId: string,
  change: ProductChange,
): Promise<StockProduct> {
  const { clinicId } = principal;
  return deps.db.transaction().execute(async (trx) => {
    const updated = await repo.updateProduct(trx, clinicId, productId, {
      ...(change.name !== undefined && { name: change.name }),
      ...(change.manufacturer !== undefined && { manufacturer: change.manufacturer }),
      ...(change.sterileForNeedledSkin !== undefined && {
        sterile_for_needled_skin: change.sterileForNeedledSkin,
      }),
      ...(change.lowStockAt !== undefined && { low_stock_at: change.lowStockAt }),
      ...(change.active !== undefined && { active: change.active }),
    });
    if (!updated) throw new AppError('NOT_FOUND', 'No such product in this clinic');
    return productView(deps, trx, clinicId, productId);
  });
}

/** A delivery: the lot and its 'received' movement together. An expired lot is refused at the door. */
export async function receiveLot(
  deps: Deps,
  principal: Principal,
  productId: string,
  input: ReceiveLotRequest,
): Promise<StockLot> {
  const { clinicId, userId } = principal;
  return deps.db.transaction().execute(async (trx) => {
    if (!(await repo.findProduct(trx, clinicId, productId)))
      throw new AppError('NOT_FOUND', 'No such product in this clinic');
    const today = await stockToday(deps, trx, clinicId);
    if (isExpired(input, today))
      throw new AppError('VALIDATION_FAILED', 'This lot has already expired: it cannot be taken into stock', [
        { path: 'expiresOn', message: 'The lot expired before today' },
      ]);
    if (await repo.lotNumbered(trx, clinicId, productId, input.lotNumber))
      throw new AppError('CONFLICT', `Lot ${input.lotNumber} of this product is already in stock`);
    const id = newId();
    const now = deps.clock.now();
    await repo.insertLot(trx, {
      ...{ id, clinic_id: clinicId, product_id: productId, lot_number: input.lotNumber },
      ...{ expires_on: input.expiresOn, supplier: input.supplier ?? null },
      ...{ quantity_received: input.quantity, quantity_on_hand: input.quantity },
      ...{ received_on: today, received_by: userId, created_at: now },
    });
    await repo.insertMovement(trx, {
      ...{ id: newId(), clinic_id: clinicId, lot_id: id, change: input.quantity, reason: 'received' },
      ...{ note: null, session_id: null, recorded_by: userId, recorded_at: now },
    });
    return toStockLot((await repo.findLot(trx, clinicId, id))!, today);
  });
}

/** Units damaged, expired, returned or miscounted: a movement with its reason; never below zero. */
export async function adjustLot(
  deps: Deps,
  principal: Principal,
  lotId: string,
  input: AdjustmentRequest,
): Promise<StockLot> {
  const { clinicId, userId } = principal;
  return deps.db.transaction().execute(async (trx) => {
    const lot = await repo.lockLot(trx, clinicId, lotId);
    if (!lot) throw new AppError('NOT_FOUND', 'No such lot in this clinic');
    const onHand = lot.quantity_on_hand + input.change;
    if (onHand < 0)
      throw new AppError(
        'CONFLICT',
        `Only ${lot.quantity_on_hand} left in this lot: it cannot go below zero`,
        { onHand: lot.quantity_on_hand },
      );
    await repo.setOnHand(trx, clinicId, lotId, onHand);
    await repo.insertMovement(trx, {
      ...{ id: newId(), clinic_id: clinicId, lot_id: lotId, change: input.change, reason: input.reason },
      ...{ note: input.note, session_id: null, recorded_by: userId, recorded_at: deps.clock.now() },
    });
    return toStockLot((await repo.findLot(trx, clinicId, lotId))!, await stockToday(deps, trx, clinicId));
  });
}

export async function lotHistory(deps: Deps, principal: Principal, lotId: string): Promise<LotMovements> {
  const lot = await repo.findLot(deps.db, principal.clinicId, lotId);
  if (!lot) throw new AppError('NOT_FOUND', 'No such lot in this clinic');
  const movements = await repo.lotMovements(deps.db, principal.clinicId, lotId);
  return {
    lot: toStockLot(lot, await stockToday(deps, deps.db, principal.clinicId)),
    movements: movements.map(toMovement),
  };
}

import type { LotMovements, StockLot, StockOverview, StockProduct } from '@corium/contracts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { addLot, addProduct } from './inventory-test-kit';
import { stockWorld, type StockWorld } from './inventory-test-world';

let t: TestApp;
let w: StockWorld;
beforeEach(async () => {
  t = await buildTestApp();
  // 23:30 in London on 10 November is already the 11th in Tokyo: every day below is London's.
  t.clock.set(new Date('2026-11-10T23:30:00Z'));
  w = await stockWorld(t);
});
afterEach(() => t.close());

const overview = async (): Promise<StockOverview> =>
  (await w.call(w.as.front_desk, 'GET', '/api/inventory/products')).json();
const productIn = async (id: string): Promise<StockProduct> =>
  (await overview()).products.find((p) => p.id === id)!;
const movements = async (lotId: string): Promise<LotMovements> =>
  (await w.call(w.as.front_desk, 'GET', `/api/inventory/lots/${lotId}/movements`)).json();

const receive = (productId: string, body: object) =>
  w.call(w.as.practitioner, 'POST', `/api/inventory/products/${productId}/lots`, body);

describe('products', () => {
  it('creates a product with its flags and changes its threshold and name', async () => {
    const created = await w.call(w.as.admin, 'POST', '/api/inventory/products', {
      kind: 'anaesthetic',
      name: 'Lidocaine/prilocaine cream',
      strength: 'lidocaine 2.5% / prilocaine 2.5%',
      sterileForNeedledSkin: false,
    });
    expect(created.statusCode).toBe(201);
    const product = created.json<StockProduct>();
    expect(product).toMatchObject({
      compounded: false,
      lowStockAt: 10,
      usableOnHand: 0,
      warnings: ['low_stock'],
    });
    const url = `/api/inventory/products/${product.id}`;
    const changed = await w.call(w.as.practitioner, 'PATCH', url, {
      lowStockAt: 0,
      name: 'EMLA-type cream 2.5/2.5',
    });
    // None left is still at (or below) a threshold of none.
    expect(changed.json()).toMatchObject({
      name: 'EMLA-type cream 2.5/2.5',
      lowStockAt: 0,
      warnings: ['low_stock'],
    });
    const retired = await w.call(w.as.practitioner, 'PATCH', url, { active: false });
    expect(retired.json()).toMatchObject({ active: false, warnings: [] });
  });

  it('refuses a strength on a cartridge, a duplicate name, and changes from the front desk', async () => {
    const body = { kind: 'cartridge', name: 'Nano 36', sterileForNeedledSkin: true };
    expect(
      (await w.call(w.as.admin, 'POST', '/api/inventory/products', { ...body, strength: '5%' })).statusCode,
    ).toBe(400);
    expect((await w.call(w.as.admin, 'POST', '/api/inventory/products', body)).statusCode).toBe(201);
    const again = await w.call(w.as.admin, 'POST', '/api/inventory/products', body);
    expect(again.json()).toMatchObject({ error: 'CONFLICT' });
    expect((await w.call(w.as.front_desk, 'POST', '/api/inventory/products', body)).statusCode).toBe(403);
  });
});

describe('receiving a lot', () => {
  it('adds the lot and its received movement, judged on the clinic’s day', async () => {
    const productId = await addProduct(t.deps.db, w.clinic.id, { lowStockAt: 5 });
    const response = await receive(productId, {
      lotNumber: 'LOT-A1',
      expiresOn: '2026-11-10', // today in London (tomorrow in UTC terms already began nowhere yet)
      quantity: 30,
      supplier: 'Derma Supplies Ltd',
    });
    expect(response.statusCode).toBe(201);
    const lot = response.json<StockLot>();
    expect(lot).toMatchObject({
      onHand: 30,
      quantityReceived: 30,
      receivedOn: '2026-11-10',
      warnings: ['near_expiry'],
    });
    const history = await movements(lot.id);
    expect(history.movements).toMatchObject([{ change: 30, reason: 'received', note: null }]);
    expect(await productIn(productId)).toMatchObject({ usableOnHand: 30, warnings: ['near_expiry'] });
  });

  it('refuses a lot that has already expired, and the same lot number twice, changing nothing', async () => {
    const productId = await addProduct(t.deps.db, w.clinic.id);
    const expired = await receive(productId, { lotNumber: 'LOT-OLD', expiresOn: '2026-11-09', quantity: 5 });
    expect(expired.statusCode).toBe(400);
    expect(expired.json()).toMatchObject({ error: 'VALIDATION_FAILED', details: [{ path: 'expiresOn' }] });
    expect(
      (await receive(productId, { lotNumber: 'LOT-B', expiresOn: '2027-01-01', quantity: 5 })).statusCode,
    ).toBe(201);
    const twice = await receive(productId, { lotNumber: 'LOT-B', expiresOn: '2027-01-01', quantity: 5 });
    expect(twice.json()).toMatchObject({ error: 'CONFLICT' });
    expect((await productIn(productId)).lots.map((l) => [l.lotNumber, l.onHand])).toEqual([['LOT-B', 5]]);
    const rows = await t.deps.db.selectFrom('stock_movement').select('lot_id').execute();
    expect(rows).toHaveLength(1);
  });

  it('cannot receive into another clinic’s product', async () => {
    const theirs = await addProduct(t.deps.db, w.other.id);
    const response = await receive(theirs, { lotNumber: 'X', expiresOn: '2027-01-01', quantity: 1 });
    expect(response.statusCode).toBe(404);
  });
});

describe('adjusting a lot', () => {
  it('records each adjustment with its reason and never goes below zero', async () => {
    const productId = await addProduct(t.deps.db, w.clinic.id, { lowStockAt: 3 });
    const lotId = await addLot(t.deps.db, w.clinic.id, productId, { quantity: 6 });
    const adjust = (body: object) =>
      w.call(w.as.medical_director, 'POST', `/api/inventory/lots/${lotId}/adjustments`, body);

    expect(
      (await adjust({ reason: 'damaged', change: -2, note: 'Blister torn on delivery' })).json(),
    ).toMatchObject({
      onHand: 4,
    });
    const tooMany = await adjust({ reason: 'returned', change: -5, note: 'Back to the supplier' });
    expect(tooMany.statusCode).toBe(409);
    expect(tooMany.json()).toMatchObject({ error: 'CONFLICT', details: { onHand: 4 } });
    const positiveDamage = await adjust({ reason: 'damaged', change: 2, note: 'Found two more' });
    expect(positiveDamage.json()).toMatchObject({ error: 'VALIDATION_FAILED' });
    expect(
      (await adjust({ reason: 'count_correction', change: -1, note: 'Counted 3' })).json(),
    ).toMatchObject({
      onHand: 3,
    });
    expect((await productIn(productId)).warnings).toEqual(['low_stock']);
    expect(
      (await adjust({ reason: 'count_correction', change: 2, note: 'Box in room 2' })).json(),
    ).toMatchObject({
      onHand: 5,
      warnings: [],
    });
    const history = await movements(lotId);
    expect(history.movements.map((m) => [m.reason, m.change, m.note])).toEqual([
      ['count_correction', 2, 'Box in room 2'],
      ['count_correction', -1, 'Counted 3'],
      ['damaged', -2, 'Blister torn on delivery'],
    ]);
    expect(history.movements[0]!.recordedBy.name).toBe('Test medical_director');
  });

  it('asks for a note, and keeps the front desk to reading', async () => {
    const lotId = await addLot(t.deps.db, w.clinic.id, await addProduct(t.deps.db, w.clinic.id));
    const url = `/api/inventory/lots/${lotId}/adjustments`;
    expect((await w.call(w.as.admin, 'POST', url, { reason: 'expired', change: -1 })).statusCode).toBe(400);
    const desk = await w.call(w.as.front_desk, 'POST', url, {
      reason: 'expired',
      change: -1,
      note: 'Out of date',
    });
    expect(desk.statusCode).toBe(403);
    expect((await movements(lotId)).movements).toEqual([]);
  });
});

describe('warnings', () => {
  it('counts only usable units, and names near-expiry and expired lots that still hold stock', async () => {
    const productId = await addProduct(t.deps.db, w.clinic.id, { lowStockAt: 10 });
    await addLot(t.deps.db, w.clinic.id, productId, {
      lotNumber: 'FAR',
      expiresOn: '2027-06-01',
      quantity: 8,
    });
    await addLot(t.deps.db, w.clinic.id, productId, {
      lotNumber: 'NEAR',
      expiresOn: '2026-12-10',
      quantity: 4,
    });
    await addLot(t.deps.db, w.clinic.id, productId, {
      lotNumber: 'GONE',
      expiresOn: '2026-11-09',
      quantity: 20,
    });
    const product = await productIn(productId);
    expect(product.usableOnHand).toBe(12);
    expect(product.warnings).toEqual(['expired', 'near_expiry']);
    expect(product.lots.map((l) => [l.lotNumber, l.warnings])).toEqual([
      ['GONE', ['expired']],
      ['NEAR', ['near_expiry']],
      ['FAR', []],
    ]);
    await t.deps.db
      .updateTable('consumable_product')
      .set({ low_stock_at: 12 })
      .where('id', '=', productId)
      .execute();
    expect((await productIn(productId)).warnings).toEqual(['expired', 'near_expiry', 'low_stock']);
    expect((await overview()).products.map((p) => p.id)).toEqual([productId]);
  });
});

import type { CartridgeScanResult, SessionChart } from '@corium/contracts';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { newId } from '../../platform/ids';
import { useOne } from '../inventory/stock-use.service';
import {
  call,
  chartingWorld,
  expectStatus,
  onHand,
  startedSession,
  TODAY,
  type ChartingWorld,
  type Started,
} from './charting-test-kit';

let t: TestApp;
let w: ChartingWorld;
let a: Started;
let b: Started;

beforeAll(async () => {
  t = await buildTestApp();
  w = await chartingWorld(t);
  a = await startedSession(t, w, { time: '08:00' });
  b = await startedSession(t, w, { time: '10:00' });
});
afterAll(() => t.close());

const use = (s: Started, body: object) => call(t, w.practitioner, 'POST', `${s.url}/cartridges`, body);

const movements = (lotId: string) =>
  t.deps.db
    .selectFrom('stock_movement')
    .select(['change', 'reason', 'note', 'session_id'])
    .where('lot_id', '=', lotId)
    .orderBy('recorded_at')
    .orderBy('id')
    .execute();

async function freshLot(quantity: number): Promise<string> {
  const id = newId();
  await t.deps.db
    .insertInto('stock_lot')
    .values({
      ...{
        id,
        clinic_id: w.clinic.id,
        product_id: w.stock.products.cartridge,
        lot_number: `LOT-${id.slice(-8)}`,
      },
      ...{ expires_on: '2027-01-31', quantity_received: quantity, quantity_on_hand: quantity },
      ...{ received_on: '2026-11-01', created_at: t.clock.now() },
    })
    .execute();
  return id;
}

describe('cartridges: single use, from usable stock', () => {
  it('takes a cartridge off its lot with a used movement; voiding puts it back', async () => {
    const before = await onHand(t, w.stock.lots.good);
    const used = await use(a, { lotId: w.stock.lots.good });
    expectStatus(used, 201);
    const cartridge = used.json<SessionChart>().cartridges[0]!;
    expect(cartridge).toMatchObject({ lot: { lotNumber: 'LOT-GOOD' }, cartridgeSerial: null });
    expect(await onHand(t, w.stock.lots.good)).toBe(before - 1);
    const voided = await call(t, w.practitioner, 'POST', `${a.url}/cartridges/${cartridge.id}/void`, {
      reason: 'Scanned the wrong box',
    });
    expect(voided.json<SessionChart>().cartridges).toEqual([]);
    expect(await onHand(t, w.stock.lots.good)).toBe(before);
    expect(await movements(w.stock.lots.good)).toEqual([
      { change: -1, reason: 'used', note: null, session_id: a.chart.id },
      { change: 1, reason: 'used_corrected', note: 'Scanned the wrong box', session_id: a.chart.id },
    ]);
  });

  it('refuses a cartridge serial already used on any session', async () => {
    const nano = w.stock.lots.nano;
    const noSerial = await use(a, { lotId: nano });
    expect(noSerial.json()).toMatchObject({
      error: 'VALIDATION_FAILED',
      details: [{ path: 'cartridgeSerial' }],
    });
    expectStatus(await use(a, { lotId: nano, cartridgeSerial: 'SN-0001' }), 201);
    const onHandAfterFirst = await onHand(t, nano);
    const again = await use(b, { lotId: nano, cartridgeSerial: 'SN-0001' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: 'CARTRIDGE_REUSED', details: { sessionId: a.chart.id } });
    expect(await onHand(t, nano)).toBe(onHandAfterFirst);
    const serialOnPlain = await use(b, { lotId: w.stock.lots.good, cartridgeSerial: 'X1' });
    expect(serialOnPlain.statusCode).toBe(400);
  });

  it('refuses an expired lot and a lot under recall, changing no stock', async () => {
    const expired = await use(b, { lotId: w.stock.lots.expired });
    expect(expired.statusCode).toBe(409);
    expect(expired.json()).toMatchObject({ error: 'LOT_UNUSABLE', details: { problem: 'expired' } });
    expect(expired.json().message).toContain('2026-11-30');
    const recalled = await use(b, { lotId: w.stock.lots.recalled });
    expect(recalled.json()).toMatchObject({ error: 'LOT_UNUSABLE', details: { problem: 'recalled' } });
    expect(await onHand(t, w.stock.lots.expired)).toBe(10);
    expect(await onHand(t, w.stock.lots.recalled)).toBe(10);
    expect(await movements(w.stock.lots.recalled)).toEqual([]);
  });

  it('two rooms using the last cartridge at once: exactly one succeeds, the other gets a clear 409', async () => {
    const lotId = w.stock.lots.last;
    const answers = await Promise.all([use(a, { lotId }), use(b, { lotId })]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const loser = answers.find((r) => r.statusCode === 409)!.json();
    expect(loser).toMatchObject({ error: 'LOT_UNUSABLE', details: { problem: 'out_of_stock' } });
    expect(loser.message).toContain('left on hand');
    expect(await onHand(t, lotId)).toBe(0);
    expect((await movements(lotId)).map((m) => m.reason)).toEqual(['used']);
  });

  it('two transactions racing for the last cartridge: the second waits, then finds none', async () => {
    const lotId = await freshLot(1);
    const stockUse = (s: Started) => ({
      ...{ clinicId: w.clinic.id, lotId, sessionId: s.chart.id, userId: w.practitionerId },
      ...{ now: t.clock.now(), today: TODAY },
    });
    let taken!: () => void;
    let release!: () => void;
    const tookIt = new Promise<void>((resolve) => (taken = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    const first = t.deps.db.transaction().execute(async (trx) => {
      const lot = await useOne(trx, stockUse(a));
      taken();
      await released;
      return lot;
    });
    await tookIt;
    const second = t.deps.db.transaction().execute((trx) => useOne(trx, stockUse(b)));
    // The second UPDATE now waits on the first's row lock; let the first commit once it does.
    let settled = false;
    const done = () => (settled = true);
    void second.then(done, done);
    let waiting = 0;
    while (waiting === 0 && !settled) {
      const { rows } = await sql<{ n: string }>`
        SELECT count(*) AS n FROM pg_stat_activity
         WHERE datname = current_database() AND wait_event_type = 'Lock'`.execute(t.deps.db);
      waiting = Number(rows[0]!.n);
    }
    release();
    const results = await Promise.allSettled([first, second]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
    expect((results[1] as PromiseRejectedResult).reason).toMatchObject({ code: 'LOT_UNUSABLE' });
    expect(await onHand(t, lotId)).toBe(0);
  });
});

describe('the scan field', () => {
  const scan = (code: string) =>
    call(t, w.practitioner, 'GET', `/api/cartridge-scan?code=${encodeURIComponent(code)}`);

  it('resolves a GS1 label to the lot, and says why a lot cannot be used', async () => {
    const good = (await scan('(01)09506000134352(17)270630(10)LOT-GOOD')).json<CartridgeScanResult>();
    expect(good).toMatchObject({
      lot: { id: w.stock.lots.good, problem: null },
      product: { kind: 'cartridge' },
    });
    expect(good.message).toBeNull();
    const old = (await scan('LOT-OLD')).json<CartridgeScanResult>();
    expect(old).toMatchObject({ lot: { problem: 'expired' }, message: expect.stringContaining('expired') });
    const used = (await scan(']d2010950600013435210LOT-NANO\u001d21SN-0001')).json<CartridgeScanResult>();
    expect(used.message).toContain('already been used');
    const unknown = (await scan('LOT-NOPE')).json<CartridgeScanResult>();
    expect(unknown).toMatchObject({ lot: null, message: expect.stringContaining('receive it first') });
    expect((await call(t, w.frontDesk, 'GET', '/api/cartridge-scan?code=LOT-GOOD')).statusCode).toBe(403);
  });
});

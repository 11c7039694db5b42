import type { Recall, RecallAffected, RecallNotifyResult, StockOverview } from '@corium/contracts';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { allJobs } from '../../jobs';
import { createDrainer } from '../../platform/jobs/worker';
import { addLot, addPen, addProduct, insertChartedSession } from './inventory-test-kit';
import { stockWorld, type StockWorld } from './inventory-test-world';

let t: TestApp;
let w: StockWorld;
beforeEach(async () => {
  t = await buildTestApp();
  t.clock.set(new Date('2026-11-20T10:00:00Z'));
  w = await stockWorld(t);
});
afterEach(() => t.close());

const at = (day: string, time = '10:00') => new Date(`${day}T${time}:00Z`);

/**
 * Clinic a: lot L charted in three sessions of two patients (one as anaesthetic, one unsigned),
 * lot M in another patient's session, pen P between 1 and 10 November and outside it, pen Q in
 * that period; clinic b charts its own lot and pen. Only what names L (or P in the period) counts.
 */
async function seedCharts() {
  const db = t.deps.db;
  const a = w.clinic.id;
  const product = await addProduct(db, a, { name: 'Sterile cartridge 12-pin' });
  const cream = await addProduct(db, a, { name: 'Numbing cream', kind: 'anaesthetic' });
  const L = await addLot(db, a, product, { lotNumber: 'LOT-L', quantity: 40 });
  const creamL = await addLot(db, a, cream, { lotNumber: 'CREAM-1' });
  const M = await addLot(db, a, product, { lotNumber: 'LOT-M' });
  const [P, Q] = [await addPen(db, a, 'P-1'), await addPen(db, a, 'Q-1')];
  const [ann, ben, cai] = [
    await w.clinic.addPatient(),
    await w.clinic.addPatient(),
    await w.clinic.addPatient(),
  ];
  const chart = (patientId: string, startedAt: Date, more: object) =>
    insertChartedSession(db, {
      clinicId: a,
      patientId,
      practitionerId: w.practitionerId,
      startedAt,
      ...more,
    });
  const expected = {
    lot: [
      await chart(ann.id, at('2026-11-02'), { cartridgeLots: [L, M], deviceId: Q }),
      await chart(ben.id, at('2026-11-05'), { cartridgeLots: [L, L], deviceId: P }),
      await chart(ann.id, at('2026-11-19'), { cartridgeLots: [L], signed: false }),
    ],
    pen: [] as string[],
  };
  await chart(cai.id, at('2026-11-03'), { cartridgeLots: [M], anaestheticLot: creamL, deviceId: Q });
  expected.pen.push(expected.lot[1]!, await chart(cai.id, at('2026-11-01', '00:00'), { deviceId: P }));
  await chart(cai.id, at('2026-11-10', '00:00'), { deviceId: P }); // the period's end is excluded
  await chart(ann.id, at('2026-10-31', '23:59'), { deviceId: P });
  const theirs = await addLot(db, w.other.id, await addProduct(db, w.other.id));
  const theirPatient = await w.other.addPatient();
  await insertChartedSession(db, {
    ...{ clinicId: w.other.id, patientId: theirPatient.id, practitionerId: w.otherPractitionerId },
    ...{ startedAt: at('2026-11-04'), cartridgeLots: [theirs], deviceId: await addPen(db, w.other.id) },
  });
  return { L, M, creamL, P, theirs, ann, ben, cai, expected };
}

const createRecall = (body: object, as = w.as.admin) => w.call(as, 'POST', '/api/recalls', body);
const affected = async (recallId: string): Promise<RecallAffected> =>
  (await w.call(w.as.medical_director, 'GET', `/api/recalls/${recallId}/affected`)).json();

describe('recalling a lot', () => {
  it('lists exactly the sessions that charted it, with whom to contact, and takes its stock out', async () => {
    const s = await seedCharts();
    const created = await createRecall({
      kind: 'lot',
      lotId: s.L,
      reason: 'Supplier notice: seal may leak',
      reference: 'FSN-2026-114',
    });
    expect(created.statusCode).toBe(201);
    const recall = created.json<Recall>();
    expect(recall).toMatchObject({
      kind: 'lot',
      lot: { lotNumber: 'LOT-L', productName: 'Sterile cartridge 12-pin' },
    });

    const list = await affected(recall.id);
    expect(list.sessions.map((x) => x.sessionId)).toEqual(s.expected.lot);
    expect(list.patientCount).toBe(2);
    expect(list.sessions[0]).toMatchObject({
      sessionDate: '2026-11-02',
      signed: true,
      practitioner: { id: w.practitionerId },
      patient: { id: s.ann.id, dateOfBirth: '1990-04-01' },
    });
    expect(list.sessions[2]!.signed).toBe(false);

    const overview = (await w.call(w.as.front_desk, 'GET', '/api/inventory/products')).json<StockOverview>();
    const lot = overview.products.flatMap((p) => p.lots).find((l) => l.id === s.L)!;
    expect(lot).toMatchObject({ onHand: 0, warnings: ['recalled'], recallId: recall.id });
    const history = (await w.call(w.as.front_desk, 'GET', `/api/inventory/lots/${s.L}/movements`)).json();
    expect(history.movements[0]).toMatchObject({
      reason: 'recalled',
      change: -40,
      note: 'Supplier notice: seal may leak',
    });
  });

  it('finds an anaesthetic lot’s sessions too', async () => {
    const s = await seedCharts();
    const recall = (
      await createRecall({ kind: 'lot', lotId: s.creamL, reason: 'Wrong strength labelled' })
    ).json<Recall>();
    expect((await affected(recall.id)).sessions.map((x) => x.patient.id)).toEqual([s.cai.id]);
  });

  it('refuses a second recall of the lot, another clinic’s lot, and callers who do not manage recalls', async () => {
    const s = await seedCharts();
    expect((await createRecall({ kind: 'lot', lotId: s.L, reason: 'First notice' })).statusCode).toBe(201);
    const again = await createRecall({ kind: 'lot', lotId: s.L, reason: 'Second notice' });
    expect(again.json()).toMatchObject({ error: 'CONFLICT' });
    expect((await createRecall({ kind: 'lot', lotId: s.theirs, reason: 'Not ours' })).statusCode).toBe(404);
    expect(
      (await createRecall({ kind: 'lot', lotId: s.M, reason: 'Nope' }, w.as.practitioner)).statusCode,
    ).toBe(403);
    const recalls = (await w.call(w.as.admin, 'GET', '/api/recalls')).json<{ recalls: Recall[] }>().recalls;
    expect(recalls).toHaveLength(1);
  });

  it('can no longer be charted', async () => {
    const s = await seedCharts();
    await createRecall({ kind: 'lot', lotId: s.L, reason: 'Supplier notice' });
    await expect(
      insertChartedSession(t.deps.db, {
        ...{ clinicId: w.clinic.id, patientId: s.ben.id, practitionerId: w.practitionerId },
        ...{ startedAt: at('2026-11-20'), cartridgeLots: [s.L], signed: false },
      }),
    ).rejects.toMatchObject({ code: '23514', constraint: 'stock_lot_not_recalled' });
  });
});

describe('recalling a pen over a period', () => {
  it('lists the sessions started with it from the start (included) to the end (excluded)', async () => {
    const s = await seedCharts();
    const created = await createRecall({
      kind: 'device',
      deviceId: s.P,
      from: '2026-11-01T00:00:00Z',
      until: '2026-11-10T00:00:00Z',
      reason: 'Motor fault: depth may have been uneven',
    });
    const recall = created.json<Recall>();
    expect(recall).toMatchObject({
      device: { serial: 'P-1' },
      period: { from: '2026-11-01T00:00:00.000Z', until: '2026-11-10T00:00:00.000Z' },
    });
    expect((await affected(recall.id)).sessions.map((x) => x.sessionId)).toEqual(
      [...s.expected.pen].reverse(),
    );
    const care = (await w.call(w.as.front_desk, 'GET', '/api/inventory/devices')).json();
    expect(care.devices.find((d: { id: string }) => d.id === s.P).recalls).toEqual([
      { id: recall.id, from: '2026-11-01T00:00:00.000Z', until: '2026-11-10T00:00:00.000Z' },
    ]);
  });

  it('refuses a period that ends before it starts', async () => {
    const s = await seedCharts();
    const body = {
      kind: 'device',
      deviceId: s.P,
      from: '2026-11-10T00:00:00Z',
      until: '2026-11-01T00:00:00Z',
    };
    expect((await createRecall({ ...body, reason: 'Backwards' })).json()).toMatchObject({
      error: 'VALIDATION_FAILED',
    });
  });
});

describe('the affected list as CSV', () => {
  it('is an attachment, never cached, safe to open in a spreadsheet, and recorded as an export', async () => {
    const s = await seedCharts();
    await t.deps.db
      .updateTable('patient')
      .set({ given_name: '=HYPERLINK("http://x")', phone: '+44 20 7946 0000' })
      .where('id', '=', s.ben.id)
      .execute();
    const recall = (
      await createRecall({ kind: 'lot', lotId: s.L, reason: 'Supplier notice' })
    ).json<Recall>();
    const response = await w.call(w.as.admin, 'GET', `/api/recalls/${recall.id}/affected.csv`);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="recall-.+\.csv"$/);
    expect(response.headers['cache-control']).toBe('no-store');
    const lines = response.body.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'patient,date_of_birth,email,phone,session_date,session_started_at,practitioner,chart_signed,session_id,patient_id',
    );
    expect(lines).toHaveLength(4);
    expect(lines[2]).toContain(`"'=HYPERLINK(""http://x"") Patient`);
    expect(lines[2]).toContain(",'+44 20 7946 0000,2026-11-05,");
    const events = await t.deps.db
      .selectFrom('audit_event')
      .select(['action', 'patient_ids'])
      .where('resource_type', '=', 'recall_affected')
      .execute();
    expect(events).toEqual([{ action: 'export', patient_ids: expect.arrayContaining([s.ann.id, s.ben.id]) }]);
    expect(events[0]!.patient_ids).toHaveLength(2);
  });
});

describe('notifying the affected patients', () => {
  const drain = () =>
    createDrainer({
      db: t.deps.db,
      deps: t.deps,
      jobs: allJobs,
      log: t.deps.log,
      clock: t.clock,
      pollMs: 50,
    }).drain();

  it('queues one plain e-mail per patient, once', async () => {
    const s = await seedCharts();
    await t.deps.db
      .updateTable('patient')
      .set({ email: 'ann@example.com' })
      .where('id', '=', s.ann.id)
      .execute();
    const recall = (
      await createRecall({ kind: 'lot', lotId: s.L, reason: 'Supplier notice' })
    ).json<Recall>();
    const url = `/api/recalls/${recall.id}/notify`;
    const response = await w.call(w.as.medical_director, 'POST', url, { confirm: true });
    expect(response.statusCode).toBe(200);
    const result = response.json<RecallNotifyResult>();
    expect(result).toMatchObject({ emailed: 1, withoutEmail: [{ id: s.ben.id }] });
    expect(result.recall.notified).toMatchObject({ at: t.clock.now().toISOString() });
    const again = await w.call(w.as.admin, 'POST', url, { confirm: true });
    expect(again.json()).toMatchObject({ error: 'CONFLICT' });

    expect(await drain()).toBe(2);
    const files = await readdir(t.deps.mail.outboxDir!);
    expect(files).toHaveLength(1);
    const eml = await readFile(path.join(t.deps.mail.outboxDir!, files[0]!), 'utf8');
    expect(eml).toContain('To: ann@example.com');
    expect(eml).toMatch(/lot LOT-L/);
    expect(eml).toMatch(/2 November 2026 and 19\s+November 2026/);
    expect(eml).toContain('will contact you');
    expect(eml).not.toContain('Supplier notice');
    const notice = await t.deps.db
      .selectFrom('audit_event')
      .select('patient_ids')
      .where('resource_type', '=', 'recall_notice')
      .executeTakeFirstOrThrow();
    expect([...notice.patient_ids].sort()).toEqual([s.ann.id, s.ben.id].sort());
  });

  it('refuses when nobody is affected', async () => {
    const lot = await addLot(t.deps.db, w.clinic.id, await addProduct(t.deps.db, w.clinic.id));
    const recall = (await createRecall({ kind: 'lot', lotId: lot, reason: 'Precaution' })).json<Recall>();
    const response = await w.call(w.as.admin, 'POST', `/api/recalls/${recall.id}/notify`, { confirm: true });
    expect(response.json()).toMatchObject({ error: 'CONFLICT' });
    expect((await affected(recall.id)).recall.notified).toBeNull();
  });
});

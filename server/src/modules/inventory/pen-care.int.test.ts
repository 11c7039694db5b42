import type { CareDevices, MaintenanceLog } from '@corium/contracts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { addPen } from './inventory-test-kit';
import { stockWorld, type StockWorld } from './inventory-test-world';

let t: TestApp;
let w: StockWorld;
beforeEach(async () => {
  t = await buildTestApp();
  w = await stockWorld(t);
});
afterEach(() => t.close());

describe('pen care', () => {
  it('logs cleaning and service per pen, newest first, and shows the latest in the list', async () => {
    const pen = await addPen(t.deps.db, w.clinic.id, 'MP4-1');
    const other = await addPen(t.deps.db, w.clinic.id, 'MP4-2');
    const url = `/api/devices/${pen}/maintenance`;
    const earlier = new Date(t.clock.now().getTime() - 3_600_000).toISOString();
    const first = await w.call(w.as.practitioner, 'POST', url, {
      kind: 'service',
      performedAt: earlier,
      note: 'Motor serviced',
    });
    expect(first.statusCode).toBe(201);
    const second = await w.call(w.as.admin, 'POST', url, { kind: 'cleaning' });
    const log = second.json<MaintenanceLog>();
    expect(log.entries.map((e) => [e.kind, e.note, e.performedBy.name])).toEqual([
      ['cleaning', null, 'Test admin'],
      ['service', 'Motor serviced', 'Test practitioner'],
    ]);
    expect(log.device).toMatchObject({ serial: 'MP4-1', recalls: [], lastCare: { kind: 'cleaning' } });
    const list = (await w.call(w.as.front_desk, 'GET', '/api/inventory/devices')).json<CareDevices>();
    expect(list.devices.map((d) => [d.serial, d.lastCare?.kind ?? null])).toEqual([
      ['MP4-1', 'cleaning'],
      ['MP4-2', null],
    ]);
    expect(
      (await w.call(w.as.front_desk, 'GET', `/api/devices/${other}/maintenance`)).json().entries,
    ).toEqual([]);
  });

  it('refuses care in the future, from the front desk, and on another clinic’s pen', async () => {
    const pen = await addPen(t.deps.db, w.clinic.id);
    const url = `/api/devices/${pen}/maintenance`;
    const later = new Date(t.clock.now().getTime() + 3_600_000).toISOString();
    const future = await w.call(w.as.practitioner, 'POST', url, { kind: 'inspection', performedAt: later });
    expect(future.json()).toMatchObject({ error: 'VALIDATION_FAILED', details: [{ path: 'performedAt' }] });
    expect((await w.call(w.as.front_desk, 'POST', url, { kind: 'cleaning' })).statusCode).toBe(403);
    const theirs = await addPen(t.deps.db, w.other.id);
    expect(
      (await w.call(w.as.admin, 'POST', `/api/devices/${theirs}/maintenance`, { kind: 'cleaning' }))
        .statusCode,
    ).toBe(404);
    expect((await w.call(w.as.admin, 'GET', url)).json<MaintenanceLog>().entries).toEqual([]);
  });
});

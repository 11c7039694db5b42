import type { SessionChart, SessionList, TreatmentSummary } from '@corium/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { signIn } from '../../../test/factories/sign-in';
import { chartHash } from './chart-hash';
import {
  call,
  chartingWorld,
  completeChart,
  expectStatus,
  startedSession,
  zoneBody,
  type ChartingWorld,
} from './charting-test-kit';

let t: TestApp;
let w: ChartingWorld;

beforeAll(async () => {
  t = await buildTestApp();
  w = await chartingWorld(t);
});
afterAll(() => t.close());

const sign = (url: string, browser = w.practitioner) =>
  call(t, browser, 'POST', `${url}/sign`, { confirm: true });

describe('signing and locking the chart', () => {
  it('needs a zone, a cartridge, the pen and every anaesthetic removal time', async () => {
    const s = await startedSession(t, w, { time: '08:00' });
    await call(t, w.practitioner, 'POST', `${s.url}/anaesthetics`, {
      productId: w.stock.products.emla,
      zones: ['cheeks'],
      occluded: false,
      appliedAt: '2026-12-01T06:00:00.000Z',
    });
    const incomplete = await sign(s.url);
    expect(incomplete.statusCode).toBe(409);
    expect(incomplete.json().details.missing).toEqual([
      'at least one treated zone',
      'the cartridge used',
      'when the anaesthetic came off (1 without a removal time)',
    ]);
  });

  it('only the treating practitioner or a medical director signs; the hash is that of the canonical chart', async () => {
    const s = await startedSession(t, w, { time: '10:00' });
    await completeChart(t, w, s);
    const colleague = await signIn(t, (await w.clinic.addUser('practitioner')).email);
    expect((await sign(s.url, colleague)).statusCode).toBe(403);
    const signed = await sign(s.url);
    expectStatus(signed, 200);
    const chart = signed.json<SessionChart>();
    expect(chart.status).toBe('signed');
    expect(chart.signed).toMatchObject({ by: { id: w.practitionerId } });
    expect(chart.signed!.hash).toBe(chartHash(chart, { at: chart.signed!.at, byId: w.practitionerId }));
  });

  it('refuses every write to a signed chart, in the API and in the database', async () => {
    const s = await startedSession(t, w, { time: '12:00' });
    await completeChart(t, w, s);
    const chart = (await sign(s.url, w.director)).json<SessionChart>();
    const writes = [
      call(t, w.practitioner, 'PUT', `${s.url}/zones/forehead`, zoneBody(1)),
      call(t, w.practitioner, 'DELETE', `${s.url}/zones/cheeks`),
      call(t, w.practitioner, 'POST', `${s.url}/cartridges`, { lotId: w.stock.lots.good }),
      call(t, w.practitioner, 'POST', `${s.url}/cartridges/${chart.cartridges[0]!.id}/void`, {
        reason: 'Oops',
      }),
      call(t, w.practitioner, 'PUT', `${s.url}/device`, { deviceId: w.devices.pen2 }),
      call(t, w.practitioner, 'POST', `${s.url}/topicals`, {
        productId: w.stock.products.sterileSerum,
        zones: ['cheeks'],
      }),
      sign(s.url),
    ];
    for (const response of await Promise.all(writes)) {
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({
        error: 'CHART_SIGNED',
        message: 'This chart is signed; add an addendum',
      });
    }
    await expect(
      t.deps.db.updateTable('session_zone').set({ passes: 9 }).where('session_id', '=', chart.id).execute(),
    ).rejects.toThrow(/signed and read-only/);
    await expect(
      t.deps.db
        .updateTable('treatment_session')
        .set({ photos_reason: 'edited' })
        .where('id', '=', chart.id)
        .execute(),
    ).rejects.toThrow(/signed and read-only/);
    expect((await call(t, w.practitioner, 'GET', s.url)).json<SessionChart>()).toEqual(chart);
  });

  it('corrects a signed chart only by addenda, which keep the original', async () => {
    const s = await startedSession(t, w, { time: '14:00' });
    await completeChart(t, w, s);
    const early = await call(t, w.practitioner, 'POST', `${s.url}/addenda`, {
      reason: 'Too soon',
      body: 'x',
    });
    expect(early.statusCode).toBe(409);
    const original = (await sign(s.url)).json<SessionChart>();
    const addendum = { reason: 'Depth misrecorded', body: 'Cheeks were treated at 0.75 mm, not 1.0 mm.' };
    const added = await call(t, w.director, 'POST', `${s.url}/addenda`, addendum);
    expectStatus(added, 201);
    const after = added.json<SessionChart>();
    expect(after.addenda).toEqual([
      { id: expect.any(String), ...addendum, by: expect.any(Object), at: expect.any(String) },
    ]);
    expect({ ...after, addenda: [] }).toEqual(original);
    expect(after.zones[0]!.depthMm).toBe(1);
    const list = (
      await call(t, w.practitioner, 'GET', `/api/patients/${s.patientId}/sessions`)
    ).json<SessionList>();
    expect(list.sessions).toEqual([
      expect.objectContaining({ status: 'signed', addenda: 1, zones: ['cheeks'], maxDepthMm: 1 }),
    ]);
  });
});

describe('the patient’s "what was done today"', () => {
  it('shows the patient their own signed sessions only', async () => {
    const { id: patientId, email } = await w.clinic.addPatient({ withAccount: true });
    const portal = await signIn(t, email!);
    const url = '/api/portal/treatment-summaries';
    const summaries = async () =>
      (await call(t, portal, 'GET', url)).json<{ summaries: TreatmentSummary[] }>();
    const someoneElse = await startedSession(t, w, { time: '16:00' });
    await completeChart(t, w, someoneElse);
    await sign(someoneElse.url);
    const own = await startedSession(t, w, { time: '18:00', patientId });
    await completeChart(t, w, own);
    const glide = { glideProductId: w.stock.products.glide };
    await call(t, w.practitioner, 'PUT', `${own.url}/zones/forehead`, zoneBody(0.5, glide));
    expect(await summaries()).toEqual({ summaries: [] });
    await sign(own.url);
    expect(await summaries()).toEqual({
      summaries: [
        {
          sessionId: own.chart.id,
          date: '2026-12-01',
          modality: 'microneedling',
          practitionerName: 'Test practitioner',
          zones: ['cheeks', 'forehead'],
          depthRangeMm: { min: 0.5, max: 1 },
          products: ['Cartridge 12-pin', 'Sterile HA glide gel'],
        },
      ],
    });
  });
});

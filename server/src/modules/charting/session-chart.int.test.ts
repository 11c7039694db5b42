import type { ChartingOptions, SessionChart } from '@corium/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { signIn } from '../../../test/factories/sign-in';
import {
  call,
  chartingWorld,
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

const at = (time: string) => `2026-12-01T${time}:00.000Z`;

describe('charting the zones: depth against the patient’s cap', () => {
  it('refuses a depth over the cap without an override, and from a non-prescriber; a prescriber may', async () => {
    const s = await startedSession(t, w, { time: '08:00' });
    const cap = s.chart.depthCaps.forehead!;
    expect(cap).toBe(1.5);
    const over = zoneBody(cap + 0.25);
    const refused = await call(t, w.practitioner, 'PUT', `${s.url}/zones/forehead`, over);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ error: 'DEPTH_OVER_CAP', details: { zone: 'forehead' } });

    const reason = { depthOverrideReason: 'Thick sebaceous skin, tolerated 1.75 mm last course' };
    const notPrescriber = await call(t, w.practitioner, 'PUT', `${s.url}/zones/forehead`, {
      ...over,
      ...reason,
    });
    expect(notPrescriber.statusCode).toBe(403);

    const accepted = await call(t, w.director, 'PUT', `${s.url}/zones/forehead`, { ...over, ...reason });
    expectStatus(accepted, 200);
    expect(accepted.json<SessionChart>().zones).toEqual([
      expect.objectContaining({
        zone: 'forehead',
        depthMm: 1.75,
        capMm: 1.5,
        depthOverride: {
          reason: reason.depthOverrideReason,
          by: { id: w.directorId, name: 'Test medical_director' },
        },
      }),
    ]);
  });

  it('corrects a zone by charting it again, removes one, and refuses a zone not screened today', async () => {
    const s = await startedSession(t, w, { time: '10:00' });
    await call(t, w.practitioner, 'PUT', `${s.url}/zones/cheeks`, zoneBody(1));
    const corrected = await call(t, w.practitioner, 'PUT', `${s.url}/zones/cheeks`, {
      ...zoneBody(1.25),
      endpoint: 'stopped_early',
      stoppedReason: 'Patient asked to stop',
      glideProductId: w.stock.products.glide,
    });
    expectStatus(corrected, 200);
    expect(corrected.json<SessionChart>().zones).toEqual([
      expect.objectContaining({ depthMm: 1.25, endpoint: 'stopped_early', glideMedium: expect.any(Object) }),
    ]);
    const removed = await call(t, w.practitioner, 'DELETE', `${s.url}/zones/cheeks`);
    expect(removed.json<SessionChart>().zones).toEqual([]);
    const neck = await call(t, w.practitioner, 'PUT', `${s.url}/zones/neck`, zoneBody(0.5));
    expect(neck.statusCode).toBe(409);
    expect(neck.json().message).toContain('day-of check');
    const quarterSteps = await call(t, w.practitioner, 'PUT', `${s.url}/zones/cheeks`, zoneBody(1.1));
    expect(quarterSteps.statusCode).toBe(400);
  });
});

describe('the anaesthetic', () => {
  it('warns past 60 minutes and for occlusion beyond face and neck, recomputed at removal', async () => {
    const s = await startedSession(t, w, { time: '12:00' });
    const body = {
      productId: w.stock.products.emla,
      lotId: w.stock.lots.emla,
      zones: ['cheeks'],
      occluded: true,
    };
    const applied = await call(t, w.practitioner, 'POST', `${s.url}/anaesthetics`, {
      ...body,
      appliedAt: at('05:55'),
    });
    expectStatus(applied, 201);
    const entry = applied.json<SessionChart>().anaesthetics[0]!;
    expect(entry.warnings.map((x) => x.code)).toEqual(['contact_over_60_min']);
    const removal = await call(t, w.practitioner, 'PUT', `${s.url}/anaesthetics/${entry.id}/removal`, {
      removedAt: at('06:40'),
    });
    expect(removal.json<SessionChart>().anaesthetics[0]).toMatchObject({
      removedAt: at('06:40'),
      warnings: [],
    });
    const body2 = { ...body, zones: ['neck', 'decolletage'], appliedAt: at('06:00'), removedAt: at('06:30') };
    const chest = await call(t, w.practitioner, 'POST', `${s.url}/anaesthetics`, body2);
    expect(chest.json<SessionChart>().anaesthetics[1]!.warnings.map((x) => x.code)).toEqual([
      'occlusion_beyond_face_and_neck',
    ]);
  });

  it('refuses a compounded cream without its prescription, and EMLA for a lidocaine allergy', async () => {
    const s = await startedSession(t, w, { time: '14:00', history: { allergies: ['Lidocaine'] } });
    const times = { zones: ['cheeks'], occluded: false, appliedAt: at('06:00'), removedAt: at('06:40') };
    const compounded = { ...times, productId: w.stock.products.compounded };
    const noRx = await call(t, w.practitioner, 'POST', `${s.url}/anaesthetics`, compounded);
    expect(noRx.json()).toMatchObject({ error: 'VALIDATION_FAILED', details: [{ path: 'productId' }] });
    const emla = await call(t, w.practitioner, 'POST', `${s.url}/anaesthetics`, {
      ...times,
      productId: w.stock.products.emla,
    });
    expect(emla.statusCode).toBe(400);
    expect(emla.json().message).toContain('allergic to lidocaine');

    const other = await startedSession(t, w, { time: '16:00' });
    const needsRx = await call(t, w.practitioner, 'POST', `${other.url}/anaesthetics`, compounded);
    expect(needsRx.json()).toMatchObject({ details: [{ path: 'prescriptionRef' }] });
    const withRx = { ...compounded, prescriptionRef: 'Rx 2026/118 Dr Okafor' };
    expectStatus(await call(t, w.practitioner, 'POST', `${other.url}/anaesthetics`, withRx), 201);
  });
});

describe('topicals, the pen and the options', () => {
  it('refuses a non-sterile product on needled skin and records a sterile one', async () => {
    const s = await startedSession(t, w, { time: '18:00' });
    const serum = await call(t, w.practitioner, 'POST', `${s.url}/topicals`, {
      productId: w.stock.products.serum,
      zones: ['cheeks'],
    });
    expect(serum.statusCode).toBe(422);
    expect(serum.json()).toMatchObject({
      error: 'NOT_FOR_NEEDLED_SKIN',
      message: expect.stringContaining('granuloma'),
    });
    const sterile = await call(t, w.practitioner, 'POST', `${s.url}/topicals`, {
      productId: w.stock.products.sterileSerum,
      zones: ['cheeks', 'forehead'],
    });
    expectStatus(sterile, 201);
    const topicalId = sterile.json<SessionChart>().topicals[0]!.id;
    const removed = await call(t, w.practitioner, 'DELETE', `${s.url}/topicals/${topicalId}`);
    expect(removed.json<SessionChart>().topicals).toEqual([]);

    const maintenance = await call(t, w.practitioner, 'PUT', `${s.url}/device`, {
      deviceId: w.devices.penInMaintenance,
    });
    expect(maintenance.json()).toMatchObject({
      error: 'VALIDATION_FAILED',
      message: expect.stringContaining('not in service'),
    });
    const rf = await call(t, w.practitioner, 'PUT', `${s.url}/device`, { deviceId: w.devices.rfUnit });
    expect(rf.statusCode).toBe(400);
    const pen2 = await call(t, w.practitioner, 'PUT', `${s.url}/device`, { deviceId: w.devices.pen2 });
    expect(pen2.json<SessionChart>().device).toMatchObject({ id: w.devices.pen2, kind: 'pen' });

    const options = (await call(t, w.practitioner, 'GET', `${s.url}/options`)).json<ChartingOptions>();
    const problems = Object.fromEntries(options.lots.map((l) => [l.lotNumber, l.problem]));
    expect(problems).toMatchObject({
      'LOT-GOOD': null,
      'LOT-OLD': 'expired',
      'LOT-RECALL': 'recalled',
      'LOT-LAST': null,
    });
    expect(options.devices.map((d) => d.id)).toContain(w.devices.pen);
  });

  it('lets an admin read charts but not write them; the front desk reads none', async () => {
    const admin = await signIn(t, (await w.clinic.addUser('admin')).email);
    const list = await call(t, admin, 'GET', `/api/patients/${(await w.clinic.addPatient()).id}/sessions`);
    expectStatus(list, 200);
    const sessions = await t.deps.db
      .selectFrom('treatment_session')
      .select(['id', 'patient_id'])
      .limit(1)
      .execute();
    const url = `/api/patients/${sessions[0]!.patient_id}/sessions/${sessions[0]!.id}`;
    expectStatus(await call(t, admin, 'GET', url), 200);
    expect((await call(t, admin, 'PUT', `${url}/zones/cheeks`, zoneBody(1))).statusCode).toBe(403);
    expect((await call(t, w.frontDesk, 'GET', url)).statusCode).toBe(403);
  });
});

import type { SessionReadiness } from '@corium/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { patientWith } from '../booking/booking-test-kit';
import { signed, signOnTablet } from '../consent/consent-test-kit';
import { makeJpeg } from '../photos/photo-test-kit';
import {
  call,
  chartingWorld,
  checkIn,
  dayOfCheck,
  expectStatus,
  start,
  startBody,
  startedSession,
  visitToday,
  type ChartingWorld,
} from './charting-test-kit';

let t: TestApp;
let w: ChartingWorld;

beforeAll(async () => {
  t = await buildTestApp();
  w = await chartingWorld(t);
});
afterAll(() => t.close());

const readiness = async (patientId: string, appointmentId: string): Promise<SessionReadiness> => {
  const url = `/api/patients/${patientId}/appointments/${appointmentId}/session-readiness`;
  const response = await call(t, w.practitioner, 'GET', url);
  expectStatus(response, 200);
  return response.json<SessionReadiness>();
};

const failed = (r: SessionReadiness) => r.checks.filter((c) => !c.ok).map((c) => c.step);

describe('starting a session: the checks, in order', () => {
  it('refuses with the first failing check, and starts once every check passes', async () => {
    const patientId = await patientWith(t, w);
    const appointmentId = await visitToday(t, w, patientId, '08:00');
    const before = await readiness(patientId, appointmentId);
    expect(before.checks.map((c) => c.step)).toEqual(['checked_in', 'screening', 'consent', 'photos']);
    expect(failed(before)).toEqual(['checked_in', 'screening', 'consent', 'photos']);
    expect(before.canStart).toBe(false);

    const notIn = await start(t, w.practitioner, patientId, appointmentId);
    expect(notIn.statusCode).toBe(409);
    expect(notIn.json()).toMatchObject({
      details: { step: 'checked_in' },
      message: expect.stringContaining('check'),
    });

    expectStatus(await checkIn(t, w, patientId, appointmentId), 200);
    const noDayOf = await start(t, w.practitioner, patientId, appointmentId);
    expect(noDayOf.json()).toMatchObject({ error: 'CONFLICT', details: { step: 'screening' } });

    const screening = await dayOfCheck(t, w, patientId);
    const noConsent = await start(t, w.practitioner, patientId, appointmentId);
    expect(noConsent.json()).toMatchObject({ error: 'CONSENT_REQUIRED', details: { step: 'consent' } });

    await signed(signOnTablet(t, w.practitioner, patientId, 'microneedling'));
    const ready = await readiness(patientId, appointmentId);
    expect(failed(ready)).toEqual(['photos']);
    expect(ready).toMatchObject({ canStart: true, sessionId: null, depthCaps: screening.result.depthCapsMm });

    const photosTaken = await call(t, w.practitioner, 'POST', `/api/patients/${patientId}/sessions`, {
      appointmentId,
      photos: 'taken',
    });
    expect(photosTaken.statusCode).toBe(400);
    expect(photosTaken.json().details).toEqual([
      { path: 'photos', message: expect.stringContaining('photos') },
    ]);

    const photo = await t.app.inject({
      method: 'POST',
      url: `/api/patients/${patientId}/photos?view=front`,
      headers: { ...w.practitioner.headers, 'content-type': 'image/jpeg' },
      payload: await makeJpeg(),
    });
    expectStatus(photo, 201);
    expect((await readiness(patientId, appointmentId)).checks.every((c) => c.ok)).toBe(true);

    const started = await call(t, w.practitioner, 'POST', `/api/patients/${patientId}/sessions`, {
      appointmentId,
      photos: 'taken',
    });
    expectStatus(started, 201);
    expect(started.json()).toMatchObject({
      status: 'in_progress',
      screeningId: screening.id,
      photos: 'taken',
      device: { kind: 'pen', id: w.devices.pen },
      depthCaps: { cheeks: 2, forehead: 1.5 },
    });
    expect((await readiness(patientId, appointmentId)).sessionId).toBe(started.json().id);
  });

  it('a second start for the same visit is refused, naming the session', async () => {
    const s = await startedSession(t, w, { time: '10:00' });
    const again = await start(t, w.director, s.patientId, s.appointmentId);
    expect(again.statusCode).toBe(409);
    expect(again.json().details).toEqual({ sessionId: s.chart.id });
  });

  it("refuses when today's screening blocks, or awaits a prescriber, and shows the overrides signed", async () => {
    const patientId = await patientWith(t, w);
    const appointmentId = await visitToday(t, w, patientId, '12:00');
    await signed(signOnTablet(t, w.practitioner, patientId, 'microneedling'));
    await checkIn(t, w, patientId, appointmentId);
    await dayOfCheck(t, w, patientId, { active_cold_sore: true });
    const blocked = await start(t, w.practitioner, patientId, appointmentId);
    expect(blocked.json()).toMatchObject({
      error: 'SCREENING_BLOCKED',
      message: expect.stringContaining('C02'),
    });

    const awaiting = await dayOfCheck(t, w, patientId, { active_cold_sore: false, anticoagulants: true });
    const refused = await start(t, w.practitioner, patientId, appointmentId);
    expect(refused.json()).toMatchObject({
      error: 'OVERRIDE_REQUIRED',
      message: expect.stringContaining('C16'),
    });

    const reason = 'Discussed with the GP: warfarin continues, shallow settings only.';
    const override = await call(
      t,
      w.director,
      'POST',
      `/api/patients/${patientId}/screenings/${awaiting.id}/overrides`,
      {
        ruleId: 'C16',
        reason,
      },
    );
    expectStatus(override, 201);
    const ready = await readiness(patientId, appointmentId);
    expect(ready.canStart).toBe(true);
    expect(ready.overrides).toEqual([
      { ruleId: 'C16', reason, by: { id: w.directorId, name: 'Test medical_director' } },
    ]);
    expectStatus(await start(t, w.practitioner, patientId, appointmentId), 201);
  });

  it('asks for the day-of check again when the history changed after it', async () => {
    const patientId = await patientWith(t, w);
    const appointmentId = await visitToday(t, w, patientId, '14:00');
    await signed(signOnTablet(t, w.practitioner, patientId, 'microneedling'));
    await checkIn(t, w, patientId, appointmentId);
    await dayOfCheck(t, w, patientId);
    const history = await call(t, w.practitioner, 'POST', `/api/patients/${patientId}/medical-history`, {
      answers: { anticoagulants: false, allergies: ['lidocaine'] },
    });
    expectStatus(history, 201);
    const refused = await call(
      t,
      w.practitioner,
      'POST',
      `/api/patients/${patientId}/sessions`,
      startBody(appointmentId),
    );
    expect(refused.json()).toMatchObject({
      details: { step: 'screening' },
      message: expect.stringContaining('changed'),
    });
  });

  it('records the start, and every read of the chart, in the audit log', async () => {
    const s = await startedSession(t, w, { time: '16:00' });
    expectStatus(await call(t, w.practitioner, 'GET', s.url), 200);
    const events = await t.deps.db
      .selectFrom('audit_event')
      .select(['action'])
      .where('resource_type', '=', 'treatment_session')
      .where('resource_id', '=', s.chart.id)
      .orderBy('seq')
      .execute();
    expect(events.map((e) => e.action)).toEqual(['create', 'read']);
  });
});

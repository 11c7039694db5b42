import type { PatientAftercare, PortalRecovery } from '@corium/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { signIn } from '../../../test/factories/sign-in';
import { planAftercareForSignedSession } from './aftercare-plan.service';
import { aftercareWorld, drain, sentMessages, signedSession } from './aftercare-test-kit';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const get = <T>(url: string, headers: Record<string, string>) =>
  t.app.inject({ method: 'GET', url, headers }).then((r) => {
    expect(r.statusCode, r.body).toBe(200);
    return r.json<T>();
  });

describe('the plan built when a chart is signed', () => {
  it('gives a day-by-day plan from the chart, with its check-ins and messages queued', async () => {
    const w = await aftercareWorld(t);
    const patient = await w.clinic.addPatient({ withAccount: true });
    const sessionId = await signedSession(t, w, { patientId: patient.id, zones: { cheeks: 2.5 }, prp: true });
    const tab = await get<PatientAftercare>(
      `/api/patients/${patient.id}/aftercare`,
      w.practitioner.browser.headers,
    );
    const plan = tab.plans[0]!;
    expect(plan).toMatchObject({
      sessionId,
      treatmentDate: '2026-12-01',
      deepestMm: 2.5,
      status: 'active',
      today: 0,
    });
    expect(plan.resumeDelay).toEqual({ days: 3, reasons: ['deep_needling', 'prp'] });
    expect(plan.milestones.find((m) => m.id === 'actives')).toMatchObject({ day: 10, date: '2026-12-11' });
    expect(plan.checkIns.map((c) => [c.day, c.dueDate, c.opensAt])).toEqual([
      [1, '2026-12-02', '2026-12-02T08:00:00.000Z'],
      [2, '2026-12-03', '2026-12-03T08:00:00.000Z'],
      [3, '2026-12-04', '2026-12-04T08:00:00.000Z'],
      [5, '2026-12-06', '2026-12-06T08:00:00.000Z'],
      [7, '2026-12-08', '2026-12-08T08:00:00.000Z'],
      [14, '2026-12-15', '2026-12-15T08:00:00.000Z'],
    ]);
    const queued = await t.deps.db
      .selectFrom('outbox')
      .select(['job', 'run_at'])
      .where('clinic_id', '=', w.clinic.id)
      .where('job', 'like', 'aftercare.%')
      .orderBy('run_at')
      .execute();
    const at = (job: string) => queued.filter((q) => q.job === job).map((q) => q.run_at.toISOString());
    expect(at('aftercare.morning-message')).toEqual([
      '2026-12-02T08:00:00.000Z',
      '2026-12-04T08:00:00.000Z',
      '2026-12-11T08:00:00.000Z',
    ]);
    expect(at('aftercare.check-in-invite')).toHaveLength(12);
    expect(at('aftercare.plan-mail')).toHaveLength(1);
  });

  it('signing again never makes a second plan', async () => {
    const w = await aftercareWorld(t);
    const patient = await w.clinic.addPatient();
    const sessionId = await signedSession(t, w, { patientId: patient.id });
    await t.deps.db
      .transaction()
      .execute((trx) =>
        planAftercareForSignedSession(trx, t.deps, { clinicId: w.clinic.id, sessionId, now: t.clock.now() }),
      );
    const plans = await t.deps.db
      .selectFrom('aftercare_plan')
      .select('id')
      .where('session_id', '=', sessionId)
      .execute();
    expect(plans).toHaveLength(1);
  });

  it('follows the medical director’s published timeline for plans made after it', async () => {
    const w = await aftercareWorld(t);
    const current = await get<{ timeline: object }>('/api/aftercare/timeline', w.director.browser.headers);
    const published = await t.app.inject({
      method: 'POST',
      url: '/api/aftercare/timeline/versions',
      headers: w.director.browser.headers,
      payload: {
        changeNote: 'Fewer check-ins for our clinic',
        timeline: { ...current.timeline, checkInDays: [1, 3, 14] },
      },
    });
    expect(published.statusCode, published.body).toBe(201);
    expect(published.json()).toMatchObject({ version: 'clinic-r1', number: 1 });
    const patient = await w.clinic.addPatient();
    await signedSession(t, w, { patientId: patient.id });
    const tab = await get<PatientAftercare>(
      `/api/patients/${patient.id}/aftercare`,
      w.director.browser.headers,
    );
    expect(tab.plans[0]!.timelineVersion).toBe('clinic-r1');
    expect(tab.plans[0]!.checkIns.map((c) => c.day)).toEqual([1, 3, 14]);
  });

  it('refuses a timeline with a gap in its days, changing nothing', async () => {
    const w = await aftercareWorld(t);
    const current = await get<{ timeline: { stages: { fromDay: number }[] } }>(
      '/api/aftercare/timeline',
      w.director.browser.headers,
    );
    const stages = current.timeline.stages.filter((s) => s.fromDay !== 3);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/aftercare/timeline/versions',
      headers: w.director.browser.headers,
      payload: { changeNote: 'Broken', timeline: { ...current.timeline, stages } },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().details).toContainEqual(
      expect.objectContaining({ path: expect.stringContaining('fromDay') }),
    );
    const versions = await get<{ versions: unknown[] }>(
      '/api/aftercare/timeline/versions',
      w.director.browser.headers,
    );
    expect(versions.versions).toHaveLength(1);
  });
});

describe('delivery through the outbox', () => {
  it('sends the plan at once and each morning message on its morning', async () => {
    const w = await aftercareWorld(t);
    const patient = await w.clinic.addPatient({ withAccount: true });
    await signedSession(t, w, { patientId: patient.id });
    await drain(t);
    expect((await sentMessages(t, w.clinic.id)).map((m) => m.kind)).toEqual(['plan']);
    t.clock.set(new Date('2026-12-02T08:00:00Z'));
    await drain(t);
    expect((await sentMessages(t, w.clinic.id)).map((m) => m.kind)).toEqual(['plan', 'check_in', 'morning']);
  });

  it('sends nothing more once the plan is cancelled', async () => {
    const w = await aftercareWorld(t);
    const patient = await w.clinic.addPatient({ withAccount: true });
    await signedSession(t, w, { patientId: patient.id });
    await drain(t);
    const tab = await get<PatientAftercare>(
      `/api/patients/${patient.id}/aftercare`,
      w.practitioner.browser.headers,
    );
    const cancel = await t.app.inject({
      method: 'POST',
      url: `/api/patients/${patient.id}/aftercare/plans/${tab.plans[0]!.id}/cancel`,
      headers: w.practitioner.browser.headers,
      payload: { reason: 'Treatment stopped at the patient’s request' },
    });
    expect(cancel.statusCode, cancel.body).toBe(200);
    expect(cancel.json<PatientAftercare>().plans[0]!.checkIns.every((c) => c.status === 'cancelled')).toBe(
      true,
    );
    t.clock.set(new Date('2026-12-20T08:00:00Z'));
    await drain(t);
    expect((await sentMessages(t, w.clinic.id)).map((m) => m.kind)).toEqual(['plan']);
  });

  it('sends nothing to a patient whose record was erased', async () => {
    const w = await aftercareWorld(t);
    const patient = await w.clinic.addPatient({ withAccount: true });
    await signedSession(t, w, { patientId: patient.id });
    await t.deps.db
      .updateTable('patient')
      .set({ restricted_at: t.clock.now() })
      .where('id', '=', patient.id)
      .execute();
    t.clock.set(new Date('2026-12-20T08:00:00Z'));
    expect(await drain(t)).toBeGreaterThan(10);
    expect(await sentMessages(t, w.clinic.id)).toEqual([]);
  });

  it('sends nothing to a patient merged into another record', async () => {
    const w = await aftercareWorld(t);
    const patient = await w.clinic.addPatient({ withAccount: true });
    const survivor = await w.clinic.addPatient();
    await signedSession(t, w, { patientId: patient.id });
    await t.deps.db
      .updateTable('patient')
      .set({ merged_into: survivor.id })
      .where('id', '=', patient.id)
      .execute();
    t.clock.set(new Date('2026-12-20T08:00:00Z'));
    expect(await drain(t)).toBeGreaterThan(10);
    expect(await sentMessages(t, w.clinic.id)).toEqual([]);
  });

  it('a crash between sending and marking sent loses nothing, and the repeat is recognisable', async () => {
    const w = await aftercareWorld(t);
    const patient = await w.clinic.addPatient({ withAccount: true });
    await signedSession(t, w, { patientId: patient.id });
    const send = t.deps.mail.send;
    let crashes = 1;
    const ids: string[] = [];
    t.deps.mail.send = async (message) => {
      await send(message);
      ids.push(message.idempotencyKey);
      if (crashes-- > 0) throw new Error('the process died after the mail server took the message');
    };
    try {
      await drain(t);
      t.clock.advance(10 * 60_000);
      await drain(t);
    } finally {
      t.deps.mail.send = send;
    }
    const sent = await sentMessages(t, w.clinic.id);
    expect(sent.map((m) => m.kind)).toEqual(['plan']);
    // Both attempts carried the same Message-ID: the outbox id the record keeps.
    expect(ids).toEqual([sent[0]!.outbox_id, sent[0]!.outbox_id]);
  });
});

describe('the portal', () => {
  it('shows the patient their own recovery with today, and nobody else’s', async () => {
    const w = await aftercareWorld(t);
    const patient = await w.clinic.addPatient({ withAccount: true });
    await signedSession(t, w, { patientId: patient.id, modality: 'rf-microneedling' });
    t.clock.set(new Date('2026-12-04T10:00:00Z'));
    const browser = await signIn(t, patient.email!);
    const recovery = await get<PortalRecovery>('/api/portal/aftercare', browser.headers);
    expect(recovery.plan).toMatchObject({ today: 3, modality: 'rf-microneedling' });
    expect(recovery.plan!.days[3]!.expected).toContain('flaking');
    expect(recovery.dueCheckInId).toBe(recovery.plan!.checkIns.find((c) => c.day === 3)!.id);
    expect(recovery.plan!.checkIns.filter((c) => c.status === 'missed').map((c) => c.day)).toEqual([1, 2]);

    const other = await w.clinic.addPatient({ withAccount: true });
    const otherBrowser = await signIn(t, other.email!);
    expect((await get<PortalRecovery>('/api/portal/aftercare', otherBrowser.headers)).plan).toBeNull();
    const peek = await t.app.inject({
      method: 'GET',
      url: `/api/portal/aftercare/check-ins/${recovery.dueCheckInId}`,
      headers: otherBrowser.headers,
    });
    expect(peek.statusCode).toBe(404);
  });
});

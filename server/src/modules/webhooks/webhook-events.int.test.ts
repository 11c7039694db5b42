import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { raiseAlert } from '../aftercare/alerts/raise-alert';
import {
  call,
  chartingWorld,
  completeChart,
  expectStatus,
  startedSession,
  type ChartingWorld,
} from '../charting/charting-test-kit';

/**
 * The events charting and aftercare raise, each written where the change happens: signing a
 * chart, raising an alert and recording an adverse event, with one delivery queued per active
 * subscription to the type (and none for a subscription that does not want it).
 */
let t: TestApp;
let w: ChartingWorld;
let subscriptionId: string;

beforeAll(async () => {
  t = await buildTestApp();
  w = await chartingWorld(t);
  const admin = await w.clinic.addUser('admin');
  subscriptionId = crypto.randomUUID();
  await t.deps.db
    .insertInto('webhook_subscription')
    .values({
      ...{
        id: subscriptionId,
        clinic_id: w.clinic.id,
        url: 'https://hooks.example.com/in',
        secret: 'whsec_x',
      },
      ...{ event_types: ['chart.signed', 'alert.raised', 'adverse_event.recorded'], created_by: admin.id },
      created_at: t.clock.now(),
    })
    .execute();
});
afterAll(() => t.close());

const events = () =>
  t.deps.db
    .selectFrom('webhook_event as e')
    .leftJoin('webhook_delivery as d', 'd.event_id', 'e.id')
    .select(['e.type', 'e.resource', 'd.subscription_id'])
    .where('e.clinic_id', '=', w.clinic.id)
    .orderBy('e.occurred_at')
    .orderBy('e.id')
    .execute();

describe('webhook events of charting and aftercare', () => {
  it('records chart.signed, alert.raised and adverse_event.recorded with a delivery each', async () => {
    const s = await startedSession(t, w, { time: '08:00' });
    await completeChart(t, w, s);
    expectStatus(await call(t, w.practitioner, 'POST', `${s.url}/sign`, { confirm: true }), 200);
    const plan = await t.deps.db
      .selectFrom('aftercare_plan')
      .select('id')
      .where('clinic_id', '=', w.clinic.id)
      .where('session_id', '=', s.chart.id)
      .executeTakeFirstOrThrow();
    const source = {
      ...{ clinicId: w.clinic.id, patientId: s.patientId, planId: plan.id, sessionId: s.chart.id },
      ...{ practitionerId: w.practitionerId, checkInId: null, level: 'urgent' as const, reasons: [] },
    };
    const actor = {
      clinicId: w.clinic.id,
      userId: null,
      role: null,
      tokenId: null,
      ip: null,
      requestId: null,
    };
    const alert = await t.deps.db.transaction().execute((trx) => raiseAlert(trx, t.deps, source, actor));
    const recorded = await call(t, w.practitioner, 'POST', `/api/patients/${s.patientId}/adverse-events`, {
      ...{ sessionId: s.chart.id, term: 'bacterial_infection', description: 'Crusts on the left cheek.' },
      ...{ onsetDay: 3, severityGrade: 2, seriousness: [], treatmentGiven: 'Topical antibiotic' },
      ...{ outcome: 'recovering', causality: 'probable' },
    });
    expectStatus(recorded, 201);
    const adverseEventId = recorded.json<{ id: string }>().id;
    const raised = (await events()).filter((e) => e.type !== 'appointment.booked');
    expect(raised).toEqual([
      { type: 'chart.signed', resource: `Procedure/${s.chart.id}`, subscription_id: subscriptionId },
      { type: 'alert.raised', resource: `Flag/${alert.id}`, subscription_id: subscriptionId },
      {
        type: 'adverse_event.recorded',
        resource: `AdverseEvent/${adverseEventId}`,
        subscription_id: subscriptionId,
      },
    ]);
    // The booking's own event went to no one: this subscription does not want bookings.
    expect((await events()).filter((e) => e.type === 'appointment.booked')).toEqual([
      expect.objectContaining({ subscription_id: null }),
    ]);
  });
});

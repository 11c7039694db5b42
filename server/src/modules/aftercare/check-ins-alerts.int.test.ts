import type {
  AdverseEventReport,
  AftercareAlert,
  AftercareDashboard,
  CheckInForm,
  CheckInOutcome,
  PatientAftercare,
} from '@corium/contracts';
import { redFlagQuestionIds, type AdverseEvent } from '@corium/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import {
  aftercareWorld,
  drain,
  latestCheckInToken,
  sentMessages,
  signedSession,
  signInAgain,
} from './aftercare-test-kit';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const calmEffects = { redness: 1, swelling: 0, pain: 0, itching: 1, flaking: 2, bruising: 0 };
/** A "no" to every question asked on day 3 after needling (not the RF and week-later ones). */
const noRedFlags = Object.fromEntries(
  redFlagQuestionIds.filter((q) => q !== 'burn_marks' && q !== 'new_bumps').map((q) => [q, false]),
);

const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url, headers, payload });

/** A patient treated on 1 December, at 08:00 on day 3 with that morning's check-in e-mail sent. */
async function dayThree() {
  const w = await aftercareWorld(t);
  const patient = await w.clinic.addPatient({ withAccount: true });
  const sessionId = await signedSession(t, w, { patientId: patient.id });
  const settings = await t.app.inject({
    method: 'PUT',
    url: '/api/aftercare/settings',
    headers: w.director.browser.headers,
    payload: { onCallUserIds: [w.onCall.id], responseMinutes: { review: 4320, urgent: 120, emergency: 15 } },
  });
  expect(settings.statusCode, settings.body).toBe(200);
  t.clock.set(new Date('2026-12-04T08:00:00Z'));
  await drain(t);
  await signInAgain(t, w);
  return { w, patient, sessionId, token: await latestCheckInToken(t, w.clinic.id) };
}

describe('check-in by e-mailed link', () => {
  it('opens that one form without a password, and is used up by answering', async () => {
    const { token } = await dayThree();
    const form = await post('/api/check-in-links/form', { token });
    expect(form.statusCode, form.body).toBe(200);
    const body = form.json<CheckInForm>();
    expect(body.day).toBe(3);
    expect(body.effects.map((e) => e.effect)).toEqual([
      'redness',
      'swelling',
      'pain',
      'itching',
      'flaking',
      'bruising',
    ]);
    expect(body.effects[0]!.levels).toHaveLength(4);
    expect(body.redFlags.map((r) => r.id)).toContain('pain_increasing');
    expect(body.redFlags.map((r) => r.id)).not.toContain('new_bumps');

    const answered = await post('/api/check-in-links/answers', {
      token,
      answers: { effects: calmEffects, redFlags: noRedFlags },
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json<CheckInOutcome>()).toMatchObject({
      level: 'expected',
      nextStep: { callEmergencyServices: false },
    });
    const again = await post('/api/check-in-links/form', { token });
    expect(again.statusCode).toBe(404);
  });

  it('refuses answers missing a yes/no question, and keeps the link', async () => {
    const { token } = await dayThree();
    const missingFever = Object.fromEntries(Object.entries(noRedFlags).filter(([id]) => id !== 'fever'));
    const response = await post('/api/check-in-links/answers', {
      token,
      answers: { effects: calmEffects, redFlags: missingFever },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().details).toEqual([
      { path: 'answers.redFlags.fever', message: 'Answer yes or no' },
    ]);
    expect((await post('/api/check-in-links/form', { token })).statusCode).toBe(200);
  });

  it('does not open with a made-up or expired token', async () => {
    const { token } = await dayThree();
    expect((await post('/api/check-in-links/form', { token: `${token.slice(0, -2)}xx` })).statusCode).toBe(
      404,
    );
    t.clock.set(new Date('2026-12-05T08:00:00Z'));
    expect((await post('/api/check-in-links/form', { token })).statusCode).toBe(404);
  });
});

describe('alerts', () => {
  it('a day-3 check-in with pus raises an urgent alert at once; unacknowledged, it escalates', async () => {
    const { w, patient, token } = await dayThree();
    const answeredAt = t.clock.now().getTime();
    const respondBy = new Date(answeredAt + 2 * 3_600_000);
    const answered = await post('/api/check-in-links/answers', {
      token,
      answers: { effects: calmEffects, redFlags: { ...noRedFlags, pus_or_crusts: true } },
    });
    expect(answered.json<CheckInOutcome>()).toMatchObject({
      level: 'urgent',
      nextStep: { callEmergencyServices: false, clinicRespondsBy: respondBy.toISOString() },
    });
    // Within a minute of the answer, with the worker running, the clinicians have it.
    t.clock.advance(59_000);
    await drain(t);
    const dashboard = await t.app.inject({
      method: 'GET',
      url: '/api/aftercare/dashboard',
      headers: w.practitioner.browser.headers,
    });
    const alert = dashboard.json<AftercareDashboard>().alerts[0]!;
    expect(alert).toMatchObject({
      level: 'urgent',
      status: 'open',
      patient: { id: patient.id },
      checkInDay: 3,
    });
    expect(alert.reasons.map((r) => r.code)).toEqual(['red_flag.pus_or_crusts']);
    expect(alert.recipients.map((r) => r.id).sort()).toEqual([w.practitioner.id, w.onCall.id].sort());
    const notices = (await sentMessages(t, w.clinic.id)).filter((m) => m.kind === 'alert');
    expect(notices.map((m) => m.recipient).sort()).toEqual([w.practitioner.email, w.onCall.email].sort());

    t.clock.set(new Date(respondBy.getTime() + 1000));
    await drain(t);
    const escalated = (await sentMessages(t, w.clinic.id)).filter((m) => m.kind === 'escalation');
    expect(escalated.map((m) => m.recipient)).toEqual([w.director.email]);
  });

  it('an acknowledged alert does not escalate; resolving closes it', async () => {
    const { w, token } = await dayThree();
    await post('/api/check-in-links/answers', {
      token,
      answers: { effects: { ...calmEffects, swelling: 3 }, redFlags: noRedFlags },
    });
    const [alert] = (
      await t.app.inject({
        method: 'GET',
        url: '/api/aftercare/dashboard',
        headers: w.onCall.browser.headers,
      })
    ).json<AftercareDashboard>().alerts;
    expect(alert!.level).toBe('review');
    const ack = await post(`/api/aftercare/alerts/${alert!.id}/acknowledge`, {}, w.onCall.browser.headers);
    expect(ack.json<AftercareAlert>()).toMatchObject({
      status: 'acknowledged',
      acknowledged: { by: { id: w.onCall.id } },
    });
    t.clock.set(new Date('2026-12-10T08:00:00Z'));
    await drain(t);
    await signInAgain(t, w);
    expect((await sentMessages(t, w.clinic.id)).filter((m) => m.kind === 'escalation')).toEqual([]);
    const resolved = await post(
      `/api/aftercare/alerts/${alert!.id}/resolve`,
      { note: 'Seen in clinic, settling.' },
      w.onCall.browser.headers,
    );
    expect(resolved.json<AftercareAlert>().status).toBe('resolved');
    const after = (
      await t.app.inject({
        method: 'GET',
        url: '/api/aftercare/dashboard',
        headers: w.onCall.browser.headers,
      })
    ).json<AftercareDashboard>();
    expect(after.alerts).toEqual([]);
  });

  it('an emergency tells the patient to call emergency services now', async () => {
    const { token } = await dayThree();
    const answered = await post('/api/check-in-links/answers', {
      token,
      answers: { effects: calmEffects, redFlags: { ...noRedFlags, breathing_or_lip_swelling: true } },
    });
    expect(answered.json<CheckInOutcome>()).toMatchObject({
      level: 'emergency',
      nextStep: {
        callEmergencyServices: true,
        emergencyNumber: '999',
        headline: 'Call emergency services now: 999',
      },
    });
  });

  it('lists a check-in missed after its one reminder', async () => {
    const { w, patient } = await dayThree();
    t.clock.set(new Date('2026-12-04T18:00:00Z'));
    await drain(t);
    t.clock.set(new Date('2026-12-05T08:30:00Z'));
    await drain(t);
    await signInAgain(t, w);
    const kinds = (await sentMessages(t, w.clinic.id)).map((m) => m.kind);
    // Days 1 and 2 had closed before their reminders' time came round in this test: only day 3's went.
    expect(kinds.filter((k) => k === 'check_in_reminder')).toHaveLength(1);
    const dashboard = (
      await t.app.inject({ method: 'GET', url: '/api/aftercare/dashboard', headers: w.admin.browser.headers })
    ).json<AftercareDashboard>();
    expect(dashboard.missedCheckIns.map((m) => [m.day, m.patient.id, m.reminderSentAt !== null])).toEqual([
      [1, patient.id, false],
      [2, patient.id, false],
      [3, patient.id, true],
    ]);
  });
});

describe('adverse events', () => {
  it('turns an alert into a record linked to the pen and lots, exported as JSON and PDF', async () => {
    const { w, patient, sessionId, token } = await dayThree();
    await post('/api/check-in-links/answers', {
      token,
      answers: { effects: calmEffects, redFlags: { ...noRedFlags, pus_or_crusts: true } },
    });
    const tab = (
      await t.app.inject({
        method: 'GET',
        url: `/api/patients/${patient.id}/aftercare`,
        headers: w.practitioner.browser.headers,
      })
    ).json<PatientAftercare>();
    const alertId = tab.alerts[0]!.id;
    const payload = {
      sessionId,
      alertId,
      term: 'bacterial_infection',
      description: 'Honey-coloured crusts on the left cheek on day 3.',
      onsetDay: 3,
      severityGrade: 2,
      seriousness: [],
      treatmentGiven: 'Topical fusidic acid for 7 days',
      outcome: 'recovering',
      causality: 'probable',
    };
    const recorded = await post(
      `/api/patients/${patient.id}/adverse-events`,
      payload,
      w.practitioner.browser.headers,
    );
    expect(recorded.statusCode, recorded.body).toBe(201);
    const event = recorded.json<AdverseEvent>();
    expect(event).toMatchObject({
      onsetDate: '2026-12-04',
      serious: false,
      alertId,
      device: { id: w.bookable.devices.pen },
    });
    expect(event.cartridgeLots.map((l) => l.lotNumber)).toEqual(['LOT-A1']);

    const json = await t.app.inject({
      method: 'GET',
      url: `/api/patients/${patient.id}/adverse-events/${event.id}/report`,
      headers: w.admin.browser.headers,
    });
    const report = json.json<AdverseEventReport>();
    expect(report.patient).toEqual({ initials: 'TP', ageYears: 36, sex: 'female' });
    expect(report).not.toHaveProperty('event.patientId');
    expect(report.procedure.zones).toEqual([
      { zone: 'cheeks', depthMm: 1.5 },
      { zone: 'forehead', depthMm: 0.5 },
    ]);
    const pdf = await t.app.inject({
      method: 'GET',
      url: `/api/patients/${patient.id}/adverse-events/${event.id}/report.pdf`,
      headers: w.director.browser.headers,
    });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const twice = await post(
      `/api/patients/${patient.id}/adverse-events`,
      payload,
      w.practitioner.browser.headers,
    );
    expect(twice.statusCode).toBe(409);
  });
});

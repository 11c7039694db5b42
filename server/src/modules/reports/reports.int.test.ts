import { REPORT_ROWS_HEADER, type ClinicReport } from '@corium/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import {
  addAdverseEvent,
  addCourse,
  addScore,
  addVisit,
  answerCheckIn,
  reportWorld,
  signedCourseSession,
  type ReportWorld,
} from './reports-test-kit';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const at = (iso: string) => new Date(`${iso}:00Z`);
const RANGE = 'from=2026-09&to=2026-11';

/**
 * A small clinic over September–November 2026 (London, so UTC outside summer time):
 * - course A (acne scars, pen P1, the first practitioner): sessions 10 Sep (1.0 mm) and 10 Oct
 *   (1.5 mm, two cartridges); Goodman–Baron 3 → 2 at 3 months: a responder;
 * - course B (acne scars and texture, pen P2, the second practitioner): one session 15 Sep at
 *   2.0 mm with a check-in triaged "review" and an adverse event; Goodman–Baron 3 → 3 before a
 *   session, and a 6-month 1 entered in error: not a responder;
 * - course C (melasma, RF): 1 Oct at 0.5 mm, check-in "emergency"; mMASI baseline only
 *   (excluded: no follow-up), the patient's GAIS "much improved" at 3 months (responder);
 * - course D started in August: outside the range;
 * - visits: a no-show in October, a cancellation and a booked visit in November.
 */
async function smallClinic(w: ReportWorld) {
  const [p1, p2, p3, p4] = await Promise.all([1, 2, 3, 4].map(() => w.clinic.addPatient()));
  const a = await addCourse(t, w, { patientId: p1!.id, concerns: ['acne_scars'] });
  const b = await addCourse(t, w, { patientId: p2!.id, concerns: ['acne_scars', 'texture'] });
  const c = await addCourse(t, w, { patientId: p3!.id, concerns: ['melasma'], modality: 'rf-microneedling' });
  const d = await addCourse(t, w, { patientId: p4!.id, concerns: ['acne_scars'] });
  const session = (patientId: string, series: string, number: number, startedAt: string, over = {}) =>
    signedCourseSession(t, w, {
      patientId,
      series: { id: series, number },
      startedAt: at(startedAt),
      ...over,
    });
  await session(p1!.id, a, 1, '2026-09-10T09:00', { zones: { cheeks: 1.0 } });
  await session(p1!.id, a, 2, '2026-10-10T09:00', { zones: { cheeks: 1.5, forehead: 0.5 }, cartridges: 2 });
  const b1 = await session(p2!.id, b, 1, '2026-09-15T09:00', {
    ...{ zones: { cheeks: 2.0 }, practitionerId: w.second.id, deviceId: w.bookable.devices.pen2 },
  });
  const c1 = await session(p3!.id, c, 1, '2026-10-01T09:00', {
    ...{ zones: { cheeks: 0.5 }, modality: 'rf-microneedling', deviceId: w.bookable.devices.rfUnit },
  });
  await session(p4!.id, d, 1, '2026-08-20T09:00');
  await answerCheckIn(t, b1, 'review');
  await answerCheckIn(t, c1, 'emergency');
  await addAdverseEvent(t, w, b1, p2!.id);
  const score = (
    patientId: string,
    seriesId: string,
    rest: Omit<Parameters<typeof addScore>[2], 'patientId' | 'seriesId'>,
  ) => addScore(t, w, { patientId, seriesId, ...rest });
  const gb = { scale: 'goodman_baron', concern: 'acne_scars' } as const;
  await score(p1!.id, a, { ...gb, timepoint: 'baseline', score: 3, ratedOn: '2026-09-10' });
  await score(p1!.id, a, { ...gb, timepoint: 'month_3', score: 2, ratedOn: '2026-11-25' });
  await score(p2!.id, b, { ...gb, timepoint: 'baseline', score: 3, ratedOn: '2026-09-15' });
  await score(p2!.id, b, { ...gb, timepoint: 'before_session', score: 3, ratedOn: '2026-10-15' });
  const wrong = await score(p2!.id, b, { ...gb, timepoint: 'month_6', score: 1, ratedOn: '2026-11-30' });
  await t.deps.db
    .updateTable('outcome_score')
    .set({
      entered_in_error_at: t.clock.now(),
      entered_in_error_by: w.director.id,
      entered_in_error_reason: 'Wrong patient',
    })
    .where('id', '=', wrong)
    .execute();
  await score(p3!.id, c, {
    scale: 'mmasi',
    concern: 'melasma',
    timepoint: 'baseline',
    score: 8.4,
    ratedOn: '2026-10-01',
  });
  await score(p3!.id, c, {
    scale: 'gais_patient',
    concern: null,
    timepoint: 'month_3',
    score: 2,
    ratedOn: '2026-11-28',
  });
  await score(p4!.id, d, { ...gb, timepoint: 'baseline', score: 4, ratedOn: '2026-08-20' });
  await addVisit(t, w, { patientId: p1!.id, startsAt: at('2026-10-20T10:00'), status: 'no_show' });
  await addVisit(t, w, { patientId: p2!.id, startsAt: at('2026-11-03T10:00'), status: 'cancelled' });
  await addVisit(t, w, { patientId: p3!.id, startsAt: at('2026-11-30T10:00'), status: 'booked' });
}

const get = (w: ReportWorld, url: string, who: 'admin' | 'director' = 'admin') =>
  t.app.inject({ method: 'GET', url, headers: w[who].browser.headers });

async function report(w: ReportWorld, query = RANGE): Promise<ClinicReport> {
  const response = await get(w, `/api/reports/clinic?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<ClinicReport>();
}

const find = <T extends { dimension: string; key: string }>(
  rows: T[],
  dimension: string,
  key: string,
  more = {},
) =>
  rows.filter(
    (r) =>
      r.dimension === dimension &&
      r.key === key &&
      Object.entries(more).every(([k, v]) => (r as Record<string, unknown>)[k] === v),
  );

describe('clinic report', () => {
  it('counts responders with honest denominators, side effects and the months’ operations', async () => {
    const w = await reportWorld(t);
    await smallClinic(w);
    const r = await report(w);
    expect(find(r.responders, 'concern', 'acne_scars', { scale: 'goodman_baron' })).toEqual([
      expect.objectContaining({
        evaluable: 2,
        responders: 1,
        rate: 0.5,
        excludedNoBaseline: 0,
        excludedNoFollowUp: 0,
      }),
    ]);
    expect(find(r.responders, 'concern', 'melasma', { scale: 'mmasi' })[0]).toMatchObject({
      evaluable: 0,
      excludedNoFollowUp: 1,
    });
    expect(find(r.responders, 'concern', 'melasma', { scale: 'gais_patient' })[0]).toMatchObject({
      evaluable: 1,
      responders: 1,
    });
    expect(find(r.responders, 'concern', 'texture')).toEqual([]);
    expect(find(r.responders, 'depth_band', 'over_1_0_to_1_5', { scale: 'goodman_baron' })[0]).toMatchObject({
      responders: 1,
      evaluable: 1,
    });
    expect(find(r.responders, 'depth_band', 'over_1_5', { scale: 'goodman_baron' })[0]).toMatchObject({
      responders: 0,
      evaluable: 1,
    });
    expect(find(r.responders, 'practitioner', w.second.id)[0]).toMatchObject({ evaluable: 1, responders: 0 });
    expect(find(r.responders, 'device', w.bookable.devices.pen, { scale: 'goodman_baron' })[0]).toMatchObject(
      { rate: 1 },
    );
    expect(find(r.responders, 'protocol', 'rf-microneedling', { scale: 'gais_patient' })[0]).toMatchObject({
      label: 'RF microneedling',
    });

    expect(find(r.sideEffects, 'protocol', 'microneedling')[0]).toMatchObject({
      sessions: 3,
      sessionsWithFlaggedCheckIn: 1,
      adverseEvents: 1,
    });
    expect(find(r.sideEffects, 'practitioner', w.practitionerId)[0]).toMatchObject({
      sessions: 3,
      flaggedRate: 1 / 3,
      adverseEventsPer100: 0,
    });
    expect(find(r.sideEffects, 'practitioner', w.second.id)[0]).toMatchObject({
      sessions: 1,
      flaggedRate: 1,
      adverseEventsPer100: 100,
    });
    expect(find(r.sideEffects, 'concern', 'acne_scars')[0]).toMatchObject({ sessions: 3 });

    expect(r.operations).toEqual([
      {
        month: '2026-09',
        appointments: 2,
        completed: 2,
        noShows: 0,
        cancelled: 0,
        noShowRate: 0,
        signedSessions: 2,
        cartridges: 2,
        cartridgesPerSession: 1,
      },
      {
        month: '2026-10',
        appointments: 3,
        completed: 2,
        noShows: 1,
        cancelled: 0,
        noShowRate: 1 / 3,
        signedSessions: 2,
        cartridges: 3,
        cartridgesPerSession: 1.5,
      },
      {
        month: '2026-11',
        appointments: 2,
        completed: 0,
        noShows: 0,
        cancelled: 1,
        noShowRate: null,
        signedSessions: 0,
        cartridges: 0,
        cartridgesPerSession: null,
      },
    ]);
  });

  it('narrows to a practitioner or a concern, and keeps to the caller’s clinic', async () => {
    const w = await reportWorld(t);
    await smallClinic(w);
    const other = await reportWorld(t);
    await smallClinic(other);
    const second = await report(w, `${RANGE}&practitionerId=${w.second.id}`);
    expect(find(second.responders, 'concern', 'acne_scars')[0]).toMatchObject({
      evaluable: 1,
      responders: 0,
    });
    expect(find(second.sideEffects, 'protocol', 'microneedling')[0]).toMatchObject({ sessions: 1 });
    const melasma = await report(w, `${RANGE}&concern=melasma`);
    expect(new Set(melasma.sideEffects.filter((s) => s.dimension === 'concern').map((s) => s.key))).toEqual(
      new Set(['melasma']),
    );
    const all = await report(w);
    expect(find(all.sideEffects, 'protocol', 'microneedling')[0]).toMatchObject({ sessions: 3 });
    expect(all.operations.reduce((n, m) => n + m.appointments, 0)).toBe(7);
    const foreignPen = await report(w, `${RANGE}&deviceId=${other.bookable.devices.pen}`);
    expect([foreignPen.responders, foreignPen.sideEffects]).toEqual([[], []]);
  });

  it('defaults to the last twelve months and refuses more than 24', async () => {
    const w = await reportWorld(t);
    const r = await report(w, '');
    expect([r.from, r.to, r.operations.length]).toEqual(['2026-01', '2026-12', 12]);
    const tooLong = await get(w, '/api/reports/clinic?from=2024-01&to=2026-01');
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json()).toMatchObject({ error: 'VALIDATION_FAILED' });
  });
});

describe('CSV exports', () => {
  it('streams the outcomes CSV with formula-safe cells, announces its rows and is audited', async () => {
    const w = await reportWorld(t);
    await smallClinic(w);
    await t.deps.db
      .updateTable('app_user')
      .set({ display_name: '=HYPERLINK("http://x")' })
      .where('id', '=', w.second.id)
      .execute();
    const response = await get(w, `/api/reports/outcomes.csv?${RANGE}`, 'director');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = response.body.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^section,dimension,group,scale,evaluable,responders,responder_rate/);
    expect(lines).toHaveLength(Number(response.headers[REPORT_ROWS_HEADER]) + 1);
    expect(lines).toContain('responders,concern,Acne scars,goodman_baron,2,1,0.5000,0,0,,,,,');
    expect(response.body).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(response.body).not.toMatch(/(^|,)=HYPERLINK/m);
    const audit = await t.deps.db
      .selectFrom('audit_event')
      .select(['action', 'actor_user_id', 'details'])
      .where('clinic_id', '=', w.clinicId)
      .where('resource_type', '=', 'clinic_report')
      .execute();
    expect(audit).toContainEqual(
      expect.objectContaining({
        action: 'export',
        actor_user_id: w.director.id,
        details: expect.objectContaining({ report: 'outcomes', from: '2026-09', to: '2026-11' }),
      }),
    );
  });

  it('streams the monthly operations CSV as a full month × location × service grid', async () => {
    const w = await reportWorld(t);
    await smallClinic(w);
    const services = await t.deps.db
      .selectFrom('service')
      .select(['id', 'name'])
      .where('clinic_id', '=', w.clinicId)
      .execute();
    const response = await get(w, `/api/reports/operations.csv?${RANGE}`);
    expect(response.statusCode).toBe(200);
    const lines = response.body.trimEnd().split('\r\n');
    expect(Number(response.headers[REPORT_ROWS_HEADER])).toBe(3 * services.length);
    expect(lines).toHaveLength(3 * services.length + 1);
    const microneedling = services.find((s) => s.id === w.bookable.services.microneedling_face);
    const october = lines.find((l) => l.startsWith(`2026-10,${w.clinic.name},${microneedling!.name},`));
    expect(october?.split(',').slice(3)).toEqual(['3', '2', '1', '0', '0.3333', '2', '3', '1.5000']);
    const exports = await t.deps.db
      .selectFrom('audit_event')
      .select('details')
      .where('clinic_id', '=', w.clinicId)
      .where('action', '=', 'export')
      .execute();
    expect(exports.map((e) => (e.details as { report: string }).report)).toEqual(['operations']);
  });
});

import type { FollowUpDue } from '@corium/contracts';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app';
import { drain } from '../aftercare/aftercare-test-kit';
import { followUpReminderJob, scheduleFollowUpScan } from './outcomes.jobs';
import { course, outcomeWorld, outcomesOf, recordScore, type OutcomeWorld } from './outcomes-test-kit';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

// Three sessions four weeks apart, the last on 26 August: month 3 falls due on 26 November,
// five days before the world's clock (1 December 2026).
const threeSessions = ['2026-07-01', '2026-07-29', '2026-08-26'];

const reminderJobs = () =>
  t.deps.db
    .selectFrom('outbox')
    .select(['id', 'status', 'payload'])
    .where('job', '=', followUpReminderJob.name)
    .execute();

describe('outcome follow-ups', () => {
  let w: OutcomeWorld;
  beforeAll(async () => {
    w = (await outcomeWorld(t)) as OutcomeWorld;
  });

  it('shows the schedule of a course of three, month 3 due after the last session', async () => {
    const patient = await w.clinic.addPatient();
    const { seriesId, sessionIds } = await course(t, w, patient.id, threeSessions);
    await recordScore(t, w.practitioner.browser, patient.id, {
      scale: 'goodman_baron',
      concern: 'acne_scars',
      timepoint: 'before_session',
      seriesId,
      sessionId: sessionIds[1]!,
      ratedOn: '2026-07-29',
      score: 3,
    });
    const read = await outcomesOf(t, w.practitioner.browser, `/api/patients/${patient.id}/outcomes`);
    const items = read.schedule.find((s) => s.seriesId === seriesId)!.items;
    expect(items.map((i) => `${i.timepoint}${i.sessionNumber ?? ''}:${i.dueOn}:${i.state}`)).toEqual([
      'baseline:2026-07-01:overdue',
      'before_session2:2026-07-29:done',
      'before_session3:2026-08-26:overdue',
      'month_3:2026-11-26:due',
      'month_6:2027-02-26:upcoming',
    ]);
  });

  it('reminds the patient once by e-mail, lists it for staff, and skips stopped, erased and rated courses', async () => {
    const { seriesId } = await course(t, w, w.patientId, threeSessions);
    const stopped = await w.clinic.addPatient({ withAccount: true });
    const stoppedCourse = await course(t, w, stopped.id, threeSessions);
    await t.deps.db
      .updateTable('treatment_series')
      .set({
        status: 'stopped',
        stopped_at: t.clock.now(),
        stopped_by: w.practitionerId,
        stop_reason: 'Patient moved away',
      })
      .where('id', '=', stoppedCourse.seriesId)
      .execute();
    const erased = await w.clinic.addPatient({ withAccount: true });
    await course(t, w, erased.id, threeSessions);
    await t.deps.db
      .updateTable('patient')
      .set({ restricted_at: t.clock.now() })
      .where('id', '=', erased.id)
      .execute();
    const rated = await w.clinic.addPatient({ withAccount: true });
    const ratedCourse = await course(t, w, rated.id, threeSessions);
    await recordScore(t, w.practitioner.browser, rated.id, {
      scale: 'goodman_baron',
      concern: 'acne_scars',
      timepoint: 'month_3',
      seriesId: ratedCourse.seriesId,
      ratedOn: '2026-11-30',
      score: 2,
    });

    await scheduleFollowUpScan(t.deps);
    await drain(t);
    // One job per due course; the patient of the first test has no e-mail address, so theirs sends nothing.
    const jobs = await reminderJobs();
    const remindedPatients = jobs.map((j) => (j.payload as { patientId: string }).patientId);
    expect(remindedPatients).toContain(w.patientId);
    expect(remindedPatients.filter((id) => [stopped.id, erased.id, rated.id].includes(id))).toEqual([]);
    expect(jobs.every((j) => j.status === 'done')).toBe(true);
    const sent = await t.deps.db
      .selectFrom('outcome_follow_up_reminder')
      .selectAll()
      .where('series_id', '=', seriesId)
      .execute();
    expect(sent).toMatchObject([{ timepoint: 'month_3', due_on: '2026-11-26', sent_at: expect.any(Date) }]);
    const mine = jobs.find((j) => (j.payload as { patientId: string }).patientId === w.patientId)!;
    const eml = await readFile(path.join(t.deps.mail.outboxDir!, `${mine.id}.eml`), 'utf8');
    expect(eml.replace(/=\r?\n/g, '')).toContain('/portal/progress');

    const list = await t.app.inject({
      method: 'GET',
      url: '/api/outcomes/follow-ups',
      headers: w.frontDesk.headers,
    });
    const due = list.json<{ followUps: FollowUpDue[] }>().followUps;
    expect(due.map((d) => [d.seriesId, d.timepoint, d.state, d.reminderSentAt !== null])).toContainEqual([
      seriesId,
      'month_3',
      'due',
      true,
    ]);
    const listed = new Set(due.map((d) => d.patientId));
    expect([stopped.id, erased.id, rated.id].filter((id) => listed.has(id))).toEqual([]);

    t.clock.advance(25 * 3_600_000);
    await drain(t);
    expect(await reminderJobs()).toHaveLength(jobs.length);
  });
});

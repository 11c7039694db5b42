import { z } from 'zod';
import type { Deps } from '../../deps';
import type { Trx } from '../../platform/db/database';
import { newId } from '../../platform/ids';
import { defineJob, type JobDefinition } from '../../platform/jobs/job';
import { enqueue } from '../../platform/jobs/outbox';
import { patientErased } from '../privacy/patient-access';
import { DUE_WINDOW_DAYS } from './core/follow-up-schedule';
import { addDays } from './core/calendar-days';
import { followUpMail } from './follow-up-mail';
import { clinicFollowUps } from './follow-ups';
import * as repo from './follow-ups.repo';
import { clinicToday } from './outcomes.repo';

/**
 * Follow-up reminders. A daily scan (one pending outbox job that queues the next, like the photo
 * reconcile) finds each course's 3- and 6-month follow-up that has fallen due and is not rated,
 * claims it in `outcome_follow_up_reminder` (unique per course and point: at most one e-mail,
 * ever) and queues the e-mail. The e-mail job reloads everything and sends nothing for a course
 * that was stopped, a patient merged into another record or restricted by erasure, or a follow-up
 * a clinician has rated since. The payload names the patient so an erasure cancels it too.
 */

const DAY_MS = 24 * 3_600_000;

const reminderPayload = z.object({ clinicId: z.uuid(), reminderId: z.uuid(), patientId: z.uuid() });

export const followUpReminderJob = defineJob<z.infer<typeof reminderPayload>, Deps>({
  name: 'outcomes.follow-up-reminder',
  payload: reminderPayload,
  async handle(deps, { clinicId, reminderId }, ctx) {
    const r = await repo.reminderRecipient(ctx.trx, clinicId, reminderId);
    if (!r || r.sent_at || !r.email || r.status === 'stopped' || r.merged_into || r.restricted_at) return;
    if (await patientErased(ctx.trx, clinicId, r.patient_id)) return;
    if (await repo.followUpRated(ctx.trx, clinicId, r.series_id, r.timepoint)) return;
    const mail = followUpMail({
      name: r.given_name,
      clinic: r.clinic_name,
      months: r.timepoint === 'month_3' ? 3 : 6,
      link: `${deps.config.publicUrl}/portal/progress`,
    });
    await deps.mail.send({ to: r.email, ...mail, idempotencyKey: ctx.outboxId });
    await repo.markReminderSent(ctx.trx, clinicId, reminderId, deps.clock.now());
  },
});

/**
 * Claims and queues the reminders of one clinic's follow-ups that fell due. Only a follow-up
 * still inside its due window is reminded: one long overdue when reminders began is left to
 * the staff list rather than mailed out of the blue.
 */
export async function queueDueReminders(trx: Trx, deps: Deps, clinicId: string): Promise<number> {
  const now = deps.clock.now();
  const today = await clinicToday(trx, clinicId, now);
  let queued = 0;
  for (const due of await clinicFollowUps(trx, clinicId, today)) {
    if (due.state !== 'due' || addDays(due.dueOn, DUE_WINDOW_DAYS) < today) continue;
    const id = newId();
    const claim = { id, clinicId, seriesId: due.seriesId, timepoint: due.timepoint, dueOn: due.dueOn, now };
    if (!(await repo.claimReminder(trx, claim))) continue;
    const payload = { clinicId, reminderId: id, patientId: due.patientId };
    await enqueue(trx, followUpReminderJob, payload, { clinicId, runAt: now });
    queued++;
  }
  return queued;
}

export const followUpScanJob = defineJob<Record<string, never>, Deps>({
  name: 'outcomes.follow-up-scan',
  payload: z.object({}).strict() as z.ZodType<Record<string, never>>,
  async handle(deps, _payload, ctx) {
    for (const { clinic_id } of await repo.clinicsWithCourses(ctx.trx))
      await queueDueReminders(ctx.trx, deps, clinic_id);
    await queueNextScan(ctx.trx, deps, ctx.outboxId, DAY_MS);
  },
});

async function queueNextScan(trx: Trx, deps: Deps, runningId: string | null, afterMs: number): Promise<void> {
  await repo.lockScanQueue(trx);
  if (await repo.pendingJob(trx, followUpScanJob.name, runningId)) return;
  const runAt = new Date(deps.clock.now().getTime() + afterMs);
  await enqueue(trx, followUpScanJob, {}, { clinicId: null, runAt });
}

/** Makes sure the daily scan is queued: called when a worker starts (a new installation gets its first). */
export const scheduleFollowUpScan = (deps: Deps): Promise<void> =>
  deps.db.transaction().execute((trx) => queueNextScan(trx, deps, null, 0));

export const outcomeJobs = [followUpReminderJob, followUpScanJob] as JobDefinition<never, Deps>[];

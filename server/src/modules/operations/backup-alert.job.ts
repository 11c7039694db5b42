import { z } from 'zod';
import type { Deps } from '../../deps';
import { defineJob } from '../../platform/jobs/job';
import { activeAdmins, findRun } from './backup-runs.repo';

/** Tells a clinic's admins that a backup failed, what the error said and where to look. */
export const backupFailedJob = defineJob<{ runId: string; clinicId: string }, Deps>({
  name: 'operations.backup-failed',
  payload: z.object({ runId: z.uuid(), clinicId: z.uuid() }),
  async handle(deps, { runId, clinicId }, ctx) {
    const run = await findRun(ctx.trx, runId);
    if (!run || run.status !== 'failed') return;
    const admins = await activeAdmins(ctx.trx, clinicId);
    for (const [index, admin] of admins.entries()) {
      await deps.mail.send({
        to: admin.email,
        subject: 'Corium: a backup failed',
        text: [
          `Hello ${admin.display_name},`,
          '',
          `The ${run.trigger} backup started at ${(run.started_at ?? run.queued_at).toISOString()} failed:`,
          '',
          `  ${run.error ?? 'no message'}`,
          '',
          `Backups go to ${deps.config.backups.dir}. Until one succeeds, the newest good backup is older`,
          `than you may think. See Operations in Corium (${deps.config.publicUrl}/staff/operations),`,
          'fix the cause (often a full disk or a folder Corium cannot write) and choose "Back up now".',
        ].join('\n'),
        // One message per admin, stable across retries of this job.
        idempotencyKey: `${ctx.outboxId}-${index}`,
      });
    }
  },
});

import { z } from 'zod';
import type { Deps } from '../../deps';
import type { BackupSchedule } from '../../platform/backup/schedule';
import { slotToQueue } from '../../platform/backup/schedule';
import type { Trx } from '../../platform/db/database';
import { newId } from '../../platform/ids';
import { defineJob } from '../../platform/jobs/job';
import { enqueue } from '../../platform/jobs/outbox';
import { performBackup } from './backup-runner';
import {
  failInterruptedRuns,
  insertScheduledRun,
  lastScheduledSlot,
  lockSchedule,
  pendingJob,
} from './backup-runs.repo';

/**
 * The schedule lives in the outbox: one pending job for the next slot, which queues the one after
 * when it runs. Any number of workers may pick it up (one holds its row), and the slot's unique
 * backup_run row makes a duplicate job for the same slot a no-op.
 */
export const scheduledBackupJob = defineJob<{ slot: string }, Deps>({
  name: 'operations.scheduled-backup',
  payload: z.object({ slot: z.iso.datetime() }),
  async handle(deps, { slot }, ctx) {
    const { schedule } = deps.config.backups;
    if (!schedule) return; // switched off since this slot was queued: nothing to do, nothing to queue
    const runId = newId();
    const claimed = await insertScheduledRun(deps.db, {
      id: runId,
      slot: new Date(slot),
      queuedAt: deps.clock.now(),
    });
    if (claimed) await performBackup(deps, runId);
    await queueNextSlot(ctx.trx, deps, schedule, ctx.outboxId);
  },
});

/** "Back up now": the run was recorded as queued by the request; this does it. */
export const manualBackupJob = defineJob<{ runId: string }, Deps>({
  name: 'operations.manual-backup',
  payload: z.object({ runId: z.uuid() }),
  async handle(deps, { runId }) {
    await performBackup(deps, runId);
  },
});

/**
 * Queues the next scheduled backup unless one is queued; called when a worker starts (so a new
 * installation, or one that was switched off over its slot, gets its backup) and by the job.
 */
export async function scheduleBackups(deps: Deps): Promise<void> {
  await settleInterruptedBackups(deps);
  const { schedule } = deps.config.backups;
  if (!schedule) return;
  await deps.db.transaction().execute((trx) => queueNextSlot(trx, deps, schedule, null));
}

async function queueNextSlot(
  trx: Trx,
  deps: Deps,
  schedule: BackupSchedule,
  runningOutboxId: string | null,
): Promise<void> {
  await lockSchedule(trx);
  if (await pendingJob(trx, scheduledBackupJob.name, runningOutboxId)) return;
  const now = deps.clock.now();
  const slot = slotToQueue(schedule, now, await lastScheduledSlot(trx));
  const runAt = slot.getTime() < now.getTime() ? now : slot;
  await enqueue(trx, scheduledBackupJob, { slot: slot.toISOString() }, { clinicId: null, runAt });
}

/**
 * On the embedded database this process is the only one backing up (the data-directory lock
 * sees to that), so a run still `running` at start was cut off: a shutdown that overran
 * SHUTDOWN_TIMEOUT_MS, a crash or a power cut. It is recorded as failed, not left spinning on
 * the admin screen. With an external PostgreSQL another process may be mid-backup, so only runs
 * started over a day ago count as cut off (no backup takes that long).
 */
async function settleInterruptedBackups(deps: Deps): Promise<void> {
  const now = deps.clock.now();
  const startedBefore = deps.config.databaseUrl ? new Date(now.getTime() - 24 * 3_600_000) : now;
  const settled = await failInterruptedRuns(
    deps.db,
    now,
    startedBefore,
    'Corium stopped before this backup finished.',
  );
  if (settled.length)
    deps.log.warn({ runs: settled.map((r) => r.id) }, 'backups cut off by a stop recorded as failed');
}

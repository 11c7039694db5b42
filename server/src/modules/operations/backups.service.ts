import type { BackupOverview, BackupRun } from '@corium/contracts';
import type { Deps } from '../../deps';
import { recordAudit } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import { describeSchedule } from '../../platform/backup/schedule';
import { newId } from '../../platform/ids';
import { enqueue } from '../../platform/jobs/outbox';
import { toBackupRun } from './backup-runs.mapper';
import {
  findQueuedManualRun,
  findRun,
  insertRun,
  lastFinished,
  pendingJob,
  recentRuns,
} from './backup-runs.repo';
import { manualBackupJob, scheduledBackupJob } from './backups.jobs';

const RECENT_RUNS = 20;

/** What the admin screen shows: the schedule, where files go, and the latest runs. */
export async function backupOverview(deps: Deps): Promise<BackupOverview> {
  const { backups } = deps.config;
  const [runs, lastSuccess, lastFailure, next] = await Promise.all([
    recentRuns(deps.db, RECENT_RUNS),
    lastFinished(deps.db, 'succeeded'),
    lastFinished(deps.db, 'failed'),
    pendingJob(deps.db, scheduledBackupJob.name, null),
  ]);
  return {
    schedule: {
      enabled: backups.schedule !== null,
      description: describeSchedule(backups.schedule),
      nextRunAt: backups.schedule && next ? next.run_at.toISOString() : null,
    },
    directory: backups.dir,
    keep: backups.keep,
    encrypted: backups.passphrase !== undefined,
    lastSuccess: lastSuccess ? toBackupRun(lastSuccess) : null,
    lastFailure: lastFailure ? toBackupRun(lastFailure) : null,
    runs: runs.map(toBackupRun),
  };
}

/**
 * "Back up now": queues a backup for the worker (a backup can take minutes; the screen follows
 * its progress). Asking again while one is still queued answers with that one.
 */
export async function requestBackup(deps: Deps, principal: Principal, meta: RequestMeta): Promise<BackupRun> {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const queued = await findQueuedManualRun(trx);
    if (queued) return toBackupRun(queued);
    const id = newId();
    await insertRun(trx, {
      id,
      trigger: 'manual',
      status: 'queued',
      requested_by: principal.userId,
      queued_at: now,
    });
    await enqueue(trx, manualBackupJob, { runId: id }, { clinicId: principal.clinicId, runAt: now });
    // A backup copies every patient's record: who asked for one belongs in the audit log.
    await recordAudit(
      trx,
      actorOf(principal, meta),
      { action: 'export', resourceType: 'backup', resourceId: id },
      now,
    );
    return toBackupRun((await findRun(trx, id))!);
  });
}

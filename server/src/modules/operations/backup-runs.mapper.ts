import type { BackupRun } from '@corium/contracts';
import type { BackupRunRow } from './backup-runs.repo';

export function toBackupRun(row: BackupRunRow): BackupRun {
  return {
    id: row.id,
    trigger: row.trigger,
    status: row.status,
    queuedAt: row.queued_at.toISOString(),
    startedAt: row.started_at?.toISOString() ?? null,
    finishedAt: row.finished_at?.toISOString() ?? null,
    durationMs:
      row.started_at && row.finished_at ? row.finished_at.getTime() - row.started_at.getTime() : null,
    file: row.file,
    sizeBytes: row.size_bytes === null ? null : Number(row.size_bytes),
    error: row.error,
  };
}

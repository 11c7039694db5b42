import type { BackupRun } from '@corium/contracts';

/** 1 536 000 → "1.5 MB": sizes as an operator reads them on a disk. */
export function fileSize(bytes: number | null): string {
  if (bytes === null) return '—';
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${value} bytes` : `${value.toFixed(1)} ${units[unit]}`;
}

/** The last part of a server path, whether it uses / or \\. */
export const fileName = (file: string): string => file.split(/[\\/]/).pop() ?? file;

/** 83 400 → "1 min 23 s"; under half a second → "under 1 s". */
export function duration(ms: number | null): string {
  if (ms === null) return '—';
  const seconds = Math.round(ms / 1000);
  if (seconds === 0) return 'under 1 s';
  if (seconds < 60) return `${seconds} s`;
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

export const triggerLabel: Record<BackupRun['trigger'], string> = {
  scheduled: 'Scheduled',
  manual: 'Back up now',
};

export const statusLabel: Record<BackupRun['status'], string> = {
  queued: 'Waiting to start',
  running: 'Backing up',
  succeeded: 'Succeeded',
  failed: 'Failed',
};

/** True while some run has not finished: the screen keeps following it. */
export const inProgress = (runs: readonly BackupRun[]): boolean =>
  runs.some((run) => run.status === 'queued' || run.status === 'running');

/** The failure to point out: only one newer than the last success still needs attention. */
export function unresolvedFailure(
  lastSuccess: BackupRun | null,
  lastFailure: BackupRun | null,
): BackupRun | null {
  if (!lastFailure) return null;
  if (!lastSuccess) return lastFailure;
  return (lastFailure.finishedAt ?? '') > (lastSuccess.finishedAt ?? '') ? lastFailure : null;
}

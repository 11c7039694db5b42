import { backupOverview, backupRun, type BackupOverview, type BackupRun } from '@corium/contracts';
import { request } from '../../lib/api';

/** Backups of the whole installation: admins only. */
export const operationsApi = {
  backups: (): Promise<BackupOverview> => request('GET', '/api/operations/backups', backupOverview),
  /** Queues a backup for the worker; while one is still queued, answers with that one. */
  backUpNow: (): Promise<BackupRun> => request('POST', '/api/operations/backups', backupRun),
};

import { mkdir, readdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Deps } from '../../deps';
import { writeBackup } from '../../platform/backup/backup';
import { ownDatabaseConnection } from '../../platform/backup/backup-database';
import { backupFileName, backupsToPrune } from '../../platform/backup/retention';
import { enqueue } from '../../platform/jobs/outbox';
import { backupFailedJob } from './backup-alert.job';
import { claimRun, clinicsWithAdmins, markFailed, markSucceeded } from './backup-runs.repo';

/**
 * Runs one queued backup: claims it (so a second worker never runs it too), writes the file into
 * BACKUP_DIR, keeps the newest BACKUP_KEEP, and records the outcome. A failure is recorded with
 * its message and every clinic's admins are e-mailed through the outbox; it is not thrown, so the
 * outbox does not retry a backup hours later in a slot that has passed.
 */
export async function performBackup(deps: Deps, runId: string): Promise<void> {
  if (!(await claimRun(deps.db, runId, deps.clock.now()))) return;
  try {
    const written = await writeBackupFile(deps);
    await markSucceeded(deps.db, runId, { at: deps.clock.now(), ...written });
    deps.log.info({ runId, ...written }, 'backup written');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    deps.log.error({ err: error, runId }, 'backup failed');
    await recordFailure(deps, runId, message);
  }
}

async function writeBackupFile(deps: Deps): Promise<{ file: string; sizeBytes: number }> {
  const { backups } = deps.config;
  // The folder holds every patient's record: readable by Corium's user only.
  await mkdir(backups.dir, { recursive: true, mode: 0o700 });
  const file = path.join(backups.dir, backupFileName(deps.clock.now()));
  await writeBackup({
    connection: await ownDatabaseConnection(deps.config),
    kind: deps.dbKind,
    dataDir: deps.config.dataDir,
    file,
    sealing: backups.passphrase ? { passphrase: backups.passphrase } : null,
    coriumVersion: deps.config.version,
    now: deps.clock.now(),
  });
  const { size } = await stat(file);
  await pruneOldBackups(backups.dir, backups.keep);
  return { file, sizeBytes: size };
}

async function pruneOldBackups(dir: string, keep: number): Promise<void> {
  for (const name of backupsToPrune(await readdir(dir), keep)) await unlink(path.join(dir, name));
}

async function recordFailure(deps: Deps, runId: string, message: string): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    await markFailed(trx, runId, { at: now, error: message.slice(0, 2000) });
    for (const { clinic_id: clinicId } of await clinicsWithAdmins(trx))
      await enqueue(trx, backupFailedJob, { runId, clinicId }, { clinicId, runAt: now });
  });
}

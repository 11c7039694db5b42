import { sql, type Insertable, type Selectable } from 'kysely';
import type { Executor } from '../../platform/db/database';
import type { BackupRunTable } from '../../platform/db/operations-schema';

/**
 * backup_run belongs to the installation, not to one clinic: a backup holds the whole database.
 * The admin screen of each clinic on this installation therefore sees the same runs.
 */
export type BackupRunRow = Selectable<BackupRunTable>;

export const insertRun = (db: Executor, run: Insertable<BackupRunTable>) =>
  db.insertInto('backup_run').values(run).execute();

/** A scheduled run for `slot`, unless one exists: the unique slot makes this race-free. */
export async function insertScheduledRun(
  db: Executor,
  run: { id: string; slot: Date; queuedAt: Date },
): Promise<boolean> {
  const inserted = await db
    .insertInto('backup_run')
    .values({ id: run.id, trigger: 'scheduled', slot: run.slot, status: 'queued', queued_at: run.queuedAt })
    .onConflict((oc) => oc.column('slot').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export const findQueuedManualRun = (db: Executor) =>
  db
    .selectFrom('backup_run')
    .selectAll()
    .where('trigger', '=', 'manual')
    .where('status', '=', 'queued')
    .orderBy('queued_at', 'desc')
    .executeTakeFirst();

/** queued → running; false when another process took it first or it is no longer queued. */
export async function claimRun(db: Executor, id: string, at: Date): Promise<boolean> {
  const claimed = await db
    .updateTable('backup_run')
    .set({ status: 'running', started_at: at })
    .where('id', '=', id)
    .where('status', '=', 'queued')
    .returning('id')
    .executeTakeFirst();
  return claimed !== undefined;
}

export const markSucceeded = (
  db: Executor,
  id: string,
  done: { at: Date; file: string; sizeBytes: number },
) =>
  db
    .updateTable('backup_run')
    .set({ status: 'succeeded', finished_at: done.at, file: done.file, size_bytes: done.sizeBytes })
    .where('id', '=', id)
    .execute();

export const markFailed = (db: Executor, id: string, failed: { at: Date; error: string }) =>
  db
    .updateTable('backup_run')
    .set({ status: 'failed', finished_at: failed.at, error: failed.error })
    .where('id', '=', id)
    .execute();

export const findRun = (db: Executor, id: string) =>
  db.selectFrom('backup_run').selectAll().where('id', '=', id).executeTakeFirst();

export const recentRuns = (db: Executor, limit: number) =>
  db.selectFrom('backup_run').selectAll().orderBy('queued_at', 'desc').limit(limit).execute();

export const lastFinished = (db: Executor, status: 'succeeded' | 'failed') =>
  db
    .selectFrom('backup_run')
    .selectAll()
    .where('status', '=', status)
    .orderBy('finished_at', 'desc')
    .limit(1)
    .executeTakeFirst();

export async function lastScheduledSlot(db: Executor): Promise<Date | null> {
  const row = await db
    .selectFrom('backup_run')
    .select((eb) => eb.fn.max('slot').as('slot'))
    .executeTakeFirst();
  return row?.slot ?? null;
}

/** Serialises everyone who queues scheduled backups (server start, the job re-queueing itself). */
export const lockSchedule = (db: Executor) =>
  sql`SELECT pg_advisory_xact_lock(hashtextextended('corium.backup-schedule', 7042025))`.execute(db);

/** A queued scheduled-backup job other than `exceptId` (the one running now). */
export async function pendingJob(db: Executor, job: string, exceptId: string | null) {
  let query = db
    .selectFrom('outbox')
    .select(['id', 'run_at'])
    .where('job', '=', job)
    .where('status', '=', 'pending');
  if (exceptId) query = query.where('id', '<>', exceptId);
  return query.orderBy('run_at').limit(1).executeTakeFirst();
}

/** Every clinic that has an active admin: each is told when a backup fails. */
export const clinicsWithAdmins = (db: Executor) =>
  db
    .selectFrom('app_user')
    .select('clinic_id')
    .distinct()
    .where('role', '=', 'admin')
    .where('disabled_at', 'is', null)
    .execute();

export const activeAdmins = (db: Executor, clinicId: string) =>
  db
    .selectFrom('app_user')
    .select(['email', 'display_name'])
    .where('clinic_id', '=', clinicId)
    .where('role', '=', 'admin')
    .where('disabled_at', 'is', null)
    .orderBy('email')
    .execute();

/** Runs left `running`, started before `startedBefore`, by a process that stopped mid-backup. */
export const failInterruptedRuns = (db: Executor, at: Date, startedBefore: Date, error: string) =>
  db
    .updateTable('backup_run')
    .set({ status: 'failed', finished_at: at, error })
    .where('status', '=', 'running')
    .where('started_at', '<', startedBefore)
    .returning('id')
    .execute();

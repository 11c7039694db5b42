import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/build-test-app';
import { backupOverview } from './backups.service';
import { scheduledBackupJob, scheduleBackups } from './backups.jobs';
import { newId } from '../../platform/ids';
import { enqueue } from '../../platform/jobs/outbox';
import { drainOutbox, useBackups } from './operations-test-kit';

let t: TestContext;
beforeEach(async () => {
  t = await createTestContext();
  await useBackups(t, { schedule: { kind: 'daily', minuteOfDay: 150 } });
  t.clock.set(new Date('2026-11-26T08:00:00Z'));
});
afterEach(() => t.close());

const pendingSlots = async () =>
  (
    await t.deps.db
      .selectFrom('outbox')
      .select(['payload', 'run_at'])
      .where('job', '=', scheduledBackupJob.name)
      .where('status', '=', 'pending')
      .orderBy('run_at')
      .execute()
  ).map((row) => (row.payload as { slot: string }).slot);

const scheduledRuns = () =>
  t.deps.db
    .selectFrom('backup_run')
    .select(['slot', 'status'])
    .where('trigger', '=', 'scheduled')
    .orderBy('slot')
    .execute();

describe('scheduled backups', () => {
  it('queues one job however many processes start at once, catching up on a slot missed while off', async () => {
    await Promise.all([scheduleBackups(t.deps), scheduleBackups(t.deps), scheduleBackups(t.deps)]);
    expect(await pendingSlots()).toEqual(['2026-11-26T02:30:00.000Z']);
  });

  it('runs each slot once, then queues the next', async () => {
    await scheduleBackups(t.deps);
    await drainOutbox(t);
    expect(await scheduledRuns()).toEqual([{ slot: new Date('2026-11-26T02:30:00Z'), status: 'succeeded' }]);
    expect(await pendingSlots()).toEqual(['2026-11-27T02:30:00.000Z']);

    // A second job for a slot that already ran (a race between two starting processes) does nothing.
    await t.deps.db
      .transaction()
      .execute((trx) =>
        enqueue(
          trx,
          scheduledBackupJob,
          { slot: '2026-11-26T02:30:00.000Z' },
          { clinicId: null, runAt: t.clock.now() },
        ),
      );
    await drainOutbox(t);
    expect(await scheduledRuns()).toHaveLength(1);
    expect(await pendingSlots()).toEqual(['2026-11-27T02:30:00.000Z']);

    t.clock.set(new Date('2026-11-27T02:30:05Z'));
    await scheduleBackups(t.deps); // a restart meanwhile changes nothing
    await drainOutbox(t);
    expect((await scheduledRuns()).map((r) => r.status)).toEqual(['succeeded', 'succeeded']);
    expect(await pendingSlots()).toEqual(['2026-11-28T02:30:00.000Z']);
    const seen = await backupOverview(t.deps);
    expect(seen.schedule).toEqual({
      enabled: true,
      description: 'Daily at 02:30 UTC',
      nextRunAt: '2026-11-28T02:30:00.000Z',
    });
    expect(seen.lastSuccess!.trigger).toBe('scheduled');
  });

  it('stops when the schedule is switched off', async () => {
    await scheduleBackups(t.deps);
    t.deps.config = { ...t.deps.config, backups: { ...t.deps.config.backups, schedule: null } };
    await drainOutbox(t);
    expect(await scheduledRuns()).toEqual([]);
    expect(await pendingSlots()).toEqual([]);
    await scheduleBackups(t.deps);
    expect(await pendingSlots()).toEqual([]);
  });

  it('records a backup cut off by a stop as failed when the embedded database starts again', async () => {
    const id = newId();
    const earlier = new Date('2026-11-26T02:30:00Z');
    await t.deps.db
      .insertInto('backup_run')
      .values({ id, trigger: 'manual', status: 'running', queued_at: earlier, started_at: earlier })
      .execute();
    // With an external PostgreSQL another process may still be at it: a run from this morning stays.
    await scheduleBackups(t.deps);
    expect((await backupOverview(t.deps)).runs[0]).toMatchObject({ id, status: 'running' });
    t.deps.config = { ...t.deps.config, databaseUrl: undefined };
    await scheduleBackups(t.deps);
    const seen = await backupOverview(t.deps);
    expect(seen.lastFailure).toMatchObject({
      id,
      status: 'failed',
      error: 'Corium stopped before this backup finished.',
    });
  });
});

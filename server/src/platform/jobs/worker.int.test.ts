import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestContext, type TestContext } from '../../../test/build-test-app';
import { defineJob } from './job';
import { enqueue } from './outbox';
import { createDrainer } from './worker';

let t: TestContext;
beforeEach(async () => {
  t = await createTestContext();
});
afterEach(() => t.close());

interface Seen {
  calls: { id: string; outboxId: string; attempt: number }[];
  failUntilAttempt: number;
}

const recordingJob = defineJob<{ id: string }, Seen>({
  name: 'test.record',
  payload: z.object({ id: z.string() }),
  async handle(seen, payload, ctx) {
    seen.calls.push({ id: payload.id, outboxId: ctx.outboxId, attempt: ctx.attempt });
    // Written in the worker's transaction: must vanish when the handler then fails.
    await ctx.trx
      .insertInto('clinic')
      .values({ id: crypto.randomUUID(), name: `from job ${ctx.attempt}`, time_zone: 'UTC' })
      .execute();
    if (ctx.attempt < seen.failUntilAttempt) throw new Error(`transient failure ${ctx.attempt}`);
  },
});

const drainer = (seen: Seen) =>
  createDrainer({
    db: t.deps.db,
    deps: seen,
    jobs: [recordingJob as never],
    log: pino({ level: 'silent' }),
    clock: t.clock,
    pollMs: 50,
  });

const outboxRows = () => t.deps.db.selectFrom('outbox').selectAll().orderBy('created_at').execute();
const clinicsNamed = async (prefix: string) =>
  (await t.deps.db.selectFrom('clinic').select('name').where('name', 'like', `${prefix}%`).execute()).length;

describe('outbox and worker', () => {
  it('writes nothing when the transaction that enqueued rolls back', async () => {
    await expect(
      t.deps.db.transaction().execute(async (trx) => {
        await enqueue(trx, recordingJob as never, { id: 'a' }, { clinicId: null, runAt: t.clock.now() });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await outboxRows()).toEqual([]);
  });

  it('runs a due job once, passing the outbox id as idempotency key', async () => {
    const id = await t.deps.db
      .transaction()
      .execute((trx) =>
        enqueue(trx, recordingJob as never, { id: 'a' }, { clinicId: null, runAt: t.clock.now() }),
      );
    const seen: Seen = { calls: [], failUntilAttempt: 0 };
    expect(await drainer(seen).drain()).toBe(1);
    expect(seen.calls).toEqual([{ id: 'a', outboxId: id, attempt: 1 }]);
    expect(await outboxRows()).toMatchObject([{ status: 'done', attempts: 1, last_error: null }]);
    expect(await drainer(seen).drain()).toBe(0);
  });

  it('waits for run_at before running a job', async () => {
    const runAt = new Date(t.clock.now().getTime() + 60_000);
    await t.deps.db
      .transaction()
      .execute((trx) => enqueue(trx, recordingJob as never, { id: 'later' }, { clinicId: null, runAt }));
    const seen: Seen = { calls: [], failUntilAttempt: 0 };
    expect(await drainer(seen).drain()).toBe(0);
    t.clock.advance(60_000);
    expect(await drainer(seen).drain()).toBe(1);
  });

  it('retries a failing job with backoff, undoing its writes, until it succeeds', async () => {
    await t.deps.db
      .transaction()
      .execute((trx) =>
        enqueue(trx, recordingJob as never, { id: 'b' }, { clinicId: null, runAt: t.clock.now() }),
      );
    const seen: Seen = { calls: [], failUntilAttempt: 3 };
    await drainer(seen).drain();
    let [row] = await outboxRows();
    expect(row).toMatchObject({ status: 'pending', attempts: 1, last_error: 'transient failure 1' });
    expect(row!.run_at.getTime()).toBe(t.clock.now().getTime() + 5_000);
    expect(await clinicsNamed('from job')).toBe(0);
    t.clock.advance(5_000);
    await drainer(seen).drain();
    t.clock.advance(10_000);
    await drainer(seen).drain();
    [row] = await outboxRows();
    expect(row).toMatchObject({ status: 'done', attempts: 3 });
    expect(await clinicsNamed('from job')).toBe(1);
  });

  it('records a job it has no handler for as failed, and still runs the next one', async () => {
    const orphan = { ...recordingJob, name: 'test.unknown' };
    await t.deps.db.transaction().execute(async (trx) => {
      await enqueue(trx, orphan as never, { id: 'x' }, { clinicId: null, runAt: t.clock.now() });
      await enqueue(trx, recordingJob as never, { id: 'y' }, { clinicId: null, runAt: t.clock.now() });
    });
    const seen: Seen = { calls: [], failUntilAttempt: 0 };
    expect(await drainer(seen).drain()).toBe(2);
    expect(seen.calls.map((c) => c.id)).toEqual(['y']);
    const rows = await outboxRows();
    expect(rows.find((r) => r.job === 'test.unknown')).toMatchObject({
      status: 'pending',
      last_error: 'No handler for job "test.unknown"',
    });
  });

  it('gives up after max_attempts and marks the job dead', async () => {
    await t.deps.db
      .transaction()
      .execute((trx) =>
        enqueue(trx, recordingJob as never, { id: 'c' }, { clinicId: null, runAt: t.clock.now() }),
      );
    await t.deps.db.updateTable('outbox').set({ max_attempts: 2 }).execute();
    const seen: Seen = { calls: [], failUntilAttempt: 99 };
    await drainer(seen).drain();
    t.clock.advance(5_000);
    await drainer(seen).drain();
    expect(await outboxRows()).toMatchObject([{ status: 'dead', attempts: 2 }]);
    t.clock.advance(3_600_000);
    expect(await drainer(seen).drain()).toBe(0);
  });

  it('shares the outbox between concurrent workers without running any job twice', async () => {
    await t.deps.db.transaction().execute(async (trx) => {
      for (let i = 0; i < 40; i++)
        await enqueue(trx, recordingJob as never, { id: `j${i}` }, { clinicId: null, runAt: t.clock.now() });
    });
    const seen: Seen = { calls: [], failUntilAttempt: 0 };
    const counts = await Promise.all([drainer(seen).drain(), drainer(seen).drain(), drainer(seen).drain()]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(40);
    expect(new Set(seen.calls.map((c) => c.id)).size).toBe(40);
    expect(seen.calls).toHaveLength(40);
  });
});

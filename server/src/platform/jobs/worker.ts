import { sql } from 'kysely';
import type { Logger } from 'pino';
import type { Db } from '../db/database';
import type { Clock } from '../clock';
import { retryDelayMs } from './backoff';
import type { JobDefinition } from './job';

export interface WorkerOptions<Deps> {
  db: Db;
  deps: Deps;
  jobs: readonly JobDefinition<never, Deps>[];
  log: Logger;
  clock: Clock;
  pollMs: number;
}

export interface OutboxDrainer {
  /** Runs due jobs until none is left; returns how many ran (succeeded or failed). */
  drain(): Promise<number>;
}

export interface Worker extends OutboxDrainer {
  stop(): Promise<void>;
}

type Outcome = 'ran' | 'empty';

/**
 * Drains the outbox. Each job runs in its own transaction holding its row with
 * FOR UPDATE SKIP LOCKED, so any number of workers (in-process or `corium worker`) share one
 * outbox without running a job twice at the same time.
 */
export function createDrainer<Deps>(
  options: WorkerOptions<Deps>,
  /** Checked between jobs: a stopping worker finishes the job in hand and takes no other. */
  keepGoing: () => boolean = () => true,
): OutboxDrainer {
  const byName = new Map(options.jobs.map((job) => [job.name, job]));
  const runOne = (): Promise<Outcome> => runNextJob(options, byName);

  const drain = async (): Promise<number> => {
    let count = 0;
    while (keepGoing() && (await runOne()) === 'ran') count++;
    return count;
  };
  return { drain };
}

/** A worker that polls until stopped; stop() waits for the job in hand to finish. */
export function startWorker<Deps>(options: WorkerOptions<Deps>): Worker {
  let running = true;
  const worker = createDrainer(options, () => running);
  let wake: (() => void) | undefined;
  const loop = (async () => {
    while (running) {
      await worker
        .drain()
        .catch((error: unknown) => options.log.error({ err: error }, 'outbox drain failed'));
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, options.pollMs).unref();
      });
    }
  })();
  return {
    drain: worker.drain,
    stop: async () => {
      running = false;
      wake?.();
      await loop;
    },
  };
}

async function runNextJob<Deps>(
  options: WorkerOptions<Deps>,
  byName: Map<string, JobDefinition<never, Deps>>,
): Promise<Outcome> {
  return options.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('outbox')
      .select(['id', 'job', 'payload', 'attempts', 'max_attempts'])
      .where('status', '=', 'pending')
      .where('run_at', '<=', options.clock.now())
      .orderBy('run_at')
      .limit(1)
      .forUpdate()
      .skipLocked()
      .executeTakeFirst();
    if (!row) return 'empty';
    const attempt = row.attempts + 1;
    const job = byName.get(row.job);
    // A failing handler's own writes are undone; the failure itself is still recorded.
    await sql`SAVEPOINT job`.execute(trx);
    try {
      if (!job) throw new Error(`No handler for job "${row.job}"`);
      await job.handle(options.deps, job.payload.parse(row.payload) as never, {
        outboxId: row.id,
        attempt,
        trx,
      });
      await trx
        .updateTable('outbox')
        .set({ status: 'done', attempts: attempt, done_at: options.clock.now(), last_error: null })
        .where('id', '=', row.id)
        .execute();
    } catch (error) {
      await sql`ROLLBACK TO SAVEPOINT job`.execute(trx);
      const dead = attempt >= row.max_attempts;
      options.log.warn({ err: error, job: row.job, outboxId: row.id, attempt, dead }, 'job failed');
      await trx
        .updateTable('outbox')
        .set({
          status: dead ? 'dead' : 'pending',
          attempts: attempt,
          last_error: String((error as Error).message ?? error).slice(0, 2000),
          run_at: new Date(options.clock.now().getTime() + retryDelayMs(attempt)),
        })
        .where('id', '=', row.id)
        .execute();
    }
    return 'ran';
  });
}

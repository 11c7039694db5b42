import { z } from 'zod';
import type { Deps } from '../../deps';
import type { Trx } from '../../platform/db/database';
import { defineJob } from '../../platform/jobs/job';
import { enqueue } from '../../platform/jobs/outbox';
import { ORPHAN_AGE_MS, reconcilePhotoFiles } from './photo-reconcile';
import * as repo from './photos.repo';

/**
 * Reconciling runs an hour after the first upload and then hourly, as one pending outbox job
 * that queues its successor. Every upload makes sure it is queued before writing any file, so a
 * file left by a crash always has a reconcile coming for it.
 */
export const photoReconcileJob = defineJob<Record<string, never>, Deps>({
  name: 'photos.reconcile',
  payload: z.object({}).strict() as z.ZodType<Record<string, never>>,
  async handle(deps, _payload, ctx) {
    await reconcilePhotoFiles(deps);
    await queueNext(ctx.trx, deps, ctx.outboxId);
  },
});

async function queueNext(db: Trx, deps: Deps, runningId: string | null): Promise<void> {
  await repo.lockReconcileQueue(db);
  if (await repo.pendingJob(db, photoReconcileJob.name, runningId)) return;
  const runAt = new Date(deps.clock.now().getTime() + ORPHAN_AGE_MS);
  await enqueue(db, photoReconcileJob, {}, { clinicId: null, runAt });
}

/** Called by every upload before its files are written. */
export const queueReconcile = (deps: Deps): Promise<void> =>
  deps.db.transaction().execute((trx) => queueNext(trx, deps, null));

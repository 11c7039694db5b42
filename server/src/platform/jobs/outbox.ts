import type { Trx } from '../db/database';
import { newId } from '../ids';
import type { JobDefinition } from './job';

export interface EnqueueOptions {
  clinicId: string | null;
  /** When the job becomes due: usually `deps.clock.now()`, later for reminders. */
  runAt: Date;
}

/**
 * Writes a job into the outbox inside the caller's transaction, so the message exists if and
 * only if the change that caused it commits.
 */
export async function enqueue<Payload>(
  trx: Trx,
  job: JobDefinition<Payload, never>,
  payload: Payload,
  options: EnqueueOptions,
): Promise<string> {
  const id = newId();
  await trx
    .insertInto('outbox')
    .values({
      id,
      clinic_id: options.clinicId,
      job: job.name,
      payload: JSON.stringify(job.payload.parse(payload)),
      run_at: options.runAt,
    })
    .execute();
  return id;
}

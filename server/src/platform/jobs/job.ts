import type { z } from 'zod';
import type { Trx } from '../db/database';

export interface JobContext {
  /** The outbox row id: the idempotency key a handler passes on (e.g. as the e-mail Message-ID). */
  outboxId: string;
  attempt: number;
  /** The worker's transaction; writes made here commit together with marking the job done. */
  trx: Trx;
}

/**
 * A typed job: its payload carries ids only, and the handler reloads current state, so a job
 * that runs late or twice still does the right thing.
 */
export interface JobDefinition<Payload, Deps> {
  name: string;
  payload: z.ZodType<Payload>;
  handle(deps: Deps, payload: Payload, ctx: JobContext): Promise<void>;
}

export function defineJob<Payload, Deps>(job: JobDefinition<Payload, Deps>): JobDefinition<Payload, Deps> {
  return job;
}

import { AppError } from '../errors/app-error';

/** Runs work a few at a time; the rest wait their turn, and beyond a queue's length are refused. */
export interface Turns {
  run<T>(work: () => Promise<T>): Promise<T>;
  /** Running now, and waiting: for metrics and tests. */
  readonly load: { running: number; waiting: number };
}

/**
 * At most `running` pieces of work at once, in arrival order. When `waiting` are already queued
 * the next one is refused with 503 and a retry hint rather than held in memory indefinitely.
 */
export function createTurns(limits: { running: number; waiting: number; what: string }): Turns {
  let running = 0;
  const queue: (() => void)[] = [];
  async function run<T>(work: () => Promise<T>): Promise<T> {
    if (running >= limits.running) {
      if (queue.length >= limits.waiting)
        throw new AppError('SERVICE_UNAVAILABLE', `Too many ${limits.what} at once; try again in a moment.`, {
          retryAfterSeconds: 5,
        });
      // The finishing piece of work hands its slot over, so `running` never drops in between.
      await new Promise<void>((resolve) => queue.push(resolve));
    } else running += 1;
    try {
      return await work();
    } finally {
      if (queue.length > 0) queue.shift()!();
      else running -= 1;
    }
  }
  return {
    run,
    get load() {
      return { running, waiting: queue.length };
    },
  };
}

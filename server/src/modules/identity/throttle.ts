import type { Executor } from '../../platform/db/database';
import { AppError } from '../../platform/errors/app-error';
import * as repo from './credentials.repo';
import { afterFailure, retryAfterSeconds, type ThrottleRule } from './throttle-rules';

export interface ThrottleKey {
  key: string;
  rule: ThrottleRule;
}

/** Refuses the attempt before any password or code is checked while a key is blocked. */
export async function assertNotThrottled(db: Executor, keys: ThrottleKey[], now: Date): Promise<void> {
  const rows = await repo.findThrottles(
    db,
    keys.map((k) => k.key),
  );
  const wait = Math.max(0, ...rows.map((r) => retryAfterSeconds(toState(r), now)));
  if (wait > 0) {
    throw new AppError('RATE_LIMITED', `Too many attempts. Try again in ${Math.ceil(wait / 60)} minute(s).`, {
      retryAfterSeconds: wait,
    });
  }
}

export async function recordFailure(db: Executor, keys: ThrottleKey[], now: Date): Promise<void> {
  const rows = await repo.findThrottles(
    db,
    keys.map((k) => k.key),
  );
  for (const { key, rule } of keys) {
    const current = rows.find((r) => r.key === key);
    const next = afterFailure(current ? toState(current) : undefined, rule, now);
    await repo.saveThrottle(db, {
      key,
      failures: next.failures,
      window_start: next.windowStart,
      blocked_until: next.blockedUntil,
    });
  }
}

export const clearFailures = (db: Executor, key: string) => repo.clearThrottle(db, key);

const toState = (r: { failures: number; window_start: Date; blocked_until: Date | null }) => ({
  failures: r.failures,
  windowStart: r.window_start,
  blockedUntil: r.blocked_until,
});

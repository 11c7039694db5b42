/**
 * Brute-force limits for sign-in and TOTP. Counters live in PostgreSQL so that every Corium
 * process shares them. An account is only ever blocked for minutes — a real user is never
 * locked out for good — while an address that keeps failing is blocked longer.
 */
export interface ThrottleRule {
  /** Failures allowed within `windowMs` before blocking. */
  maxFailures: number;
  windowMs: number;
  /** Blocking doubles with each failure past the limit, from `baseBlockMs` up to `maxBlockMs`. */
  baseBlockMs: number;
  maxBlockMs: number;
}

const minute = 60_000;

export const rules = {
  // 5 wrong passwords in 15 min → 1 min, then 2, 4, 8, 15 min at most.
  account: { maxFailures: 5, windowMs: 15 * minute, baseBlockMs: minute, maxBlockMs: 15 * minute },
  // 30 failures from one address in 15 min (several people behind one clinic router) → 5 min, up to 1 h.
  ip: { maxFailures: 30, windowMs: 15 * minute, baseBlockMs: 5 * minute, maxBlockMs: 60 * minute },
  totp: { maxFailures: 5, windowMs: 15 * minute, baseBlockMs: minute, maxBlockMs: 15 * minute },
} satisfies Record<string, ThrottleRule>;

export interface ThrottleState {
  failures: number;
  windowStart: Date;
  blockedUntil: Date | null;
}

/** Seconds until another attempt is allowed, or 0. */
export function retryAfterSeconds(state: ThrottleState | undefined, now: Date): number {
  if (!state?.blockedUntil) return 0;
  return Math.max(0, Math.ceil((state.blockedUntil.getTime() - now.getTime()) / 1000));
}

export function afterFailure(state: ThrottleState | undefined, rule: ThrottleRule, now: Date): ThrottleState {
  const expired = !state || now.getTime() - state.windowStart.getTime() > rule.windowMs;
  const failures = expired ? 1 : state.failures + 1;
  const windowStart = expired ? now : state.windowStart;
  const over = failures - rule.maxFailures;
  const blockMs = over > 0 ? Math.min(rule.baseBlockMs * 2 ** (over - 1), rule.maxBlockMs) : 0;
  return { failures, windowStart, blockedUntil: blockMs > 0 ? new Date(now.getTime() + blockMs) : null };
}

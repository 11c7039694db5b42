import type { Role } from '@corium/contracts';

/** Idle timeouts: staff screens sit in shared rooms, so they lock sooner than the portal. */
export const idleTimeoutMs = (role: Role): number => (role === 'patient' ? 30 : 15) * 60_000;

/** However active, a session ends after 12 hours and the user signs in again. */
export const ABSOLUTE_LIFETIME_MS = 12 * 60 * 60_000;

/** last_seen_at is written at most once a minute, not on every request. */
export const TOUCH_INTERVAL_MS = 60_000;

export interface SessionTimes {
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

export type SessionState = 'active' | 'active-touch' | 'expired';

export function sessionState(role: Role, times: SessionTimes, now: Date): SessionState {
  const t = now.getTime();
  if (t >= times.expiresAt.getTime()) return 'expired';
  if (t - times.lastSeenAt.getTime() >= idleTimeoutMs(role)) return 'expired';
  return t - times.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS ? 'active-touch' : 'active';
}

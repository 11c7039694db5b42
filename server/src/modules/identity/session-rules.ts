import type { Role } from '@corium/contracts';

/** From config (SESSION_IDLE_STAFF_MIN, SESSION_IDLE_PATIENT_MIN, SESSION_MAX_HOURS). */
export interface SessionLimits {
  /** Staff screens sit in shared rooms, so they lock sooner than the portal: 15 min by default. */
  staffIdleMs: number;
  /** 30 min by default. */
  patientIdleMs: number;
  /** However active, a session ends after this (12 hours by default) and the user signs in again. */
  absoluteMs: number;
}

const idleTimeoutMs = (role: Role, limits: SessionLimits): number =>
  role === 'patient' ? limits.patientIdleMs : limits.staffIdleMs;

/** last_seen_at is written at most once a minute, not on every request. */
export const TOUCH_INTERVAL_MS = 60_000;

export interface SessionTimes {
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

export type SessionState = 'active' | 'active-touch' | 'expired';

export function sessionState(
  role: Role,
  times: SessionTimes,
  now: Date,
  limits: SessionLimits,
): SessionState {
  const t = now.getTime();
  if (t >= times.expiresAt.getTime()) return 'expired';
  if (t - times.lastSeenAt.getTime() >= idleTimeoutMs(role, limits)) return 'expired';
  return t - times.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS ? 'active-touch' : 'active';
}

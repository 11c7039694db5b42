import { describe, expect, it } from 'vitest';
import { sessionState, type SessionLimits } from './session-rules';

const limits: SessionLimits = {
  staffIdleMs: 15 * 60_000,
  patientIdleMs: 30 * 60_000,
  absoluteMs: 12 * 3_600_000,
};
const ABSOLUTE_LIFETIME_MS = limits.absoluteMs;

const minutes = (n: number): number => n * 60_000;
const start = new Date('2026-03-29T00:30:00Z'); // spans the UK clock change: durations, not wall time
const times = (lastSeenAgoMin: number, now: Date) => ({
  createdAt: start,
  lastSeenAt: new Date(now.getTime() - minutes(lastSeenAgoMin)),
  expiresAt: new Date(start.getTime() + ABSOLUTE_LIFETIME_MS),
});

describe('sessionState', () => {
  const now = new Date(start.getTime() + minutes(120));

  it.each([
    ['practitioner', 0, 'active'],
    ['practitioner', 1, 'active-touch'],
    ['practitioner', 14.9, 'active-touch'],
    ['practitioner', 15, 'expired'],
    ['patient', 15, 'active-touch'],
    ['patient', 29.9, 'active-touch'],
    ['patient', 30, 'expired'],
  ] as const)('%s idle %s min → %s', (role, idle, expected) => {
    expect(sessionState(role, times(idle, now), now, limits)).toBe(expected);
  });

  it('ends a busy session at its absolute lifetime', () => {
    const late = new Date(start.getTime() + ABSOLUTE_LIFETIME_MS);
    expect(sessionState('admin', times(0, late), late, limits)).toBe('expired');
    const justBefore = new Date(late.getTime() - 1);
    expect(sessionState('admin', times(0, justBefore), justBefore, limits)).toBe('active');
  });
});

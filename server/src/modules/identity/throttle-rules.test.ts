import { describe, expect, it } from 'vitest';
import { afterFailure, retryAfterSeconds, rules, type ThrottleState } from './throttle-rules';

const at = (minutes: number): Date => new Date(Date.UTC(2026, 10, 25, 9, 0) + minutes * 60_000);

function fail(times: number, rule = rules.account, start?: ThrottleState): ThrottleState | undefined {
  let state = start;
  for (let i = 0; i < times; i++) state = afterFailure(state, rule, at(0));
  return state;
}

describe('sign-in throttling', () => {
  it('allows five wrong passwords, then blocks for 1, 2, 4 … minutes', () => {
    expect(retryAfterSeconds(fail(5), at(0))).toBe(0);
    expect(retryAfterSeconds(fail(6), at(0))).toBe(60);
    expect(retryAfterSeconds(fail(7), at(0))).toBe(120);
    expect(retryAfterSeconds(fail(8), at(0))).toBe(240);
  });

  it('never blocks an account for more than 15 minutes', () => {
    expect(retryAfterSeconds(fail(50), at(0))).toBe(15 * 60);
    expect(retryAfterSeconds(fail(50), at(15))).toBe(0);
  });

  it('starts counting afresh after a quiet window', () => {
    const state = fail(5)!;
    expect(afterFailure(state, rules.account, at(16))).toEqual({
      failures: 1,
      windowStart: at(16),
      blockedUntil: null,
    });
  });

  it('tolerates a busy clinic router before blocking an address', () => {
    expect(retryAfterSeconds(fail(30, rules.ip), at(0))).toBe(0);
    expect(retryAfterSeconds(fail(31, rules.ip), at(0))).toBe(300);
  });
});

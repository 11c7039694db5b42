import { describe, expect, it } from 'vitest';
import { missingForSigning } from './sign-requirements';
import { firstFailure, startChecks, type StartFacts } from './start-checks';

const ready: StartFacts = {
  visit: { status: 'booked', date: '2026-12-01', today: '2026-12-01', checkedIn: true },
  screening: { status: 'clear_to_treat', stale: false, blockedBy: [], awaitingOverride: [] },
  consent: { consentId: 'c1' },
  photosTakenToday: true,
};

const failing = (facts: StartFacts) => firstFailure(startChecks(facts));

describe('startChecks', () => {
  it('lists the four checks in order, all passing when everything is in place', () => {
    expect(startChecks(ready).map((c) => [c.step, c.ok])).toEqual([
      ['checked_in', true],
      ['screening', true],
      ['consent', true],
      ['photos', true],
    ]);
  });

  it('fails photos when none were taken today, without stopping a start that says why', () => {
    const checks = startChecks({ ...ready, photosTakenToday: false });
    expect(checks.at(-1)).toMatchObject({ step: 'photos', ok: false });
    expect(firstFailure(checks)).toBeNull();
  });

  it('stops at the first failing check, with its error code', () => {
    const notIn = { ...ready, visit: { ...ready.visit, checkedIn: false }, screening: null };
    expect(failing(notIn)).toMatchObject({ step: 'checked_in', code: 'CONFLICT' });
    expect(failing({ ...ready, visit: { ...ready.visit, date: '2026-12-02' } })?.message).toContain(
      '2026-12-02',
    );
    expect(failing({ ...ready, visit: { ...ready.visit, status: 'cancelled' } })?.message).toContain(
      'cancelled',
    );
  });

  it('needs today’s day-of screening, of the current history, not blocked, overrides signed', () => {
    expect(failing({ ...ready, screening: null })).toMatchObject({ step: 'screening', code: 'CONFLICT' });
    const screening = ready.screening!;
    expect(failing({ ...ready, screening: { ...screening, stale: true } })?.message).toContain('changed');
    const blocked = { ...screening, status: 'blocked' as const, blockedBy: ['C21'] };
    expect(failing({ ...ready, screening: blocked })).toMatchObject({ code: 'SCREENING_BLOCKED' });
    const awaiting = { ...screening, status: 'awaiting_override' as const, awaitingOverride: ['C16'] };
    expect(failing({ ...ready, screening: awaiting })).toMatchObject({ code: 'OVERRIDE_REQUIRED' });
  });

  it('passes on the consent refusal in its own words', () => {
    const refusal = 'No signed consent for microneedling is on file';
    expect(failing({ ...ready, consent: { refusal } })).toMatchObject({
      step: 'consent',
      code: 'CONSENT_REQUIRED',
      message: refusal,
    });
  });
});

describe('missingForSigning', () => {
  it('needs the pen, a zone, a cartridge and every anaesthetic removal time', () => {
    const empty = { device: null, zones: [], cartridges: [], anaesthetics: [{ removedAt: null }] };
    expect(missingForSigning(empty)).toHaveLength(4);
    const complete = {
      device: {},
      zones: [{}],
      cartridges: [{}],
      anaesthetics: [{ removedAt: '2026-12-01T09:40:00Z' }],
    };
    expect(missingForSigning(complete)).toEqual([]);
  });
});

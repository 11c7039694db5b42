import type { SessionReadiness } from '@corium/contracts';
import { describe, expect, it } from 'vitest';
import { orderedChecks, startErrors, startRequest } from './readiness';

const APPOINTMENT = '0190a0a0-0000-7000-8000-000000000002';

const readiness = (ok: Record<string, boolean>): SessionReadiness => ({
  appointmentId: APPOINTMENT,
  // Sent out of order on purpose: the screen puts them back in the order they are made.
  checks: (['photos', 'consent', 'screening', 'checked_in'] as const).map((step) => ({
    step,
    ok: ok[step] ?? true,
    message: `${step} message`,
  })),
  canStart: false,
  overrides: [],
  depthCaps: {},
  sessionId: null,
});

describe('the checks before starting', () => {
  it('lists them in order: checked in, screening, consent, photos', () => {
    expect(orderedChecks(readiness({})).map((c) => c.step)).toEqual([
      'checked_in',
      'screening',
      'consent',
      'photos',
    ]);
  });

  it('shows the first failure, and the checks after it as waiting', () => {
    const rows = orderedChecks(readiness({ screening: false, consent: false }));
    expect(rows.map((r) => r.state)).toEqual(['passed', 'failed', 'waiting', 'passed']);
  });

  it('never lets missing photos hold up a later check', () => {
    const rows = orderedChecks(readiness({ photos: false, consent: false }));
    expect(rows.map((r) => r.state)).toEqual(['passed', 'passed', 'failed', 'explain']);
  });
});

describe('starting without photos', () => {
  it('asks why there are none', () => {
    expect(startErrors(APPOINTMENT, { photos: 'declined', photosReason: '', deviceId: null })).toEqual({
      photosReason: 'Say why there are no baseline photos',
    });
    expect(startErrors(APPOINTMENT, { photos: null, photosReason: '', deviceId: null })).toEqual({
      photos: 'Say whether baseline photos were taken',
    });
  });

  it('sends no reason when photos were taken', () => {
    const body = startRequest(APPOINTMENT, { photos: 'taken', photosReason: 'stale', deviceId: null });
    expect(body).toEqual({ appointmentId: APPOINTMENT, photos: 'taken' });
    expect(startErrors(APPOINTMENT, { photos: 'taken', photosReason: '', deviceId: null })).toEqual({});
  });
});

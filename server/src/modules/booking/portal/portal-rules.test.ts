import { describe, expect, it } from 'vitest';
import {
  cancellableUntil,
  consultationFirst,
  CONSULTATION_FIRST_REASON,
  earliestSpacedDay,
  nextSessionWindow,
} from './portal-rules';

const session = (date: string, minIntervalDays: number | null = null) => ({
  appointmentId: date,
  date,
  start: new Date(`${date}T10:00:00Z`),
  minIntervalDays,
});

describe('consultation first', () => {
  const none = { treatments: 0, consultations: 0, hasSeries: false };
  it('asks a patient never seen to book a consultation first, saying why', () => {
    expect(consultationFirst(none, true)).toBe(CONSULTATION_FIRST_REASON);
  });
  it('lets a patient with a consultation, a treatment or a planned course book treatments', () => {
    expect(consultationFirst({ ...none, consultations: 1 }, true)).toBeNull();
    expect(consultationFirst({ ...none, treatments: 1 }, true)).toBeNull();
    expect(consultationFirst({ ...none, hasSeries: true }, true)).toBeNull();
  });
  it('is off when the clinic does not want it', () => {
    expect(consultationFirst(none, false)).toBeNull();
  });
});

describe('the next session of a series', () => {
  const plan = { sessions: 3, minIntervalDays: 28, maxIntervalDays: 42 };
  it('is the first session, from today, when nothing is booked', () => {
    expect(nextSessionWindow({ ...plan, booked: [] }, '2026-12-01')).toEqual({
      sessionNumber: 1,
      earliest: '2026-12-01',
      latest: null,
    });
  });
  it('falls between the minimum and maximum interval after the latest session', () => {
    const booked = [{ sessionNumber: 1, day: '2026-12-01' }];
    expect(nextSessionWindow({ ...plan, booked }, '2026-12-01')).toEqual({
      sessionNumber: 2,
      earliest: '2026-12-29',
      latest: '2027-01-12',
    });
  });
  it('fills a cancelled session number first and never starts before today', () => {
    const booked = [
      { sessionNumber: 1, day: '2026-10-01' },
      { sessionNumber: 3, day: '2026-10-20' },
    ];
    expect(nextSessionWindow({ ...plan, booked }, '2026-12-01')).toEqual({
      sessionNumber: 2,
      earliest: '2026-12-01',
      latest: '2026-12-01',
    });
  });
  it('is null once every session is booked', () => {
    const booked = [1, 2, 3].map((n) => ({ sessionNumber: n, day: '2026-12-01' }));
    expect(nextSessionWindow({ ...plan, booked }, '2026-12-01')).toBeNull();
  });
});

describe('the first day spacing allows', () => {
  it('is 14 days after the last needling session', () => {
    expect(earliestSpacedDay('2026-12-05', [session('2026-12-01')], null)).toBe('2026-12-15');
  });
  it('uses the longer minimum of a series', () => {
    expect(earliestSpacedDay('2026-12-05', [session('2026-12-01', 28)], null)).toBe('2026-12-29');
  });
  it('skips past a later session too close to the gap between two', () => {
    const others = [session('2026-12-01'), session('2026-12-20')];
    expect(earliestSpacedDay('2026-12-02', others, null)).toBe('2027-01-03');
  });
  it('is the day asked for when nothing is near', () => {
    expect(earliestSpacedDay('2026-12-05', [], null)).toBe('2026-12-05');
  });
});

describe('the cancel cut-off', () => {
  it('is the notice period before the start', () => {
    expect(cancellableUntil(new Date('2026-12-02T10:00:00Z'), 24).toISOString()).toBe(
      '2026-12-01T10:00:00.000Z',
    );
  });
});

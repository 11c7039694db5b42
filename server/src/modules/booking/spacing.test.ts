import { describe, expect, it } from 'vitest';
import { spacingConflicts, type NeedlingSession } from './spacing';

const session = (date: string, minIntervalDays: number | null = null): NeedlingSession => ({
  appointmentId: `a-${date}`,
  date,
  start: new Date(`${date}T09:00:00Z`),
  minIntervalDays,
});

describe('spacing between needling sessions', () => {
  it('needs 14 days either side outside a series', () => {
    const planned = { date: '2026-12-15', minIntervalDays: null };
    expect(spacingConflicts(planned, [session('2026-12-01')])).toEqual([]);
    // 13 days before: too close; 14 days after: just far enough.
    expect(spacingConflicts(planned, [session('2026-12-02'), session('2026-12-29')])).toEqual([
      { appointmentId: 'a-2026-12-02', start: '2026-12-02T09:00:00.000Z', days: 13, minimumDays: 14 },
    ]);
  });

  it("takes the larger of the two sessions' series minimum, never below 14 days", () => {
    expect(spacingConflicts({ date: '2026-12-22', minIntervalDays: 28 }, [session('2026-12-01')])).toEqual([
      expect.objectContaining({ days: 21, minimumDays: 28 }),
    ]);
    expect(
      spacingConflicts({ date: '2026-12-22', minIntervalDays: null }, [session('2026-12-01', 28)]),
    ).toEqual([expect.objectContaining({ minimumDays: 28 })]);
    expect(
      spacingConflicts({ date: '2026-12-29', minIntervalDays: 28 }, [session('2026-12-01', 21)]),
    ).toEqual([]);
  });

  it('counts calendar days, so a session on the same day is 0 days away', () => {
    expect(spacingConflicts({ date: '2026-12-01', minIntervalDays: null }, [session('2026-12-01')])).toEqual([
      expect.objectContaining({ days: 0 }),
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  instantAt,
  snapToGrid,
  spanLabel,
  stepAnchor,
  viewDays,
  wallClockOf,
} from './calendar-time';

describe('wall clock in the location zone', () => {
  it.each([
    // London in winter is UTC, in summer UTC+1.
    ['2026-12-01', 555, 'Europe/London', '2026-12-01T09:15:00.000Z'],
    ['2026-07-01', 555, 'Europe/London', '2026-07-01T08:15:00.000Z'],
    ['2026-07-01', 555, 'America/New_York', '2026-07-01T13:15:00.000Z'],
    // The day London's clocks go back (25 Oct 2026): 09:00 is already GMT.
    ['2026-10-25', 540, 'Europe/London', '2026-10-25T09:00:00.000Z'],
    // The day New York's clocks go forward (8 Mar 2026): 12:00 is EDT.
    ['2026-03-08', 720, 'America/New_York', '2026-03-08T16:00:00.000Z'],
    ['2026-06-15', 30, 'Asia/Tokyo', '2026-06-14T15:30:00.000Z'],
  ])('%s at minute %i in %s is %s', (date, minutes, zone, iso) => {
    const instant = instantAt(date, minutes, zone);
    expect(instant.toISOString()).toBe(iso);
    expect(wallClockOf(instant, zone)).toEqual({ date, minutes });
  });

  it('labels a span on the location clock, not the device clock', () => {
    expect(spanLabel('2026-07-01T13:15:00Z', '2026-07-01T14:40:00Z', 'America/New_York')).toBe('09:15–10:40');
  });
});

describe('calendar days', () => {
  it('shows Monday to Sunday around any day of the week', () => {
    expect(viewDays('week', '2026-12-03')).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ]);
    expect(viewDays('day', '2026-12-03')).toEqual(['2026-12-03']);
  });

  it('steps a day or a week, across month ends', () => {
    expect(stepAnchor('day', '2026-11-30', 1)).toBe('2026-12-01');
    expect(stepAnchor('week', '2026-12-29', 1)).toBe('2027-01-05');
    expect(stepAnchor('week', '2026-12-03', -1)).toBe('2026-11-26');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
  });

  it('snaps a dragged time to the quarter hour', () => {
    expect(snapToGrid(7)).toBe(0);
    expect(snapToGrid(8)).toBe(15);
    expect(snapToGrid(-22)).toBe(-15);
    expect(snapToGrid(-23)).toBe(-30);
  });
});

import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, instantAt, minutesOf, wallClockOf, wallTime, weekdayOf } from './wall-clock';

describe('the wall clock of a location', () => {
  it.each([
    ['2026-12-01T09:15:00Z', 'Europe/London', { date: '2026-12-01', weekday: 2, minutes: 555 }],
    ['2026-07-01T08:00:00Z', 'Europe/London', { date: '2026-07-01', weekday: 3, minutes: 540 }],
    ['2026-03-29T00:59:00Z', 'Europe/London', { date: '2026-03-29', weekday: 7, minutes: 59 }],
    ['2026-03-29T01:00:00Z', 'Europe/London', { date: '2026-03-29', weekday: 7, minutes: 120 }],
    ['2026-11-01T05:30:00Z', 'America/New_York', { date: '2026-11-01', weekday: 7, minutes: 90 }],
    ['2026-11-01T06:30:00Z', 'America/New_York', { date: '2026-11-01', weekday: 7, minutes: 90 }],
    ['2026-12-01T04:00:00Z', 'America/New_York', { date: '2026-11-30', weekday: 1, minutes: 1380 }],
  ])('%s in %s', (instant, zone, expected) => {
    expect(wallClockOf(new Date(instant), zone)).toMatchObject(expected);
  });

  it('reads times, days and weekdays', () => {
    expect(minutesOf('09:15')).toBe(555);
    expect(minutesOf('18:30:00')).toBe(1110);
    expect(minutesOf('24:00')).toBe(1440);
    expect(wallTime(555)).toBe('09:15');
    expect(wallTime(1440)).toBe('24:00');
    expect(weekdayOf('2026-11-30')).toBe(1);
    expect(weekdayOf('2026-12-06')).toBe(7);
    expect(daysBetween('2026-12-01', '2026-12-15')).toBe(14);
    expect(daysBetween('2026-03-20', '2026-04-03')).toBe(14);
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
  });

  it('finds the instant a wall-clock time stands for', () => {
    expect(instantAt('2026-07-01', '10:00', 'Europe/London').toISOString()).toBe('2026-07-01T09:00:00.000Z');
    expect(instantAt('2026-12-01', '10:00', 'Europe/London').toISOString()).toBe('2026-12-01T10:00:00.000Z');
    expect(instantAt('2026-12-01', '09:00', 'America/New_York').toISOString()).toBe(
      '2026-12-01T14:00:00.000Z',
    );
    expect(instantAt('2026-12-01', '09:00', 'Asia/Kathmandu').toISOString()).toBe('2026-12-01T03:15:00.000Z');
    // 01:30 does not exist in London on 29 March 2026: the clocks jump from 01:00 to 02:00.
    expect(instantAt('2026-03-29', '01:30', 'Europe/London').toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });
});

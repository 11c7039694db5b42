import { describe, expect, it } from 'vitest';
import {
  openingHoursRequest,
  scheduleExceptionRequest,
  stretchProblems,
  timeOffRequest,
} from './clinic-setup';

describe('stretchProblems', () => {
  it('accepts back-to-back stretches and a lunch break', () => {
    expect(
      stretchProblems([
        { start: '09:00', end: '12:00' },
        { start: '12:00', end: '13:00' },
        { start: '14:00', end: '18:00' },
      ]),
    ).toEqual([]);
  });

  it('names an end not after its start, and the stretch an overlap clashes with', () => {
    expect(
      stretchProblems([
        { start: '09:00', end: '13:00' },
        { start: '12:30', end: '17:00' },
        { start: '18:00', end: '18:00' },
      ]),
    ).toEqual([
      { index: 2, field: 'end', message: 'The end is not after the start' },
      { index: 1, field: 'start', message: 'Overlaps 09:00–13:00' },
    ]);
  });

  it('compares only stretches of the same day', () => {
    const week = [
      { day: 1, start: '09:00', end: '17:00' },
      { day: 2, start: '09:00', end: '17:00' },
    ];
    expect(stretchProblems(week, (s) => s.day)).toEqual([]);
    expect(stretchProblems(week)).toHaveLength(1);
  });
});

describe('set-up requests', () => {
  it('refuses overlapping opening hours on one weekday at the row that overlaps', () => {
    const result = openingHoursRequest.safeParse({
      hours: [
        { weekday: 3, start: '08:00', end: '12:00' },
        { weekday: 4, start: '08:00', end: '12:00' },
        { weekday: 3, start: '11:00', end: '15:00' },
      ],
    });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['hours.2.start']);
  });

  it('takes an exception without intervals as a day not worked', () => {
    expect(
      scheduleExceptionRequest.safeParse({
        locationId: '0192e0a0-0000-7000-8000-000000000001',
        date: '2026-12-24',
        intervals: [],
      }).success,
    ).toBe(true);
  });

  it.each([
    [
      'an end before the start',
      '2026-12-02T12:00:00Z',
      '2026-12-02T09:00:00Z',
      'The end is not after the start',
    ],
    ['more than a year', '2026-12-02T09:00:00Z', '2028-01-02T09:00:00Z', 'At most 366 days at a time'],
  ])('refuses time off with %s', (_, start, end, message) => {
    const result = timeOffRequest.safeParse({ start, end });
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ['end'], message })]);
  });
});

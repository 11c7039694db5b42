import { describe, expect, it } from 'vitest';
import { calendar, clinic, everyDay, hours, localStartsOf, startsOf } from './availability.fixtures';
import { findSlots } from './find-slots';
import type { AvailabilityRequest, ResourceCalendar } from './types';

/** One room, open as given, a one-segment visit of `minutes`: the simplest clinic that shows the clock. */
function night(
  timeZone: string,
  date: string,
  ranges: string[],
  minutes: number,
  gridMinutes: number,
): AvailabilityRequest {
  return clinic({
    timeZone,
    from: date,
    to: date,
    gridMinutes,
    openingHours: calendar('site', ...ranges),
    roles: [{ key: 'room', candidates: ['room-1'] }],
    segments: [{ minutes, uses: ['room'] }],
    calendars: [calendar('room-1', '00:00-24:00')],
  });
}

describe('DST days', () => {
  it.each([
    // London springs forward at 01:00Z (01:00 GMT → 02:00 BST): 00:00–04:00 is three real hours.
    [
      'Europe/London',
      '2026-03-29',
      [
        '2026-03-29T00:00Z',
        '2026-03-29T00:30Z',
        '2026-03-29T01:00Z',
        '2026-03-29T01:30Z',
        '2026-03-29T02:00Z',
      ],
    ],
    // London falls back at 01:00Z (02:00 BST → 01:00 GMT): five real hours, 01:00 and 01:30 twice.
    [
      'Europe/London',
      '2026-10-25',
      [
        '2026-10-24T23:00Z',
        '2026-10-24T23:30Z',
        '2026-10-25T00:00Z',
        '2026-10-25T00:30Z',
        '2026-10-25T01:00Z',
        '2026-10-25T01:30Z',
        '2026-10-25T02:00Z',
        '2026-10-25T02:30Z',
        '2026-10-25T03:00Z',
      ],
    ],
    // New York springs forward at 07:00Z (02:00 EST → 03:00 EDT): no 02:00, no 02:30.
    [
      'America/New_York',
      '2026-03-08',
      [
        '2026-03-08T05:00Z',
        '2026-03-08T05:30Z',
        '2026-03-08T06:00Z',
        '2026-03-08T06:30Z',
        '2026-03-08T07:00Z',
      ],
    ],
    // New York falls back at 06:00Z (02:00 EDT → 01:00 EST).
    [
      'America/New_York',
      '2026-11-01',
      [
        '2026-11-01T04:00Z',
        '2026-11-01T04:30Z',
        '2026-11-01T05:00Z',
        '2026-11-01T05:30Z',
        '2026-11-01T06:00Z',
        '2026-11-01T06:30Z',
        '2026-11-01T07:00Z',
        '2026-11-01T07:30Z',
        '2026-11-01T08:00Z',
      ],
    ],
  ])('%s on %s: hourly visits on the half hour, open 00:00–04:00', (timeZone, date, expected) => {
    expect(startsOf(night(timeZone, date, ['00:00-04:00'], 60, 30))).toEqual(expected);
  });

  it.each([
    ['Europe/London', '2026-03-29', 46],
    ['Europe/London', '2026-10-25', 50],
    ['Europe/London', '2026-06-10', 48],
    ['America/New_York', '2026-03-08', 46],
    ['America/New_York', '2026-11-01', 50],
  ])('%s on %s has %i half-hour starts in a day open round the clock', (timeZone, date, count) => {
    expect(findSlots(night(timeZone, date, ['00:00-24:00'], 30, 30))).toHaveLength(count);
  });

  it.each([
    ['Europe/London', '2026-10-25', 180, ['2026-10-25T00:00Z']],
    ['Europe/London', '2026-10-25', 181, []],
    ['America/New_York', '2026-11-01', 180, ['2026-11-01T05:00Z']],
    ['Europe/London', '2026-03-29', 60, ['2026-03-29T01:00Z']],
    ['America/New_York', '2026-03-08', 60, ['2026-03-08T06:00Z']],
    ['America/New_York', '2026-03-08', 61, []],
  ])('%s on %s: 01:00–03:00 fits a visit of %i minutes at %j', (timeZone, date, minutes, expected) => {
    expect(startsOf(night(timeZone, date, ['01:00-03:00'], minutes, 1))).toEqual(expected);
  });

  it('keeps daytime hours on a DST day at their wall-clock times', () => {
    expect(localStartsOf({ ...night('America/New_York', '2026-03-08', ['09:00-12:00'], 60, 60) })).toEqual([
      '09:00',
      '10:00',
      '11:00',
    ]);
  });
});

describe('exceptions', () => {
  // Friday 2026-11-27 a late opening 20:00–02:00; Saturday is normally closed.
  const weekdays: ResourceCalendar['weekly'] = { ...everyDay('09:00-17:00'), 6: [], 7: [] };
  const lateFriday = { date: '2026-11-27', intervals: hours('20:00-02:00') };
  const late = (changes: Partial<AvailabilityRequest>) =>
    clinic({
      from: '2026-11-27',
      to: '2026-11-27',
      gridMinutes: 60,
      openingHours: { id: 'site', weekly: weekdays, exceptions: [lateFriday] },
      roles: [{ key: 'room', candidates: ['room-1'] }],
      segments: [{ minutes: 60, uses: ['room'] }],
      calendars: [calendar('room-1', '00:00-24:00')],
      ...changes,
    });

  it.each([
    ['a late opening replaces the day and crosses midnight', {}, ['20:00', '21:00', '22:00', '23:00']],
    [
      'starts after midnight belong to the next date',
      { to: '2026-11-28' },
      ['20:00', '21:00', '22:00', '23:00', '00:00', '01:00'],
    ],
    [
      'an empty exception closes the day',
      { openingHours: { id: 'site', weekly: weekdays, exceptions: [{ date: '2026-11-27', intervals: [] }] } },
      [],
    ],
    [
      'a closed next day does not cut the night short',
      {
        to: '2026-11-28',
        openingHours: {
          id: 'site',
          weekly: weekdays,
          exceptions: [lateFriday, { date: '2026-11-28', intervals: [] }],
        },
      },
      ['20:00', '21:00', '22:00', '23:00', '00:00', '01:00'],
    ],
    [
      'a resource must cross midnight too',
      {
        to: '2026-11-28',
        calendars: [
          {
            id: 'room-1',
            weekly: weekdays,
            exceptions: [{ date: '2026-11-27', intervals: hours('20:00-24:00') }],
          },
        ],
      },
      ['20:00', '21:00', '22:00', '23:00'],
    ],
  ])('%s', (_, changes, expected) => {
    expect(localStartsOf(late(changes as Partial<AvailabilityRequest>))).toEqual(expected);
  });

  it('runs a late opening across the fall-back night: 22:00–03:00 is six real hours', () => {
    const request = night('Europe/London', '2026-10-24', [], 360, 15);
    request.openingHours = {
      id: 'site',
      weekly: {},
      exceptions: [{ date: '2026-10-24', intervals: hours('22:00-03:00') }],
    };
    expect(startsOf(request)).toEqual(['2026-10-24T21:00Z']);
  });

  it('treats 24:00 as the end of the day and 00:00–00:00 as the whole day', () => {
    const request = night('Europe/London', '2026-11-23', ['23:00-24:00'], 60, 60);
    expect(localStartsOf(request)).toEqual(['23:00']);
    expect(findSlots(night('Europe/London', '2026-11-23', ['00:00-00:00'], 60, 60))).toHaveLength(24);
  });
});

describe('time off', () => {
  const practitionerVisit = (timeOff: ResourceCalendar['timeOff'], opening = '09:00-17:00') =>
    clinic({
      gridMinutes: 60,
      openingHours: calendar('site', opening),
      roles: [{ key: 'practitioner', candidates: ['ana'] }],
      segments: [{ minutes: 60, uses: ['practitioner'] }],
      calendars: [{ ...calendar('ana', '09:00-17:00'), timeOff }],
    });
  const off = (start: string, end: string) => [{ start: new Date(start), end: new Date(end) }];

  it.each([
    [
      'splits the day',
      off('2026-11-23T12:00Z', '2026-11-23T13:00Z'),
      ['09:00', '10:00', '11:00', '13:00', '14:00', '15:00', '16:00'],
    ],
    [
      'blocks every minute it touches',
      off('2026-11-23T12:00:30Z', '2026-11-23T12:59:10Z'),
      ['09:00', '10:00', '11:00', '13:00', '14:00', '15:00', '16:00'],
    ],
    ['may span days', off('2026-11-20T09:00Z', '2026-11-23T15:00Z'), ['15:00', '16:00']],
    [
      'outside working hours changes nothing',
      off('2026-11-23T17:00Z', '2026-11-23T19:00Z'),
      ['09:00', '10:00', '11:00', '12:00', '13:00', '14:00', '15:00', '16:00'],
    ],
  ])('%s', (_, timeOff, expected) => {
    expect(localStartsOf(practitionerVisit(timeOff))).toEqual(expected);
  });

  it('closes the clinic for the time the opening hours are off', () => {
    const request = practitionerVisit(undefined);
    request.openingHours = {
      ...request.openingHours,
      timeOff: off('2026-11-23T09:00Z', '2026-11-23T14:30Z'),
    };
    expect(localStartsOf(request)).toEqual(['15:00', '16:00']);
  });
});

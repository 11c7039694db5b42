import { describe, expect, it } from 'vitest';
import { busy, calendar, clinic } from './availability.fixtures';
import { findSlots } from './find-slots';
import { AvailabilityRequestError } from './request-error';
import type { AvailabilityRequest } from './types';

/** Requests the core refuses, each naming the field at fault, as the booking service reports it (400). */

type Change = (request: AvailabilityRequest) => unknown;

function refusal(change: Change): AvailabilityRequestError {
  const request = clinic();
  change(request);
  try {
    findSlots(request);
  } catch (error) {
    if (error instanceof AvailabilityRequestError) return error;
    throw error;
  }
  throw new Error('findSlots accepted the request');
}

const set =
  <K extends keyof AvailabilityRequest>(key: K, value: unknown): Change =>
  (request) =>
    (request[key] = value as AvailabilityRequest[K]);

const cases: [string, Change, string][] = [
  ['an unknown zone', set('timeZone', 'Mars/Olympus_Mons'), 'timeZone'],
  ['a zone that is not a string', set('timeZone', 42), 'timeZone'],
  ['a start date that is not a date', set('from', 'tomorrow'), 'from'],
  ['an end date that does not exist', set('to', '2026-02-30'), 'to'],
  ['a range ending before it starts', set('to', '2026-11-22'), 'to'],
  ['a range of 367 days', set('to', '2027-11-24'), 'to'],
  ['a ten-year range', set('to', '2036-11-23'), 'to'],
  ['a zero grid', set('gridMinutes', 0), 'gridMinutes'],
  ['a negative grid', set('gridMinutes', -15), 'gridMinutes'],
  ['a fractional grid', set('gridMinutes', 7.5), 'gridMinutes'],
  ['a zero limit', set('limit', 0), 'limit'],
  ['notBefore that is not an instant', set('notBefore', new Date('nonsense')), 'notBefore'],
  ['no segments', set('segments', []), 'segments'],
  ['a segment of zero minutes', (r) => (r.segments = [{ minutes: 0, uses: ['room'] }]), 'segments.0.minutes'],
  [
    'a segment of negative minutes',
    (r) => (r.segments = [{ minutes: -45, uses: ['room'] }]),
    'segments.0.minutes',
  ],
  [
    'a segment naming an unknown role',
    (r) =>
      (r.segments = [
        { minutes: 45, uses: ['room'] },
        { minutes: 30, uses: ['laser'] },
      ]),
    'segments.1.uses.0',
  ],
  [
    'a segment naming a role twice',
    (r) => (r.segments = [{ minutes: 45, uses: ['room', 'room'] }]),
    'segments.0.uses',
  ],
  [
    'an appointment longer than a day',
    (r) =>
      (r.segments = [
        { minutes: 1000, uses: ['room'] },
        { minutes: 500, uses: [] },
      ]),
    'segments',
  ],
  ['no roles', set('roles', []), 'roles'],
  ['two roles with one key', (r) => r.roles.push({ key: 'room', candidates: ['room-1'] }), 'roles.3.key'],
  ['a role without candidates', (r) => (r.roles[1]!.candidates = []), 'roles.1.candidates'],
  ['a candidate without a calendar', (r) => r.roles[0]!.candidates.push('room-9'), 'roles.0.candidates.1'],
  [
    'two calendars for one resource',
    (r) => r.calendars.push(calendar('ana', '09:00-12:00')),
    'calendars.3.id',
  ],
  ['a weekday 8', (r) => (r.calendars[1]!.weekly = { 8: [] } as never), 'calendars.1.weekly.8'],
  [
    'a start at 24:00',
    (r) => (r.calendars[0]!.weekly = { 1: [{ start: '24:00', end: '02:00' }] }),
    'calendars.0.weekly.1.0.start',
  ],
  [
    'an end at 25:00',
    (r) => (r.calendars[0]!.weekly = { 1: [{ start: '09:00', end: '25:00' }] }),
    'calendars.0.weekly.1.0.end',
  ],
  [
    'a time without its leading zero',
    (r) => (r.openingHours.weekly = { 2: [{ start: '9:00', end: '17:00' }] }),
    'openingHours.weekly.2.0.start',
  ],
  [
    'an exception on no date',
    (r) => (r.calendars[2]!.exceptions = [{ date: '2026-13-01', intervals: [] }]),
    'calendars.2.exceptions.0.date',
  ],
  [
    'two exceptions on one date',
    (r) =>
      (r.calendars[2]!.exceptions = [
        { date: '2026-12-24', intervals: [] },
        { date: '2026-12-24', intervals: [] },
      ]),
    'calendars.2.exceptions.1.date',
  ],
  [
    'time off ending before it starts',
    (r) =>
      (r.calendars[1]!.timeOff = [
        { start: new Date('2026-11-23T12:00Z'), end: new Date('2026-11-23T11:00Z') },
      ]),
    'calendars.1.timeOff.0.end',
  ],
  [
    'an allocation ending before it starts',
    (r) => (r.busy = [busy('ana', '2026-11-23T12:00Z', '2026-11-23T11:00Z')]),
    'busy.0.end',
  ],
  [
    'an allocation of no instant',
    (r) => (r.busy = [busy('ana', 'soon', '2026-11-23T11:00Z')]),
    'busy.0.start',
  ],
];

describe('findSlots refuses bad requests', () => {
  it.each(cases)('%s', (_, change, path) => {
    const error = refusal(change);
    expect(error.issues).toEqual([{ path, message: error.message }]);
    expect(error.message).toMatch(/^[A-Z]/);
  });

  it.each([
    ['a range of exactly 366 days', set('to', '2027-11-23')],
    ['a one-day range', set('to', '2026-11-23')],
    ['a grid of a whole day', set('gridMinutes', 1440)],
    [
      'allocations of resources it was not asked about',
      (r: AvailabilityRequest) => (r.busy = [busy('room-9', '2026-11-23T09:00Z', '2026-11-23T10:00Z')]),
    ],
  ])('accepts %s', (_, change) => {
    const request = clinic();
    change(request);
    expect(() => findSlots(request)).not.toThrow();
  });
});

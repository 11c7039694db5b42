import { describe, expect, it } from 'vitest';
import { busy, calendar, clinic, localStartsOf, microneedling, startsOf } from './availability.fixtures';
import { findSlots } from './find-slots';
import type { AvailabilityRequest, Slot } from './types';

/** Monday 2026-11-23 in London is GMT: local time = UTC, which keeps these tables readable. */
const roomOnly = (minutes: number) => [{ minutes, uses: ['room'] }];

/** The allocations a booked slot leaves behind, as the booking service would store them. */
function allocationsOf(slot: Slot) {
  return slot.segments.flatMap((segment) =>
    segment.resourceIds.map((resourceId) => ({ resourceId, start: segment.start, end: segment.end })),
  );
}

describe('the service and its segments', () => {
  it('books numbing, needling and aftercare back to back, each with the resources it uses', () => {
    const [slot] = findSlots(clinic({ limit: 1 }));
    expect(slot).toEqual({
      start: new Date('2026-11-23T09:00Z'),
      end: new Date('2026-11-23T10:25Z'),
      assignment: { room: 'room-1', practitioner: 'ana', pen: 'pen-1' },
      segments: [
        { start: new Date('2026-11-23T09:00Z'), end: new Date('2026-11-23T09:45Z'), resourceIds: ['room-1'] },
        {
          start: new Date('2026-11-23T09:45Z'),
          end: new Date('2026-11-23T10:15Z'),
          resourceIds: ['room-1', 'ana', 'pen-1'],
        },
        { start: new Date('2026-11-23T10:15Z'), end: new Date('2026-11-23T10:25Z'), resourceIds: ['room-1'] },
      ],
    });
  });

  it('keeps the whole appointment within opening hours: 85 minutes before 17:00 ends at 15:30', () => {
    const request = clinic({
      calendars: clinic().calendars.map((c) => ({ ...c, weekly: calendar('', '08:00-20:00').weekly })),
    });
    const starts = localStartsOf(request);
    expect(starts[0]).toBe('09:00');
    expect(starts.at(-1)).toBe('15:30');
    expect(starts).toHaveLength(27);
  });

  it('lets the practitioner needle one patient while another is numbing', () => {
    const request = clinic({
      roles: [
        { key: 'room', candidates: ['room-1', 'room-2'] },
        { key: 'practitioner', candidates: ['ana'] },
        { key: 'pen', candidates: ['pen-1'] },
      ],
      calendars: [...clinic().calendars, calendar('room-2', '09:00-17:00')],
    });
    const first = findSlots({ ...request, limit: 1 })[0]!;
    const second = findSlots({ ...request, busy: allocationsOf(first), limit: 1 })[0]!;
    // Patient B numbs in room 2 from 09:30 while Ana needles patient A in room 1 (09:45–10:15).
    expect(second.start).toEqual(new Date('2026-11-23T09:30Z'));
    expect(second.assignment).toEqual({ room: 'room-2', practitioner: 'ana', pen: 'pen-1' });
    expect(second.segments[1]!.start).toEqual(first.segments[1]!.end);
  });

  it('keeps one room for every segment of the appointment', () => {
    // At 09:00 room 1 is free for the numbing but not the needling, room 2 the other way round.
    const request = clinic({
      roles: [
        { key: 'room', candidates: ['room-1', 'room-2'] },
        { key: 'practitioner', candidates: ['ana'] },
        { key: 'pen', candidates: ['pen-1'] },
      ],
      calendars: [...clinic().calendars, calendar('room-2', '09:00-17:00')],
      busy: [
        busy('room-1', '2026-11-23T09:45Z', '2026-11-23T12:00Z'),
        busy('room-2', '2026-11-23T09:00Z', '2026-11-23T09:45Z'),
      ],
      limit: 1,
    });
    const [slot] = findSlots(request);
    expect(slot!.start).toEqual(new Date('2026-11-23T09:45Z'));
    expect(slot!.segments.map((segment) => segment.resourceIds[0])).toEqual(['room-2', 'room-2', 'room-2']);
  });

  it('needs a resource only during the segments that use it', () => {
    // Ana is not working before 09:45 nor after 10:15: exactly the needling of a 09:00 start.
    const request = clinic({
      calendars: [
        calendar('room-1', '09:00-17:00'),
        calendar('ana', '09:45-10:15'),
        calendar('pen-1', '09:00-17:00'),
      ],
    });
    expect(startsOf(request)).toEqual(['2026-11-23T09:00Z']);
  });

  it('accepts a segment that uses no resource, as long as the clinic is open', () => {
    const request = clinic({ segments: [...microneedling, { minutes: 20, uses: [] }] });
    expect(localStartsOf(request).at(-1)).toBe('15:15');
  });
});

describe('allocations', () => {
  const oneRoom = (allocations: AvailabilityRequest['busy'], gridMinutes = 60) =>
    clinic({
      roles: [{ key: 'room', candidates: ['room-1'] }],
      segments: roomOnly(60),
      busy: allocations,
      gridMinutes,
    });

  it.each([
    [
      'touching before and after is free',
      [busy('room-1', '2026-11-23T10:00Z', '2026-11-23T11:00Z')],
      60,
      ['09:00', '11:00', '12:00'],
    ],
    [
      'one second over blocks the whole minute',
      [busy('room-1', '2026-11-23T10:00Z', '2026-11-23T11:00:01Z')],
      15,
      ['09:00', '11:15', '11:30'],
    ],
    [
      'a minute inside blocks every start that covers it',
      [busy('room-1', '2026-11-23T10:29Z', '2026-11-23T10:30Z')],
      15,
      ['09:00', '09:15', '10:30'],
    ],
    [
      'allocations of other resources change nothing',
      [busy('room-9', '2026-11-23T09:00Z', '2026-11-23T17:00Z')],
      60,
      ['09:00', '10:00', '11:00'],
    ],
    [
      'allocations may come in any order',
      [
        busy('room-1', '2026-11-23T12:00Z', '2026-11-23T13:00Z'),
        busy('room-1', '2026-11-23T09:00Z', '2026-11-23T10:00Z'),
      ],
      60,
      ['10:00', '11:00', '13:00'],
    ],
  ])('%s', (_, allocations, grid, expected) => {
    expect(localStartsOf({ ...oneRoom(allocations, grid), limit: 3 })).toEqual(expected);
  });

  it('lets an allocation that began days earlier, or before notBefore, still block', () => {
    const long = [busy('room-1', '2026-11-20T09:00Z', '2026-11-23T11:00Z')];
    expect(localStartsOf({ ...oneRoom(long), limit: 2 })).toEqual(['11:00', '12:00']);
    const early = { ...oneRoom([busy('room-1', '2026-11-23T08:00Z', '2026-11-23T11:30Z')], 15), limit: 1 };
    expect(localStartsOf({ ...early, notBefore: new Date('2026-11-23T10:00Z') })).toEqual(['11:30']);
  });

  it('finds nothing when every candidate is taken', () => {
    expect(findSlots(oneRoom([busy('room-1', '2026-11-23T08:00Z', '2026-11-23T18:00Z')]))).toEqual([]);
  });
});

describe('choosing resources', () => {
  const rooms = (candidates: string[], allocations: AvailabilityRequest['busy'] = []) =>
    clinic({
      roles: [{ key: 'room', candidates }],
      segments: roomOnly(60),
      calendars: [calendar('room-1', '09:00-17:00'), calendar('room-2', '09:00-17:00')],
      busy: allocations,
      limit: 1,
    });

  it.each([
    ['the first candidate in the given order', ['room-2', 'room-1'], [], 'room-2'],
    [
      'the next one when the first is taken',
      ['room-1', 'room-2'],
      [busy('room-1', '2026-11-23T09:00Z', '2026-11-23T09:30Z')],
      'room-2',
    ],
  ])('takes %s', (_, candidates, allocations, expected) => {
    expect(findSlots(rooms(candidates, allocations))[0]!.assignment.room).toBe(expected);
  });

  it('gives each role its own resource, trying other choices before giving up on a start', () => {
    const request = clinic({
      roles: [
        { key: 'lead', candidates: ['ana', 'ben'] },
        { key: 'assistant', candidates: ['ana'] },
      ],
      segments: [{ minutes: 30, uses: ['lead', 'assistant'] }],
      calendars: [calendar('ana', '09:00-17:00'), calendar('ben', '09:00-17:00')],
      limit: 1,
    });
    expect(findSlots(request)[0]!.assignment).toEqual({ lead: 'ben', assistant: 'ana' });
  });
});

describe('the grid, notBefore and limit', () => {
  const visits = (changes: Partial<AvailabilityRequest>) =>
    clinic({ roles: [{ key: 'room', candidates: ['room-1'] }], segments: roomOnly(45), ...changes });

  it.each([
    // Open 08:50–12:00, 45-minute visits on a 45-minute grid counted from midnight.
    [
      '45-minute grid',
      { gridMinutes: 45, openingHours: calendar('site', '08:50-12:00') },
      ['09:00', '09:45', '10:30', '11:15'],
    ],
    [
      'hourly grid',
      { gridMinutes: 60, openingHours: calendar('site', '09:30-13:00') },
      ['10:00', '11:00', '12:00'],
    ],
    // Kathmandu is +05:45: local quarter hours are not UTC quarter hours, the grid follows the clock.
    [
      'local quarter hours at +05:45',
      {
        timeZone: 'Asia/Kathmandu',
        openingHours: calendar('site', '09:10-10:30'),
        calendars: [calendar('room-1', '00:00-24:00')],
      },
      ['09:15', '09:30', '09:45'],
    ],
    [
      'notBefore between grid times',
      { notBefore: new Date('2026-11-23T15:07:30Z') },
      ['15:15', '15:30', '15:45', '16:00', '16:15'],
    ],
    ['notBefore on a grid time', { notBefore: new Date('2026-11-23T16:00Z') }, ['16:00', '16:15']],
    ['notBefore after the range', { notBefore: new Date('2026-11-24T09:00Z') }, []],
    ['limit', { limit: 3 }, ['09:00', '09:15', '09:30']],
  ])('%s', (_, changes, expected) => {
    expect(localStartsOf(visits(changes as Partial<AvailabilityRequest>))).toEqual(expected);
  });

  it('returns every slot of the range without a limit, in order', () => {
    const slots = findSlots(visits({ to: '2026-11-27' }));
    expect(slots).toHaveLength(5 * 30);
    expect(slots.every((slot, i) => i === 0 || slot.start > slots[i - 1]!.start)).toBe(true);
  });
});

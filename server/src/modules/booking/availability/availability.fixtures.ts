import { findSlots } from './find-slots';
import type { AvailabilityRequest, ResourceCalendar, Segment, Slot, WallInterval } from './types';

/** Shared by the availability tests: a small clinic and readable slots. */

/** `'09:00-17:00'` → `{ start: '09:00', end: '17:00' }`. */
export function hours(...ranges: string[]): WallInterval[] {
  return ranges.map((range) => {
    const [start, end] = range.split('-') as [string, string];
    return { start, end };
  });
}

/** The same hours every day of the week. */
export function everyDay(...ranges: string[]): ResourceCalendar['weekly'] {
  return {
    1: hours(...ranges),
    2: hours(...ranges),
    3: hours(...ranges),
    4: hours(...ranges),
    5: hours(...ranges),
    6: hours(...ranges),
    7: hours(...ranges),
  };
}

export function calendar(id: string, ...ranges: string[]): ResourceCalendar {
  return { id, weekly: everyDay(...ranges) };
}

/** Microneedling face: numbing 45 [room] → needling 30 [room, practitioner, pen] → aftercare 10 [room]. */
export const microneedling: Segment[] = [
  { minutes: 45, uses: ['room'] },
  { minutes: 30, uses: ['room', 'practitioner', 'pen'] },
  { minutes: 10, uses: ['room'] },
];

/** One room, one practitioner, one pen, all working 09:00–17:00 in London, on Monday 2026-11-23. */
export function clinic(changes: Partial<AvailabilityRequest> = {}): AvailabilityRequest {
  return {
    timeZone: 'Europe/London',
    from: '2026-11-23',
    to: '2026-11-23',
    openingHours: calendar('site', '09:00-17:00'),
    roles: [
      { key: 'room', candidates: ['room-1'] },
      { key: 'practitioner', candidates: ['ana'] },
      { key: 'pen', candidates: ['pen-1'] },
    ],
    segments: microneedling,
    calendars: [
      calendar('room-1', '09:00-17:00'),
      calendar('ana', '09:00-17:00'),
      calendar('pen-1', '09:00-17:00'),
    ],
    busy: [],
    ...changes,
  };
}

/** An allocation from ISO instants. */
export function busy(resourceId: string, start: string, end: string) {
  return { resourceId, start: new Date(start), end: new Date(end) };
}

/** Slot starts as ISO strings without seconds: `2026-11-23T09:00Z`. */
function starts(slots: Slot[]): string[] {
  return slots.map((slot) => slot.start.toISOString().replace(':00.000Z', 'Z'));
}

export function startsOf(request: AvailabilityRequest): string[] {
  return starts(findSlots(request));
}

/** Slot starts as local `HH:MM` in the request's zone (for days without a clock change). */
export function localStartsOf(request: AvailabilityRequest): string[] {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone: request.timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return findSlots(request).map((slot) => format.format(slot.start));
}

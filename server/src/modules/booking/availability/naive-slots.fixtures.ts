import type { AvailabilityRequest, ResourceCalendar, Slot } from './types';

/**
 * The reference the core is checked against: minute by minute, no cleverness. Every minute of
 * the range gets its wall-clock reading from Intl directly; each resource gets one boolean per
 * minute (hours marked, time off and allocations unmarked); each start is tried minute by
 * minute. Slow (tens of milliseconds for a few days) and obviously right. It assumes a valid
 * request; validation is tested on its own.
 */

const DAY = 1440;
const readings = new Map<string, Int32Array>();

/** Local wall minute (Date.UTC of the reading, in minutes) of every minute from `first`, `count` long. */
function wallReadings(timeZone: string, first: number, count: number): Int32Array {
  const key = `${timeZone} ${first} ${count}`;
  const cached = readings.get(key);
  if (cached) return cached;
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    ...{ year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' },
  });
  const local = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const [month, day, year, hour, minute] = format
      .format((first + i) * 60_000)
      .split(/\D+/)
      .map(Number);
    local[i] = Date.UTC(year!, month! - 1, day!, hour!, minute!) / 60_000;
  }
  readings.set(key, local);
  return local;
}

const dayOf = (date: string) =>
  Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / 86_400_000;
const clock = (text: string) => Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5));

interface Timeline {
  first: number;
  local: Int32Array;
}

/** One flag per minute: the clock-reading rule for each interval, then time off and allocations cleared. */
function minutesFree(
  timeline: Timeline,
  calendar: ResourceCalendar,
  busy: AvailabilityRequest['busy'],
): Uint8Array {
  const { first, local } = timeline;
  const free = new Uint8Array(local.length);
  const firstDay = Math.floor(local[0]! / DAY);
  const lastDay = Math.floor(local[local.length - 1]! / DAY);
  for (let day = firstDay; day <= lastDay; day++) {
    const weekday = ((((day + 3) % 7) + 7) % 7) + 1;
    const exception = calendar.exceptions?.find((e) => dayOf(e.date) === day);
    const intervals = exception ? exception.intervals : (calendar.weekly[weekday as 1] ?? []);
    for (const interval of intervals) {
      const start = day * DAY + clock(interval.start);
      let end = day * DAY + clock(interval.end);
      if (end <= start) end += DAY;
      // From the first minute the clock reads `start` to the last minute it reads before `end`.
      let from = 0;
      while (from < local.length && local[from]! < start) from++;
      let to = local.length;
      while (to > 0 && local[to - 1]! >= end) to--;
      for (let i = from; i < to; i++) free[i] = 1;
    }
  }
  const clear = (start: Date, end: Date) => {
    const from = Math.floor(start.getTime() / 60_000) - first;
    const to = Math.ceil(end.getTime() / 60_000) - first;
    for (let i = Math.max(0, from); i < Math.min(to, free.length); i++) free[i] = 0;
  };
  for (const off of calendar.timeOff ?? []) clear(off.start, off.end);
  for (const allocation of busy)
    if (allocation.resourceId === calendar.id) clear(allocation.start, allocation.end);
  return free;
}

const allFree = (free: Uint8Array, from: number, to: number) => {
  for (let i = from; i < to; i++) if (!free[i]) return false;
  return true;
};

export function naiveSlots(request: AvailabilityRequest): Slot[] {
  const first = (dayOf(request.from) - 2) * DAY;
  const count = (dayOf(request.to) - dayOf(request.from) + 6) * DAY;
  const timeline = { first, local: wallReadings(request.timeZone, first, count) };
  const open = minutesFree(timeline, request.openingHours, []);
  const free = new Map(request.calendars.map((c) => [c.id, minutesFree(timeline, c, request.busy)]));
  const grid = request.gridMinutes ?? 15;
  const total = request.segments.reduce((sum, segment) => sum + segment.minutes, 0);
  const slots: Slot[] = [];
  for (let i = 0; i + total <= count && slots.length < (request.limit ?? Infinity); i++) {
    const local = timeline.local[i]!;
    const day = Math.floor(local / DAY);
    if ((local - day * DAY) % grid !== 0 || day < dayOf(request.from) || day > dayOf(request.to)) continue;
    if (request.notBefore && (first + i) * 60_000 < request.notBefore.getTime()) continue;
    if (!allFree(open, i, i + total)) continue;
    const chosen = assign(request, free, i, []);
    if (chosen) slots.push(slotAt(request, first + i, chosen));
  }
  return slots;
}

/** Roles in order, candidates in order, one role per resource, backtracking. */
function assign(
  request: AvailabilityRequest,
  free: Map<string, Uint8Array>,
  start: number,
  chosen: string[],
): string[] | null {
  const role = request.roles[chosen.length];
  if (!role) return chosen;
  for (const candidate of role.candidates) {
    if (chosen.includes(candidate)) continue;
    let offset = start;
    let fits = true;
    for (const segment of request.segments) {
      if (segment.uses.includes(role.key))
        fits &&= allFree(free.get(candidate)!, offset, offset + segment.minutes);
      offset += segment.minutes;
    }
    const found = fits && assign(request, free, start, [...chosen, candidate]);
    if (found) return found;
  }
  return null;
}

function slotAt(request: AvailabilityRequest, start: number, chosen: string[]): Slot {
  const at = (minute: number) => new Date(minute * 60_000);
  const byKey = Object.fromEntries(request.roles.map((role, i) => [role.key, chosen[i]!]));
  let offset = start;
  const segments = request.segments.map((segment) => {
    offset += segment.minutes;
    const resourceIds = segment.uses.map((key) => byKey[key]!);
    return { start: at(offset - segment.minutes), end: at(offset), resourceIds };
  });
  return { start: at(start), end: at(offset), assignment: byKey, segments };
}

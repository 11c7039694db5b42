import type {
  AvailabilityRequest,
  ResourceCalendar,
  Slot,
} from '../../server/src/modules/booking/availability';

/**
 * The W5 baseline: availability the obvious way, in integer milliseconds. For every candidate
 * resource it expands the hours over every day of the range, merges them, takes away time off
 * and the allocations found by scanning the whole list, then walks the grid testing each start
 * against those free lists by linear scan. No per-resource index, no binary search, no
 * stopping the preparation early. Like the core, it keeps zone offsets across calls (Intl is
 * ~2 µs a call), finding a change minute by minute. Same rules as the core, so the slot lists
 * must be identical: hours read on the wall clock (an interval starts the first time the clock
 * shows its start, ends when the clock shows its end for good), roles in order, candidates in
 * order, one role per resource.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;

interface Span {
  start: number;
  end: number;
  offset: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();
const daySpans = new Map<string, Span[]>();

function offsetAt(timeZone: string, ms: number): number {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    formats.set(timeZone, format);
  }
  const text = format.format(ms);
  const match = /GMT([+-])(\d\d):(\d\d)/.exec(text);
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) * MINUTE;
}

/** One UTC day's spans: one span, or two split at the minute the offset changes. */
function spansOfDay(timeZone: string, day: number): Span[] {
  const key = `${timeZone} ${day}`;
  let spans = daySpans.get(key);
  if (!spans) {
    const first = offsetAt(timeZone, day);
    const next = offsetAt(timeZone, day + DAY);
    let change = day + DAY;
    if (first !== next) for (change = day; offsetAt(timeZone, change) === first; change += MINUTE);
    spans = [{ start: day, end: change, offset: first }];
    if (change < day + DAY) spans.push({ start: change, end: day + DAY, offset: next });
    daySpans.set(key, spans);
  }
  return spans;
}

function spansBetween(timeZone: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  for (let day = from; day < to; day += DAY) {
    for (const span of spansOfDay(timeZone, day)) {
      const last = spans[spans.length - 1];
      if (last && last.offset === span.offset) last.end = span.end;
      else spans.push({ ...span });
    }
  }
  return spans;
}

function firstReading(spans: Span[], wall: number): number {
  for (const span of spans)
    if (span.end + span.offset > wall) return Math.max(span.start, wall - span.offset);
  return spans[spans.length - 1]!.end;
}

function staysPast(spans: Span[], wall: number): number {
  let result = spans[0]!.start;
  for (const span of spans) {
    const reached = wall - span.offset;
    if (reached > span.start) result = Math.max(result, Math.min(span.end, reached));
  }
  return result;
}

const dateMs = (date: string) => Date.parse(`${date}T00:00:00Z`);
const clockMs = (text: string) => (Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5))) * MINUTE;

/** Sorts `[start, end]` pairs and joins overlapping or touching ones. */
function merge(pairs: [number, number][]): [number, number][] {
  pairs.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of pairs) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else if (end > start) merged.push([start, end]);
  }
  return merged;
}

/** Both lists sorted and merged: one pass over each. */
function subtract(free: [number, number][], blocked: [number, number][]): [number, number][] {
  const result: [number, number][] = [];
  let j = 0;
  for (const [from, end] of free) {
    let start = from;
    while (j < blocked.length && blocked[j]![1] <= start) j++;
    for (let k = j; k < blocked.length && blocked[k]![0] < end; k++) {
      if (blocked[k]![0] > start) result.push([start, blocked[k]![0]]);
      start = Math.max(start, blocked[k]![1]);
    }
    if (start < end) result.push([start, end]);
  }
  return result;
}

function hoursOf(calendar: ResourceCalendar, day: number) {
  const date = new Date(day).toISOString().slice(0, 10);
  const exception = calendar.exceptions?.find((e) => e.date === date);
  const weekday = (new Date(day).getUTCDay() || 7) as 1;
  return exception ? exception.intervals : (calendar.weekly[weekday] ?? []);
}

/** A resource's free time over the whole range: hours, less time off, less its allocations. */
function freeTime(
  calendar: ResourceCalendar,
  spans: Span[],
  range: { first: number; last: number },
  busy: AvailabilityRequest['busy'],
): [number, number][] {
  const hours: [number, number][] = [];
  for (let day = range.first - 2 * DAY; day <= range.last + 2 * DAY; day += DAY) {
    for (const interval of hoursOf(calendar, day)) {
      const start = clockMs(interval.start);
      let end = interval.end === '24:00' ? DAY : clockMs(interval.end);
      if (end <= start) end += DAY;
      hours.push([firstReading(spans, day + start), staysPast(spans, day + end)]);
    }
  }
  const blocked: [number, number][] = [];
  const add = (start: Date, end: Date) =>
    blocked.push([Math.floor(start.getTime() / MINUTE) * MINUTE, Math.ceil(end.getTime() / MINUTE) * MINUTE]);
  for (const off of calendar.timeOff ?? []) add(off.start, off.end);
  for (const allocation of busy)
    if (allocation.resourceId === calendar.id) add(allocation.start, allocation.end);
  return subtract(merge(hours), merge(blocked));
}

function inside(free: [number, number][], from: number, to: number): boolean {
  for (const [start, end] of free) {
    if (start > from) return false;
    if (end >= to) return true;
  }
  return false;
}

interface Prepared {
  request: AvailabilityRequest;
  free: Map<string, [number, number][]>;
}

function assign(prepared: Prepared, start: number, chosen: string[]): string[] | null {
  const { request, free } = prepared;
  const role = request.roles[chosen.length];
  if (!role) return chosen;
  for (const candidate of role.candidates) {
    if (chosen.includes(candidate)) continue;
    let offset = start;
    let fits = true;
    for (const segment of request.segments) {
      const end = offset + segment.minutes * MINUTE;
      if (fits && segment.uses.includes(role.key)) fits = inside(free.get(candidate)!, offset, end);
      offset = end;
    }
    const found = fits ? assign(prepared, start, [...chosen, candidate]) : null;
    if (found) return found;
  }
  return null;
}

function slotAt(request: AvailabilityRequest, start: number, chosen: string[]): Slot {
  const assignment = Object.fromEntries(request.roles.map((role, i) => [role.key, chosen[i]!]));
  let offset = start;
  const segments = request.segments.map((segment) => {
    const from = offset;
    offset += segment.minutes * MINUTE;
    const resourceIds = segment.uses.map((key) => assignment[key]!);
    return { start: new Date(from), end: new Date(offset), resourceIds };
  });
  return { start: new Date(start), end: new Date(offset), assignment, segments };
}

/** The same answer as `findSlots` for a valid request (it validates nothing). */
export function baselineSlots(request: AvailabilityRequest): Slot[] {
  const range = { first: dateMs(request.from), last: dateMs(request.to) };
  const spans = spansBetween(request.timeZone, range.first - 4 * DAY, range.last + 5 * DAY);
  const calendars = new Map(request.calendars.map((calendar) => [calendar.id, calendar]));
  const free = new Map<string, [number, number][]>();
  for (const id of new Set(request.roles.flatMap((role) => role.candidates))) {
    free.set(id, freeTime(calendars.get(id)!, spans, range, request.busy));
  }
  const open = freeTime(request.openingHours, spans, range, []);
  const total = request.segments.reduce((sum, segment) => sum + segment.minutes, 0) * MINUTE;
  const grid = (request.gridMinutes ?? 15) * MINUTE;
  const notBefore = request.notBefore ? Math.ceil(request.notBefore.getTime() / MINUTE) * MINUTE : -Infinity;
  const slots: Slot[] = [];
  for (const span of spans) {
    // Every instant of the span whose wall-clock minute of the day is a multiple of the grid.
    for (
      let midnight = Math.floor((span.start + span.offset) / DAY) * DAY;
      midnight < span.end + span.offset;
      midnight += DAY
    ) {
      if (midnight < range.first || midnight > range.last) continue;
      for (let minute = 0; minute < DAY; minute += grid) {
        const start = midnight + minute - span.offset;
        if (start < span.start || start >= span.end || start < notBefore) continue;
        if (!inside(open, start, start + total)) continue;
        const chosen = assign({ request, free }, start, []);
        if (chosen) slots.push(slotAt(request, start, chosen));
        if (slots.length >= (request.limit ?? Infinity)) return slots;
      }
    }
  }
  return slots;
}

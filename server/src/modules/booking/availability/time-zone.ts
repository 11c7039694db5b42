import { MINUTES_PER_DAY, MS_PER_MINUTE } from './local-time';

/**
 * Instants ↔ local wall-clock minutes in one IANA zone, both as whole minutes since the epoch.
 *
 * Offsets come from Intl (the tz database Node ships) and are learned once per UTC day and
 * zone, then kept for the life of the process: the database does not change while Corium runs,
 * and asking Intl costs ~2 µs a call (building its formatter ~200 µs). A day whose first minute
 * and the next day's first minute have different offsets has one change, found by bisection to
 * the minute. Two changes within one UTC day, and offsets with seconds (local mean time before
 * ~1900), are not modelled.
 */

/** Instants `[start, end)` during which local time = instant + `offset` minutes. */
export interface OffsetSpan {
  start: number;
  end: number;
  offset: number;
}

interface ZoneOffsets {
  format: Intl.DateTimeFormat;
  /** UTC day number → offset at its first minute. */
  dayStarts: Map<number, number>;
  /** UTC day number → the change within it, or null for none. */
  changes: Map<number, { at: number; offset: number } | null>;
}

const zones = new Map<string, ZoneOffsets>();
/** The tz database has ~600 names; more distinct spellings than this means someone is playing. */
const MAX_CACHED_ZONES = 1_000;
/** About 27 years of days per zone before the cache starts over. */
const MAX_CACHED_DAYS = 10_000;

function zoneOffsets(timeZone: string): ZoneOffsets {
  let zone = zones.get(timeZone);
  if (!zone) {
    // Throws RangeError for a name the tz database does not know.
    const format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    zone = { format, dayStarts: new Map(), changes: new Map() };
    if (zones.size >= MAX_CACHED_ZONES) zones.clear();
    zones.set(timeZone, zone);
  }
  return zone;
}

export function isKnownTimeZone(timeZone: unknown): boolean {
  if (typeof timeZone !== 'string' || timeZone === '') return false;
  try {
    zoneOffsets(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** `10/25/2026, GMT+01:00` → 60; `GMT` alone is 0. */
function offsetAt(format: Intl.DateTimeFormat, minute: number): number {
  const text = format.format(minute * MS_PER_MINUTE);
  const gmt = text.lastIndexOf('GMT');
  if (text.length === gmt + 3) return 0;
  const sign = text[gmt + 3] === '-' ? -1 : 1;
  return sign * (Number(text.slice(gmt + 4, gmt + 6)) * 60 + Number(text.slice(gmt + 7, gmt + 9)));
}

function dayStartOffset(zone: ZoneOffsets, day: number): number {
  let offset = zone.dayStarts.get(day);
  if (offset === undefined) {
    if (zone.dayStarts.size >= MAX_CACHED_DAYS) {
      zone.dayStarts.clear();
      zone.changes.clear();
    }
    offset = offsetAt(zone.format, day * MINUTES_PER_DAY);
    zone.dayStarts.set(day, offset);
  }
  return offset;
}

function changeWithin(zone: ZoneOffsets, day: number): { at: number; offset: number } | null {
  const known = zone.changes.get(day);
  if (known !== undefined) return known;
  const before = dayStartOffset(zone, day);
  const after = dayStartOffset(zone, day + 1);
  let change = null;
  if (before !== after) {
    // Bisection: `low` always has the old offset, `high` the new one; 11 steps for 1440 minutes.
    let low = day * MINUTES_PER_DAY;
    let high = low + MINUTES_PER_DAY;
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (offsetAt(zone.format, middle) === before) low = middle;
      else high = middle;
    }
    change = { at: high, offset: after };
  }
  zone.changes.set(day, change);
  return change;
}

/** Spans covering at least the instants `[from, to)` (whole UTC days), in order. */
export function offsetSpans(timeZone: string, from: number, to: number): OffsetSpan[] {
  const zone = zoneOffsets(timeZone);
  const spans: OffsetSpan[] = [];
  const add = (start: number, end: number, offset: number) => {
    const last = spans[spans.length - 1];
    if (last && last.offset === offset) last.end = end;
    else spans.push({ start, end, offset });
  };
  for (let day = Math.floor(from / MINUTES_PER_DAY); day * MINUTES_PER_DAY < to; day++) {
    const start = day * MINUTES_PER_DAY;
    const change = changeWithin(zone, day);
    if (change) {
      add(start, change.at, dayStartOffset(zone, day));
      add(change.at, start + MINUTES_PER_DAY, change.offset);
    } else add(start, start + MINUTES_PER_DAY, dayStartOffset(zone, day));
  }
  return spans;
}

/** The local minute an instant reads on the wall clock. */
export function localMinute(spans: readonly OffsetSpan[], instant: number): number {
  for (const span of spans) if (instant < span.end) return instant + span.offset;
  return instant + spans[spans.length - 1]!.offset;
}

/**
 * The first instant at which the clock reads `wall` or later: where a working interval starts.
 * In the spring-forward gap that is the jump itself (New York, 02:30 → 07:00Z, i.e. 03:00 EDT);
 * in the repeated hour of a fall-back it is the first time round.
 */
export function firstInstantReading(spans: readonly OffsetSpan[], wall: number): number {
  for (const span of spans) {
    if (span.end + span.offset > wall) return Math.max(span.start, wall - span.offset);
  }
  return spans[spans.length - 1]!.end;
}

/**
 * The instant from which the clock reads `wall` or later for good: where a working interval
 * ends. In the repeated hour that is the second time round, so 01:00–03:00 on London's
 * fall-back day is three real hours; in the gap it is the jump.
 */
export function instantClockStaysPast(spans: readonly OffsetSpan[], wall: number): number {
  let result = spans[0]!.start;
  for (const span of spans) {
    const reached = wall - span.offset;
    if (reached > span.start) result = Math.max(result, Math.min(span.end, reached));
  }
  return result;
}

/**
 * `[first, last)`: every instant whose local date is a day from `firstDay` to `lastDay` lies
 * within (a midnight repeated by a fall-back counts from its first time round).
 */
export function instantsOfDays(timeZone: string, firstDay: number, lastDay: number) {
  const firstMidnight = firstDay * MINUTES_PER_DAY;
  const endMidnight = (lastDay + 1) * MINUTES_PER_DAY;
  const margin = 2 * MINUTES_PER_DAY;
  return {
    first: firstInstantReading(
      offsetSpans(timeZone, firstMidnight - margin, firstMidnight + margin),
      firstMidnight,
    ),
    last: instantClockStaysPast(
      offsetSpans(timeZone, endMidnight - margin, endMidnight + margin),
      endMidnight,
    ),
  };
}

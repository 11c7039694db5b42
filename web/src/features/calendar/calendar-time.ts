/**
 * Wall-clock arithmetic in the location's IANA zone, whatever zone the device is in. Days are
 * `YYYY-MM-DD`; a time of day is minutes after local midnight (09:15 → 555).
 */

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

const partsFormats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let format = partsFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    partsFormats.set(timeZone, format);
  }
  return format;
}

export interface WallClock {
  date: string;
  minutes: number;
}

/** Where `instant` falls on the zone's calendar and clock. */
export function wallClockOf(instant: Date, timeZone: string): WallClock {
  const parts = partsFormat(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00';
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    minutes: Number(part('hour')) * 60 + Number(part('minute')),
  };
}

/** The zone's offset from UTC at `instant`, in minutes (London in summer: 60). */
function offsetMinutes(instant: Date, timeZone: string): number {
  const wall = wallClockOf(instant, timeZone);
  const asUtc = Date.parse(`${wall.date}T00:00:00Z`) + wall.minutes * MINUTE_MS;
  return Math.round((asUtc - Math.floor(instant.getTime() / MINUTE_MS) * MINUTE_MS) / MINUTE_MS);
}

/**
 * The instant the zone's clock shows `minutes` on `date`. Two passes settle the offset across a
 * DST change; a time skipped by the spring change lands an hour later, as clocks do.
 */
export function instantAt(date: string, minutes: number, timeZone: string): Date {
  const naive = Date.parse(`${date}T00:00:00Z`) + minutes * MINUTE_MS;
  let guess = naive - offsetMinutes(new Date(naive), timeZone) * MINUTE_MS;
  guess = naive - offsetMinutes(new Date(guess), timeZone) * MINUTE_MS;
  return new Date(guess);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

export type CalendarView = 'day' | 'week';

/** The days a view shows around `anchor`: that day, or its Monday-to-Sunday week. */
export function viewDays(view: CalendarView, anchor: string): string[] {
  if (view === 'day') return [anchor];
  const monday = addDays(anchor, 1 - isoWeekday(anchor));
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** The day `step` views away: a day or a week. */
export function stepAnchor(view: CalendarView, anchor: string, step: number): string {
  return addDays(anchor, step * (view === 'day' ? 1 : 7));
}

/** "Tue 1 Dec"; a calendar day has no zone, so it is formatted as UTC. */
export function dayLabel(date: string, style: 'short' | 'long' = 'short'): string {
  const options: Intl.DateTimeFormatOptions =
    style === 'short'
      ? { weekday: 'short', day: 'numeric', month: 'short' }
      : { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };
  return new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** 555 → "09:15". */
export function clockLabel(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** "Tue 1 Dec, 09:15" for an instant, on the zone's clock. */
export function momentLabel(instant: string, timeZone: string): string {
  const wall = wallClockOf(new Date(instant), timeZone);
  return `${dayLabel(wall.date)}, ${clockLabel(wall.minutes)}`;
}

/** The span of a visit on the zone's clock: "09:15–10:40". */
export function spanLabel(start: string, end: string, timeZone: string): string {
  return `${clockLabel(wallClockOf(new Date(start), timeZone).minutes)}–${clockLabel(
    wallClockOf(new Date(end), timeZone).minutes,
  )}`;
}

/** The quarter-hour grid the clinic books on. */
export const GRID_MINUTES = 15;

export const snapToGrid = (minutes: number): number => Math.round(minutes / GRID_MINUTES) * GRID_MINUTES;

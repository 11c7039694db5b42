/**
 * Instants seen on a location's wall clock. Opening and working hours are wall-clock times in
 * the location's IANA zone, so "09:00 on Monday" is 08:00Z in summer London and 09:00Z in winter.
 */

export interface WallClock {
  /** The calendar day, `YYYY-MM-DD`. */
  date: string;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Minutes since midnight: 09:15 → 555. */
  minutes: number;
  seconds: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formats.set(timeZone, format);
  }
  return format;
}

export function wallClockOf(instant: Date, timeZone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const part of formatFor(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  return {
    date,
    weekday: weekdayOf(date),
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
    seconds: Number(parts.second),
  };
}

/** ISO weekday of a calendar day: 2026-11-30 is a Monday → 1. */
export function weekdayOf(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** 'HH:MM' or 'HH:MM:SS' (PostgreSQL's `time`) → minutes since midnight. */
export function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

/** Minutes since midnight → 'HH:MM'; 1440 (a day's end) reads '24:00'. */
export function wallTime(minutes: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** Whole calendar days from `a` to `b` ('2026-12-01' → '2026-12-15' = 14), whatever the zone's clock changes. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The calendar day `days` after `date`. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The instant the location's wall clock shows `time` ('HH:MM') on `date`: 10:00 on 1 July in
 * London is 09:00Z. Two corrections settle it; a time the clocks skip lands an hour later.
 */
export function instantAt(date: string, time: string, timeZone: string): Date {
  const target = Date.parse(`${date}T${time}:00Z`);
  let guess = target;
  for (let pass = 0; pass < 2; pass++) {
    const wall = wallClockOf(new Date(guess), timeZone);
    guess += target - (Date.parse(`${wall.date}T00:00:00Z`) + wall.minutes * 60_000);
  }
  return new Date(guess);
}

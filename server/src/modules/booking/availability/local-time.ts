/**
 * Local calendar arithmetic without a zone: dates as day numbers (days since 1970-01-01) and
 * wall-clock times as minutes, so that "local minute" = day × 1440 + minute of the day.
 */

export const MINUTES_PER_DAY = 1440;
export const MS_PER_MINUTE = 60_000;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const START = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** `2026-10-25` → 20751; null for anything that is not a real calendar date (2026-02-30). */
export function parseDate(text: unknown): number | null {
  if (typeof text !== 'string') return null;
  const match = DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1) return null;
  return ms / (MS_PER_MINUTE * MINUTES_PER_DAY);
}

/** 1970-01-01 (day 0) was a Thursday: ISO weekday 4. */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** `09:30` → 570; null when malformed. `24:00` is only an end. */
export function parseClock(text: unknown, asEnd: boolean): number | null {
  if (typeof text !== 'string') return null;
  if (asEnd && text === '24:00') return MINUTES_PER_DAY;
  const match = START.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** Calendar-day arithmetic on `YYYY-MM-DD` strings, in UTC so no zone or DST can shift a day. */

const parse = (day: string): Date => new Date(`${day}T00:00:00Z`);
const format = (date: Date): string => date.toISOString().slice(0, 10);

export const addDays = (day: string, days: number): string => {
  const date = parse(day);
  date.setUTCDate(date.getUTCDate() + days);
  return format(date);
};

/**
 * The same day `months` later, or the month's last day when it has no such day:
 * 2026-01-31 + 1 month → 2026-02-28; 2026-03-15 + 3 months → 2026-06-15.
 */
export function addMonths(day: string, months: number): string {
  const date = parse(day);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return format(target);
}

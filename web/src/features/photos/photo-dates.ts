import { clinicDay } from '../../lib/clinic-time';

/** E.g. "3 Mar 2025", in the clinic's calendar. */
export function photoDate(takenAt: string, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, { timeZone, dateStyle: 'medium' }).format(new Date(takenAt));
}

/** `YYYY-MM-DD` in the clinic's calendar, e.g. for a file name. */
export function photoDay(takenAt: string, timeZone: string): string {
  return clinicDay(new Date(takenAt), timeZone);
}

/**
 * When a photo picked from the device was taken, from the day the person gives: left out for
 * today (the server then uses the moment of upload), else midday of that day on the device's
 * clock — a day is all a person remembers, and midday cannot slip into the day before or after
 * in any nearby zone. Null for a day still to come, which the server would refuse.
 */
export function takenAtForDay(day: string, today: string, offsetMinutes: number): string | undefined | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || day > today) return null;
  if (day === today) return undefined;
  const utcMidday = Date.parse(`${day}T12:00:00Z`);
  // `offsetMinutes` as Date#getTimezoneOffset gives it: minutes behind UTC (−60 in Paris in winter).
  return new Date(utcMidday + offsetMinutes * 60_000).toISOString();
}

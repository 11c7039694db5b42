/**
 * Dates as a patient reads them on a consent, in the clinic's zone. Built from numeric parts and
 * our own month names so the printed text (and so the hash and the PDF bytes) does not depend
 * on the runtime's locale data.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

interface WallClock {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
}

function wallClock(at: Date, timeZone: string): WallClock {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)!.value;
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
  };
}

/** `2026-11-26` → `26 November 2026`. */
export function longDate(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return `${date} ${MONTHS[month! - 1]} ${year}`;
}

/** The calendar day of an instant in a zone: 23:30 UTC on 26 Nov is 27 Nov in Europe/Berlin. */
export function dayInZone(at: Date, timeZone: string): string {
  const c = wallClock(at, timeZone);
  return `${c.year}-${c.month}-${c.day}`;
}

/** `26 November 2026, 14:03 (Europe/London)`: the wall-clock time where the patient signed. */
export function signedTime(at: Date, timeZone: string): string {
  const c = wallClock(at, timeZone);
  return `${longDate(`${c.year}-${c.month}-${c.day}`)}, ${c.hour}:${c.minute} (${timeZone})`;
}

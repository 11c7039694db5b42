/** A visit's day and time as the clinic's wall clock shows them, in words for a phone screen. */
export function visitDay(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(new Date(instant));
}

export function visitTime(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, { timeZone, hour: 'numeric', minute: '2-digit' }).format(
    new Date(instant),
  );
}

export const visitWhen = (instant: string, timeZone: string): string =>
  `${visitDay(instant, timeZone)} at ${visitTime(instant, timeZone)}`;

/** A calendar day (`YYYY-MM-DD`) in words; it has no zone, so none may shift it. */
export function dayWords(day: string): string {
  return new Intl.DateTimeFormat(undefined, {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(new Date(`${day}T12:00:00Z`));
}

/** `YYYY-MM-DD` plus `days`. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Formats dates in the clinic's zone, whatever zone the device is set to. */
export function clinicDate(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, { timeZone, dateStyle: 'full' }).format(now);
}

export function clinicTime(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, { timeZone, timeStyle: 'short' }).format(now);
}

/** The zone's current UTC offset, e.g. "GMT+1". */
export function utcOffset(now: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'shortOffset' }).formatToParts(now);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
}

export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** A moment, e.g. when a record was read, as the clinic's wall clock showed it. */
export function clinicDateTime(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(instant),
  );
}

/** A calendar day (`YYYY-MM-DD`) such as a date of birth; it has no zone, so none may shift it. */
export function calendarDate(day: string): string {
  return new Intl.DateTimeFormat(undefined, { timeZone: 'UTC', dateStyle: 'medium' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/** The clinic's calendar day at `now` as `YYYY-MM-DD`, e.g. the latest possible date of birth. */
export function clinicDay(now: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

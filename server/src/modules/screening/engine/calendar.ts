/**
 * Calendar-day arithmetic on `YYYY-MM-DD` strings. Everything runs in UTC so that no time
 * zone or daylight-saving change can add or drop a day: 2028-02-28 → 2028-03-01 is 2 days
 * (leap year), 2026-02-28 → 2026-03-01 is 1.
 */

const MS_PER_DAY = 86_400_000;

function parts(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/** Whole days since 1970-01-01; NaN for a string that is not a date. */
export function dayNumber(date: string): number {
  const [year, month, day] = parts(date);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** Whole calendar days from `from` to `to`: 2026-11-01 → 2026-11-15 is 14; negative if `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * Age in whole years on `date`. A birthday counts from its own day: born 2008-11-25, the
 * patient is 17 on 2026-11-24 and 18 on 2026-11-25. Someone born on 29 February turns a year
 * older on 1 March in common years (the later, more cautious reading).
 */
export function ageOn(dateOfBirth: string, date: string): number {
  const [birthYear, birthMonth, birthDay] = parts(dateOfBirth);
  const [year, month, day] = parts(date);
  const hadBirthday = month > birthMonth || (month === birthMonth && day >= birthDay);
  return year - birthYear - (hadBirthday ? 0 : 1);
}

/** Words and small helpers the set-up screens share. */

export const weekdayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** ISO weekday (1 = Monday) → its name. */
export const weekdayName = (weekday: number): string => weekdayNames[weekday - 1] ?? String(weekday);

export const weekdayOptions = weekdayNames.map((label, i) => ({ value: String(i + 1), label }));

export const roomKindLabels = { treatment: 'Treatment room', consult: 'Consultation room' } as const;
export const deviceKindLabels = { pen: 'Microneedling pen', rf_unit: 'RF microneedling unit' } as const;
export const deviceStatusLabels = {
  in_service: 'In service',
  maintenance: 'In maintenance',
  retired: 'Retired',
} as const;

export const optionsOf = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/** "3 visits to come" — how many bookings still hold a room or device. */
export const visitsToCome = (n: number): string =>
  n === 0 ? 'No visits to come' : `${n} ${n === 1 ? 'visit' : 'visits'} to come`;

export interface HoursRow {
  weekday: number;
  start: string;
  end: string;
}

/** Rows in the order of the week, then of the day. */
export const byWeek = <T extends HoursRow>(rows: readonly T[]): T[] =>
  [...rows].sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start));

const amount = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** `total` small units as big ones and the rest, e.g. 36 hours → "1 day and 12 hours". */
function inTwoUnits(total: number, perBig: number, big: string, small: string): string {
  const bigs = Math.floor(total / perBig);
  const rest = total % perBig;
  if (bigs === 0) return amount(rest, small);
  return rest === 0 ? amount(bigs, big) : `${amount(bigs, big)} and ${amount(rest, small)}`;
}

/** A notice as people say it: 48 → "2 days", 36 → "1 day and 12 hours", 5 → "5 hours". */
export const hoursInWords = (hours: number): string => inTwoUnits(hours, 24, 'day', 'hour');

/** How long an offer stays open: 120 → "2 hours", 90 → "1 hour and 30 minutes", 45 → "45 minutes". */
export const minutesInWords = (minutes: number): string => inTwoUnits(minutes, 60, 'hour', 'minute');

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

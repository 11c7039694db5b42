import { daysBetween } from './wall-clock';

/**
 * Needling sessions less than 14 days apart are refused without a prescriber's override
 * (issue 6; clinical-reference.md §2.7: the shortest intervals studied are two weeks). A series
 * may ask for more: the larger minimum of the two sessions' series counts.
 */
export const SPACING_FLOOR_DAYS = 14;

/** A needling session of the patient, booked or done, on the location's calendar day. */
export interface NeedlingSession {
  appointmentId: string;
  date: string;
  start: Date;
  /** Its series' minimum interval; null outside a series. */
  minIntervalDays: number | null;
}

export interface SpacingConflict {
  appointmentId: string;
  start: string;
  /** Calendar days between the two sessions. */
  days: number;
  minimumDays: number;
}

/** The patient's other needling sessions too close to one planned on `planned.date`. */
export function spacingConflicts(
  planned: { date: string; minIntervalDays: number | null },
  others: readonly NeedlingSession[],
): SpacingConflict[] {
  return others.flatMap((other) => {
    const minimumDays = Math.max(
      SPACING_FLOOR_DAYS,
      planned.minIntervalDays ?? 0,
      other.minIntervalDays ?? 0,
    );
    const days = Math.abs(daysBetween(other.date, planned.date));
    return days < minimumDays
      ? [{ appointmentId: other.appointmentId, start: other.start.toISOString(), days, minimumDays }]
      : [];
  });
}

import { spacingConflicts, type NeedlingSession } from '../spacing';
import { addDays } from '../wall-clock';

/**
 * The portal's own rules, pure: whether a new patient sees a consultation first, the days the
 * next session of a series may fall on, the first day spacing allows, and the cancel cut-off.
 */

/** What the patient has had or has booked: the consultation-first rule looks at nothing else. */
export interface PatientVisits {
  /** Treatments booked or done. */
  treatments: number;
  /** Consultations booked or done. */
  consultations: number;
  /** A clinician planned a course with the patient, so they have been seen. */
  hasSeries: boolean;
}

export const CONSULTATION_FIRST_REASON =
  'As this would be your first treatment with us, a clinician first looks at your skin and plans the treatment with you in a consultation.';

/** Null when treatments may be booked; otherwise why the consultation comes first. */
export function consultationFirst(visits: PatientVisits, clinicWantsIt: boolean): string | null {
  if (!clinicWantsIt) return null;
  const seen = visits.treatments > 0 || visits.consultations > 0 || visits.hasSeries;
  return seen ? null : CONSULTATION_FIRST_REASON;
}

export interface SeriesPlan {
  sessions: number;
  minIntervalDays: number;
  maxIntervalDays: number;
  /** Sessions booked or done: number and local day. */
  booked: { sessionNumber: number; day: string }[];
}

/**
 * The next session not yet booked, and its window: from the latest booked session plus the
 * minimum interval to it plus the maximum (a course of 4 weeks, 28–42 days: booked on 1 Dec →
 * 29 Dec to 12 Jan). The first session may be any day from today. Never before today.
 */
export function nextSessionWindow(
  plan: SeriesPlan,
  today: string,
): { sessionNumber: number; earliest: string; latest: string | null } | null {
  const taken = new Set(plan.booked.map((b) => b.sessionNumber));
  let sessionNumber = 0;
  for (let n = 1; n <= plan.sessions && sessionNumber === 0; n++) if (!taken.has(n)) sessionNumber = n;
  if (sessionNumber === 0) return null;
  const last = plan.booked
    .map((b) => b.day)
    .sort()
    .at(-1);
  if (!last) return { sessionNumber, earliest: today, latest: null };
  const earliest = addDays(last, plan.minIntervalDays);
  const latest = addDays(last, plan.maxIntervalDays);
  return {
    sessionNumber,
    earliest: earliest > today ? earliest : today,
    latest: latest < today ? today : latest,
  };
}

/** How far ahead the search for a day spacing allows goes: past every session a year either side. */
const SEARCH_DAYS = 800;

/**
 * The first day on or after `from` that is far enough from every other needling session (the
 * same rule booking applies, spacing.ts): a session on 1 Dec and 14 days' minimum → 15 Dec.
 */
export function earliestSpacedDay(
  from: string,
  others: readonly NeedlingSession[],
  minIntervalDays: number | null,
): string {
  for (let n = 0; n < SEARCH_DAYS; n++) {
    const date = addDays(from, n);
    if (spacingConflicts({ date, minIntervalDays }, others).length === 0) return date;
  }
  return addDays(from, SEARCH_DAYS);
}

/** The last instant the portal cancels a visit: the clinic's notice period before it starts. */
export const cancellableUntil = (start: Date, noticeHours: number): Date =>
  new Date(start.getTime() - noticeHours * 3_600_000);

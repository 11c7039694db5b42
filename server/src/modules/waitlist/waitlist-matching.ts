import type { TimeOfDay } from '@corium/contracts';

/**
 * Who is offered a freed time, pure: the oldest waiting entry for the same service at the same
 * location whose days, time of day and practitioner (if chosen) fit, of a patient who can be
 * written to and has not been offered this time before.
 */

export interface FreedTime {
  serviceId: string;
  locationId: string;
  /** The practitioner the cancelled visit held; null when the service needs none. */
  practitionerId: string | null;
  /** The start on the location's wall clock. */
  day: string;
  minutes: number;
}

export interface WaitingEntry {
  id: string;
  patientId: string;
  serviceId: string;
  locationId: string;
  practitionerId: string | null;
  earliestDate: string;
  latestDate: string;
  timeOfDay: TimeOfDay;
  createdAt: Date;
  /** The patient has an e-mail address: an offer can reach them. */
  reachable: boolean;
}

/** Mornings end at noon: a visit starting at 11:45 is a morning one, at 12:00 an afternoon one. */
const NOON_MINUTES = 12 * 60;

export function fitsTimeOfDay(preference: TimeOfDay, minutes: number): boolean {
  if (preference === 'morning') return minutes < NOON_MINUTES;
  if (preference === 'afternoon') return minutes >= NOON_MINUTES;
  return true;
}

export function fits(entry: WaitingEntry, time: FreedTime): boolean {
  return (
    entry.serviceId === time.serviceId &&
    entry.locationId === time.locationId &&
    entry.earliestDate <= time.day &&
    time.day <= entry.latestDate &&
    fitsTimeOfDay(entry.timeOfDay, time.minutes) &&
    (entry.practitionerId === null || entry.practitionerId === time.practitionerId)
  );
}

/** First come, first offered; `passedOver` holds patients already asked (or who gave the time up). */
export function firstMatch(
  entries: readonly WaitingEntry[],
  time: FreedTime,
  passedOver: ReadonlySet<string>,
): WaitingEntry | null {
  const inOrder = [...entries].sort(
    (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id),
  );
  return inOrder.find((e) => e.reachable && !passedOver.has(e.patientId) && fits(e, time)) ?? null;
}

import type { AppointmentNoticeKind } from '@corium/contracts';

/** A reminder goes out a day before the visit: 24 h, whatever the clocks do in between. */
export const REMINDER_LEAD_MS = 24 * 3_600_000;

/**
 * When the reminder of a visit starting at `start` is due, or null when that moment has
 * already passed (a visit booked less than 24 h ahead): a reminder is never sent late.
 */
export function reminderAt(start: Date, now: Date): Date | null {
  const at = new Date(start.getTime() - REMINDER_LEAD_MS);
  return at > now ? at : null;
}

/** The visit as it is when the message is about to go. */
export interface VisitState {
  status: 'booked' | 'cancelled' | 'no_show' | 'completed';
  startsAt: Date;
}

/**
 * Whether a message written when the visit started at `expectedStart` still tells the truth.
 * A cancellation notice needs the visit cancelled; every other message needs it still booked at
 * that same time — a reminder queued before a move or a cancel finds it changed and stays
 * silent, as does a reminder whose visit has already begun (a worker that was down for a day).
 */
export function stillTrue(
  kind: AppointmentNoticeKind,
  expectedStart: string,
  visit: VisitState,
  now: Date,
): boolean {
  if (kind === 'cancellation') return visit.status === 'cancelled';
  if (visit.status !== 'booked' || visit.startsAt.getTime() !== Date.parse(expectedStart)) return false;
  return kind !== 'reminder' || now < visit.startsAt;
}

import type { AftercareTimeline } from '@corium/contracts';
import { addDays, instantAt } from '../../booking/wall-clock';
import type { BuiltMessage } from './build-plan';

/**
 * When each check-in opens, is reminded and closes, and when each morning message goes out: wall
 * clock times of the timeline in the clinic's IANA zone, so "08:00 on day 3" stays 08:00 across
 * a daylight-saving change (treated 2026-03-27 in London: day 3 = 29 March 08:00 BST = 07:00Z).
 */
export interface CheckInSlot {
  day: number;
  dueDate: string;
  opensAt: Date;
  remindAt: Date;
  closesAt: Date;
}

export function checkInSlots(
  treatmentDate: string,
  timeZone: string,
  timeline: AftercareTimeline,
): CheckInSlot[] {
  return timeline.checkInDays.map((day) => {
    const dueDate = addDays(treatmentDate, day);
    const opensAt = instantAt(dueDate, timeline.morningTime, timeZone);
    return {
      day,
      dueDate,
      opensAt,
      remindAt: instantAt(dueDate, timeline.reminderTime, timeZone),
      closesAt: new Date(opensAt.getTime() + timeline.checkInOpenHours * 3_600_000),
    };
  });
}

export interface MessageSlot {
  id: string;
  day: number;
  at: Date;
}

export function messageSlots(
  treatmentDate: string,
  timeZone: string,
  morningTime: string,
  messages: readonly BuiltMessage[],
): MessageSlot[] {
  return messages.map((m) => ({
    id: m.id,
    day: m.day,
    at: instantAt(addDays(treatmentDate, m.day), morningTime, timeZone),
  }));
}

/** Today's day number of a plan on the clinic's calendar: 0 on the treatment day. */
export function dayOfPlan(treatmentDate: string, today: string): number {
  return Math.round(
    (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${treatmentDate}T00:00:00Z`)) / 86_400_000,
  );
}

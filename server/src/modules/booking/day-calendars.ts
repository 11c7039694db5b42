import type { IsoWeekday, ResourceCalendar, WallInterval } from './availability';
import { hhmm } from './catalog.mapper';

/**
 * The clinic's hours as the availability core reads them: wall-clock weekly patterns per
 * resource. Rooms and devices keep the location's opening hours; practitioners their own
 * working hours there, that day's exception, and their time off.
 */

type OpeningRow = { weekday: number; opens_at: string; closes_at: string };
type WorkingRow = { user_id: string; weekday: number; starts_at: string; ends_at: string };
type ExceptionRow = { user_id: string; day: string; intervals: unknown };
type TimeOffRow = { user_id: string; start: Date; end: Date };

function weeklyOf<T extends { weekday: number }>(
  rows: readonly T[],
  interval: (row: T) => WallInterval,
): ResourceCalendar['weekly'] {
  const weekly: ResourceCalendar['weekly'] = {};
  for (const row of rows) (weekly[row.weekday as IsoWeekday] ??= []).push(interval(row));
  return weekly;
}

export function openingCalendar(id: string, rows: readonly OpeningRow[]): ResourceCalendar {
  return { id, weekly: weeklyOf(rows, (r) => ({ start: hhmm(r.opens_at), end: hhmm(r.closes_at) })) };
}

export function practitionerCalendar(
  id: string,
  rows: {
    weekly: readonly WorkingRow[];
    exceptions: readonly ExceptionRow[];
    timeOff: readonly TimeOffRow[];
  },
): ResourceCalendar {
  const own = <T extends { user_id: string }>(list: readonly T[]) => list.filter((r) => r.user_id === id);
  return {
    id,
    weekly: weeklyOf(own(rows.weekly), (r) => ({ start: hhmm(r.starts_at), end: hhmm(r.ends_at) })),
    exceptions: own(rows.exceptions).map((e) => ({ date: e.day, intervals: e.intervals as WallInterval[] })),
    timeOff: own(rows.timeOff).map((t) => ({ start: t.start, end: t.end })),
  };
}

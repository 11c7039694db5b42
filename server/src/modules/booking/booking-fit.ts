import type { FieldIssue } from '@corium/contracts';
import type { PlacedSegment } from './visit-plan';
import { wallClockOf, wallTime } from './wall-clock';

/** Minutes since the location's midnight, [start, end). */
export interface WallInterval {
  start: number;
  end: number;
}

/** A practitioner's hours on the visit's day (weekly pattern or that day's exception) and time off. */
export interface PractitionerDay {
  role: string;
  name: string;
  hours: WallInterval[];
  timeOff: { start: Date; end: Date }[];
}

export interface FitInput {
  timeZone: string;
  placed: readonly PlacedSegment[];
  /** Starts fall on this grid of the wall clock: 15 → :00, :15, :30, :45. */
  gridMinutes: number;
  /** The location's opening hours that day. */
  opening: WallInterval[];
  practitioners: PractitionerDay[];
}

const MINUTE = 60_000;
const within = (intervals: WallInterval[], start: number, end: number): boolean =>
  intervals.some((i) => i.start <= start && end <= i.end);
const describe = (intervals: WallInterval[]): string =>
  intervals.map((i) => `${wallTime(i.start)}–${wallTime(i.end)}`).join(', ');

/**
 * Whether a visit fits the location's day: on the grid, inside opening hours, and every
 * practitioner working (and not on leave) for each segment they are needed in. Each problem
 * names the field that would fix it: `start`, or the role in `assignment`.
 */
export function fitIssues(input: FitInput): FieldIssue[] {
  const { timeZone, placed, gridMinutes } = input;
  const first = placed[0]!;
  const visitEnd = placed[placed.length - 1]!.end;
  const from = wallClockOf(first.start, timeZone);
  const to = wallClockOf(visitEnd, timeZone);
  const durationMinutes = (visitEnd.getTime() - first.start.getTime()) / MINUTE;
  // The visit as the wall clock shows it; a visit ending at midnight ends at minute 1440.
  const endMinutes = to.date === from.date ? to.minutes : to.minutes === 0 ? 1440 : Number.NaN;
  if (from.seconds !== 0 || from.minutes % gridMinutes !== 0)
    return [{ path: 'start', message: `Visits start on the ${gridMinutes}-minute grid (e.g. 09:00, 09:15)` }];
  if (Number.isNaN(endMinutes)) return [{ path: 'start', message: 'The visit would run past midnight' }];
  // 01:30 + 60 min on the night the clocks go forward reads 03:30: no opening hours span that.
  if (endMinutes - from.minutes !== durationMinutes)
    return [{ path: 'start', message: 'The visit would span a clock change' }];
  if (input.opening.length === 0) return [{ path: 'start', message: 'The location is closed that day' }];
  if (!within(input.opening, from.minutes, endMinutes))
    return [
      {
        path: 'start',
        message: `The location is not open for the whole visit (${wallTime(from.minutes)}–${wallTime(endMinutes)}; open ${describe(input.opening)})`,
      },
    ];
  return input.practitioners.flatMap((p) => practitionerIssues(p, placed, from.minutes, first.start));
}

function practitionerIssues(
  practitioner: PractitionerDay,
  placed: readonly PlacedSegment[],
  startMinutes: number,
  visitStart: Date,
): FieldIssue[] {
  const path = `assignment.${practitioner.role}`;
  for (const segment of placed.filter((s) => s.uses.includes(practitioner.role))) {
    const start = startMinutes + (segment.start.getTime() - visitStart.getTime()) / MINUTE;
    const end = start + (segment.end.getTime() - segment.start.getTime()) / MINUTE;
    if (practitioner.hours.length === 0)
      return [{ path, message: `${practitioner.name} is not working that day` }];
    if (!within(practitioner.hours, start, end))
      return [
        {
          path,
          message: `${practitioner.name} does not work ${wallTime(start)}–${wallTime(end)} (${segment.name}) that day (works ${describe(practitioner.hours)})`,
        },
      ];
    const away = practitioner.timeOff.some((t) => t.start < segment.end && segment.start < t.end);
    if (away) return [{ path, message: `${practitioner.name} is on time off during the ${segment.name}` }];
  }
  return [];
}

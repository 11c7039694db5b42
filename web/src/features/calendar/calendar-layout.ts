import type { Appointment, BookingResources, BookingService } from '@corium/contracts';
import { wallClockOf } from './calendar-time';

export type ColumnKind = 'practitioner' | 'room';

/** One column of the grid: one practitioner's or room's day. */
export interface CalendarColumn {
  key: string;
  day: string;
  resourceId: string;
  label: string;
}

export interface ColumnResource {
  id: string;
  name: string;
}

/** The location's practitioners or active rooms, in name order. */
export function columnResources(
  resources: BookingResources,
  kind: ColumnKind,
  locationId: string,
): ColumnResource[] {
  const list =
    kind === 'practitioner'
      ? resources.practitioners
          .filter((p) => p.locationIds.includes(locationId))
          .map((p) => ({ id: p.id, name: p.displayName }))
      : resources.rooms.filter((r) => r.locationId === locationId && r.active);
  return list.map(({ id, name }) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}

/** Days across, and within each day its practitioners or rooms. */
export function calendarColumns(days: string[], resources: ColumnResource[]): CalendarColumn[] {
  return days.flatMap((day) =>
    resources.map((r) => ({ key: `${day}/${r.id}`, day, resourceId: r.id, label: r.name })),
  );
}

/**
 * `busy`: a stretch that holds the practitioner (the needling); `waiting`: one that holds only
 * the room (numbing, aftercare) — the practitioner may treat someone else meanwhile.
 */
export type SegmentKind = 'busy' | 'waiting';

export interface PlacedSegment {
  name: string;
  kind: SegmentKind;
  startMinute: number;
  endMinute: number;
}

/** An appointment's holds on one column, as minutes of that column's day. */
export interface PlacedBlock {
  appointment: Appointment;
  column: CalendarColumn;
  /** The role the column's resource fills in this visit, e.g. `room`. */
  role: string;
  startMinute: number;
  endMinute: number;
  segments: PlacedSegment[];
}

interface Stretch {
  name: string;
  kind: SegmentKind;
  start: number;
  end: number;
}

/** The service's segments as instants (ms) from the visit's start. */
function stretchesOf(appointment: Appointment, service: BookingService | undefined): Stretch[] {
  const startMs = Date.parse(appointment.start);
  if (!service) return [{ name: 'Visit', kind: 'busy', start: startMs, end: Date.parse(appointment.end) }];
  const practitionerRoles = service.roles.filter((r) => r.kind === 'practitioner').map((r) => r.key);
  let at = startMs;
  return service.segments.map((segment) => {
    const stretch: Stretch = {
      name: segment.name,
      kind: segment.uses.some((key) => practitionerRoles.includes(key)) ? 'busy' : 'waiting',
      start: at,
      end: at + segment.minutes * 60_000,
    };
    at = stretch.end;
    return stretch;
  });
}

/** Minutes after the column's midnight; past midnight runs on (a day is 1440). */
function minuteOf(ms: number, day: string, timeZone: string): number {
  const wall = wallClockOf(new Date(ms), timeZone);
  const dayShift = Math.round(
    (Date.parse(`${wall.date}T00:00:00Z`) - Date.parse(`${day}T00:00:00Z`)) / 86_400_000,
  );
  return wall.minutes + dayShift * 1440;
}

function placeHold(
  appointment: Appointment,
  hold: Appointment['resources'][number],
  column: CalendarColumn,
  stretches: Stretch[],
  timeZone: string,
): PlacedBlock {
  const holdStart = Date.parse(hold.start);
  const holdEnd = Date.parse(hold.end);
  const segments = stretches
    .filter((s) => s.end > holdStart && s.start < holdEnd)
    .map((s) => ({
      name: s.name,
      kind: s.kind,
      startMinute: minuteOf(Math.max(s.start, holdStart), column.day, timeZone),
      endMinute: minuteOf(Math.min(s.end, holdEnd), column.day, timeZone),
    }));
  return {
    appointment,
    column,
    role: hold.role,
    startMinute: minuteOf(holdStart, column.day, timeZone),
    endMinute: minuteOf(holdEnd, column.day, timeZone),
    segments,
  };
}

/**
 * Every visit placed in the columns whose resource it holds on that day, by its holds: a room
 * column shows the whole visit, a practitioner column only the needling. Cancelled visits are
 * left off; they hold nothing.
 */
export function placeAppointments(
  appointments: Appointment[],
  services: BookingService[],
  columns: CalendarColumn[],
  timeZone: string,
): PlacedBlock[] {
  const serviceById = new Map(services.map((s) => [s.id, s]));
  return appointments
    .filter((a) => a.status !== 'cancelled')
    .flatMap((appointment) => {
      const stretches = stretchesOf(appointment, serviceById.get(appointment.service.id));
      return appointment.resources.flatMap((hold) => {
        const day = wallClockOf(new Date(hold.start), timeZone).date;
        const column = columns.find((c) => c.resourceId === hold.id && c.day === day);
        return column ? [placeHold(appointment, hold, column, stretches, timeZone)] : [];
      });
    });
}

export interface HourRange {
  startMinute: number;
  endMinute: number;
}

/**
 * The hours the grid shows: the location's opening hours on the days shown, widened to whole
 * hours and to any visit outside them; 08:00–20:00 when the location has none.
 */
export function gridHours(
  opening: { weekday: number; opens: string; closes: string }[],
  weekdays: number[],
  blocks: PlacedBlock[],
): HourRange {
  const minutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
  const open = opening.filter((o) => weekdays.includes(o.weekday));
  const starts = [...open.map((o) => minutes(o.opens)), ...blocks.map((b) => b.startMinute)];
  const ends = [...open.map((o) => minutes(o.closes)), ...blocks.map((b) => b.endMinute)];
  if (starts.length === 0) return { startMinute: 8 * 60, endMinute: 20 * 60 };
  return {
    startMinute: Math.max(0, Math.floor(Math.min(...starts) / 60) * 60),
    endMinute: Math.min(1440, Math.ceil(Math.max(...ends) / 60) * 60),
  };
}

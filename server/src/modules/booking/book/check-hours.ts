import type { FieldIssue } from '@corium/contracts';
import type { Trx } from '../../../platform/db/database';
import { AppError } from '../../../platform/errors/app-error';
import { findSlots, type IsoWeekday, type ResourceCalendar } from '../availability';
import { fitIssues, type PractitionerDay } from '../booking-fit';
import * as catalog from '../catalog.repo';
import { openingCalendar, practitionerCalendar } from '../day-calendars';
import { minutesOf } from '../wall-clock';
import type { ResolvedBooking } from './resolve-booking';

/** Starts fall on the location's quarter hours: 09:00, 09:15, 09:30 … */
export const GRID_MINUTES = 15;

type Rows<F extends (...args: never[]) => Promise<unknown[]>> = Awaited<ReturnType<F>>;
interface DayRows {
  opening: Rows<typeof catalog.openingHours>;
  weekly: Rows<typeof catalog.workingHours>;
  exceptions: Rows<typeof catalog.scheduleExceptions>;
  timeOff: Rows<typeof catalog.timeOff>;
}

/** The hours of the visit's day: the location's, and its practitioners' there. */
async function dayRows(trx: Trx, clinicId: string, booking: ResolvedBooking): Promise<DayRows> {
  const userIds = booking.practitioners.map((p) => p.id);
  const { date, weekday } = booking.wall;
  const here = <T extends { location_id: string }>(rows: T[]) =>
    rows.filter((r) => r.location_id === booking.location.id);
  const opening = await catalog.openingHours(trx, clinicId, weekday, booking.location.id);
  if (userIds.length === 0) return { opening, weekly: [], exceptions: [], timeOff: [] };
  return {
    opening,
    weekly: here(await catalog.workingHours(trx, clinicId, { userIds, weekday })),
    exceptions: here(await catalog.scheduleExceptions(trx, clinicId, date, true, userIds)),
    timeOff: await catalog.timeOff(trx, clinicId, booking.start, booking.end, userIds),
  };
}

/** Whether the availability core offers this start with this assignment, resources taken aside. */
function coreOffers(booking: ResolvedBooking, rows: DayRows): boolean {
  const opening = openingCalendar(booking.location.id, rows.opening);
  const calendars: ResourceCalendar[] = booking.holds
    .filter((h, i, all) => all.findIndex((o) => o.resourceId === h.resourceId) === i)
    .map((h) =>
      h.kind === 'practitioner'
        ? practitionerCalendar(h.resourceId, rows)
        : { id: h.resourceId, weekly: opening.weekly },
    );
  const slots = findSlots({
    timeZone: booking.location.time_zone,
    from: booking.wall.date,
    to: booking.wall.date,
    gridMinutes: GRID_MINUTES,
    openingHours: opening,
    roles: booking.service.roles.map((r) => ({ key: r.key, candidates: [booking.assignment[r.key]!] })),
    segments: booking.service.segments.map((s) => ({ minutes: s.minutes, uses: s.uses })),
    calendars,
    busy: [],
  });
  return slots.some((slot) => slot.start.getTime() === booking.start.getTime());
}

/** In words, why the core does not offer the visit, each naming the field to change. */
function explain(booking: ResolvedBooking, rows: DayRows): FieldIssue[] {
  const practitioners: PractitionerDay[] = booking.practitioners.map((p) => {
    const calendar = practitionerCalendar(p.id, rows);
    const intervals =
      calendar.exceptions?.[0]?.intervals ?? calendar.weekly[booking.wall.weekday as IsoWeekday] ?? [];
    const hours = intervals.map((i) => {
      const start = minutesOf(i.start);
      const end = minutesOf(i.end);
      return { start, end: end > start ? end : 1440 };
    });
    return { role: p.role, name: p.name, hours, timeOff: calendar.timeOff ?? [] };
  });
  const issues = fitIssues({
    timeZone: booking.location.time_zone,
    placed: booking.placed,
    gridMinutes: GRID_MINUTES,
    opening: rows.opening.map((o) => ({ start: minutesOf(o.opens_at), end: minutesOf(o.closes_at) })),
    practitioners,
  });
  return issues.length > 0
    ? issues
    : [{ path: 'start', message: 'This time is outside the hours of the location or its practitioners' }];
}

/**
 * The visit is one the availability core offers for that day — on the grid, inside opening
 * hours, each practitioner working for the segments that need them — or 400 naming `start` or
 * the practitioner's role. Whether the resources are free is not asked here: the database
 * answers that when the booking is inserted, atomically.
 */
export async function assertFitsHours(trx: Trx, clinicId: string, booking: ResolvedBooking): Promise<void> {
  const rows = await dayRows(trx, clinicId, booking);
  if (coreOffers(booking, rows)) return;
  const issues = explain(booking, rows);
  throw new AppError('VALIDATION_FAILED', issues[0]!.message, issues);
}

import type {
  Availability,
  AvailabilityQuery,
  FieldIssue,
  ServiceRole,
  ServiceSegment,
} from '@corium/contracts';
import type { Deps } from '../../deps';
import type { Principal } from '../../platform/auth/policy';
import type { Executor } from '../../platform/db/database';
import { AppError } from '../../platform/errors/app-error';
import * as appointments from './appointments.repo';
import {
  AvailabilityRequestError,
  findSlots,
  type AvailabilityRequest,
  type ResourceCalendar,
} from './availability';
import { GRID_MINUTES } from './book/check-hours';
import * as catalog from './catalog.repo';
import { openingCalendar, practitionerCalendar } from './day-calendars';
import { addDays, instantAt } from './wall-clock';

type Rows<F extends (...args: never[]) => Promise<unknown[]>> = Awaited<ReturnType<F>>;
type Location = NonNullable<Awaited<ReturnType<typeof catalog.findLocation>>>;

const invalid = (issues: FieldIssue[]): AppError =>
  new AppError('VALIDATION_FAILED', issues[0]!.message, issues);

/** Who could fill each role: suitable rooms and devices at the location, practitioners who perform the service there. */
async function candidatesFor(
  db: Executor,
  clinicId: string,
  context: { serviceId: string; location: Location; roles: ServiceRole[]; practitionerId?: string },
): Promise<{ roles: { key: string; kind: ServiceRole['kind']; candidates: string[] }[] }> {
  const here = context.location.id;
  const rooms = (await catalog.listRooms(db, clinicId)).filter((r) => r.location_id === here && r.active);
  const devices = (await catalog.listDevices(db, clinicId)).filter(
    (d) => d.location_id === here && d.status === 'in_service',
  );
  const practitioners = (await catalog.listPractitioners(db, clinicId)).filter(
    (p) =>
      (p.service_ids ?? []).includes(context.serviceId) &&
      (p.location_ids ?? []).includes(here) &&
      (!context.practitionerId || p.id === context.practitionerId),
  );
  const roles = context.roles.map((role) => {
    if (role.kind === 'room')
      return { ...role, candidates: rooms.filter((r) => r.kind === role.roomKind).map((r) => r.id) };
    if (role.kind === 'device')
      return { ...role, candidates: devices.filter((d) => d.kind === role.deviceKind).map((d) => d.id) };
    return { ...role, candidates: practitioners.map((p) => p.id) };
  });
  return { roles };
}

interface HoursRows {
  opening: Rows<typeof catalog.openingHours>;
  weekly: Rows<typeof catalog.workingHours>;
  exceptions: Rows<typeof catalog.scheduleExceptions>;
  timeOff: Rows<typeof catalog.timeOff>;
}

/** Hours, exceptions and time off around the range (a day either side: zones and midnight). */
async function hoursAround(
  db: Executor,
  clinicId: string,
  location: Location,
  practitionerIds: string[],
  window: { firstDay: string; lastDay: string; from: Date; to: Date },
): Promise<HoursRows> {
  const opening = await catalog.openingHours(db, clinicId, undefined, location.id);
  if (practitionerIds.length === 0) return { opening, weekly: [], exceptions: [], timeOff: [] };
  const here = <T extends { location_id: string }>(rows: T[]) =>
    rows.filter((r) => r.location_id === location.id);
  const exceptions = await catalog.scheduleExceptions(db, clinicId, window.firstDay, false, practitionerIds);
  return {
    opening,
    weekly: here(await catalog.workingHours(db, clinicId, { userIds: practitionerIds })),
    exceptions: here(exceptions).filter((e) => e.day <= window.lastDay),
    timeOff: await catalog.timeOff(db, clinicId, window.from, window.to, practitionerIds),
  };
}

/** The queried service and location, or 400 naming whichever is unknown. */
async function serviceAndLocation(db: Executor, clinicId: string, query: AvailabilityQuery) {
  const service = await catalog.findService(db, clinicId, query.serviceId);
  const location = await catalog.findLocation(db, clinicId, query.locationId);
  const issues: FieldIssue[] = [];
  if (!service || !service.active)
    issues.push({ path: 'querystring.serviceId', message: 'No such service is offered' });
  if (!location) issues.push({ path: 'querystring.locationId', message: 'No such location' });
  if (!service || !service.active || !location) throw invalid(issues);
  return { service, location };
}

async function availabilityRequest(
  deps: Deps,
  clinicId: string,
  query: AvailabilityQuery,
): Promise<{ location: Location; request: AvailabilityRequest | null }> {
  const { service, location } = await serviceAndLocation(deps.db, clinicId, query);
  const context = {
    serviceId: service.id,
    location,
    roles: service.roles as ServiceRole[],
    practitionerId: query.practitionerId,
  };
  const { roles } = await candidatesFor(deps.db, clinicId, context);
  // A role nobody can fill (no RF unit at this location, say): nothing is bookable.
  if (roles.some((r) => r.candidates.length === 0)) return { location, request: null };
  const tz = location.time_zone;
  const window = {
    firstDay: addDays(query.from, -1),
    lastDay: addDays(query.to, 1),
    from: instantAt(addDays(query.from, -1), '00:00', tz),
    to: instantAt(addDays(query.to, 2), '00:00', tz),
  };
  const practitionerIds = [
    ...new Set(roles.filter((r) => r.kind === 'practitioner').flatMap((r) => r.candidates)),
  ];
  const rows = await hoursAround(deps.db, clinicId, location, practitionerIds, window);
  const opening = openingCalendar(location.id, rows.opening);
  const resourceIds = [...new Set(roles.flatMap((r) => r.candidates))];
  const calendars: ResourceCalendar[] = resourceIds.map((id) =>
    practitionerIds.includes(id) ? practitionerCalendar(id, rows) : { id, weekly: opening.weekly },
  );
  const busy = await appointments.activeHolds(deps.db, clinicId, resourceIds, window.from, window.to);
  const segments = (service.segments as ServiceSegment[]).map((s) => ({ minutes: s.minutes, uses: s.uses }));
  const request: AvailabilityRequest = {
    ...{
      timeZone: tz,
      from: query.from,
      to: query.to,
      gridMinutes: GRID_MINUTES,
      notBefore: deps.clock.now(),
    },
    ...{ openingHours: opening, roles: roles.map(({ key, candidates }) => ({ key, candidates })), segments },
    ...{ calendars, busy: busy.map((b) => ({ resourceId: b.resource_id, start: b.start, end: b.end })) },
    limit: query.limit,
  };
  return { location, request };
}

/**
 * Bookable starts of a service at a location from the pure availability core: every segment's
 * resources working and free, on the quarter-hour grid, from now on. A slot offered here is
 * one booking accepts, unless someone books it first (then 409 SLOT_TAKEN).
 */
export async function findAvailability(
  deps: Deps,
  principal: Principal,
  query: AvailabilityQuery,
): Promise<Availability> {
  const { location, request } = await availabilityRequest(deps, principal.clinicId, query);
  if (!request) return { timeZone: location.time_zone, slots: [] };
  try {
    const slots = findSlots(request).map((slot) => ({
      start: slot.start.toISOString(),
      end: slot.end.toISOString(),
      assignment: slot.assignment,
      segments: slot.segments.map((s) => ({ ...s, start: s.start.toISOString(), end: s.end.toISOString() })),
    }));
    return { timeZone: location.time_zone, slots };
  } catch (error) {
    if (error instanceof AvailabilityRequestError)
      throw invalid(error.issues.map((i) => ({ path: `querystring.${i.path}`, message: i.message })));
    throw error;
  }
}

import type { BookAppointmentRequest, FieldIssue, ServiceRole, ServiceSegment } from '@corium/contracts';
import type { Trx } from '../../../platform/db/database';
import { AppError } from '../../../platform/errors/app-error';
import * as catalog from '../catalog.repo';
import { holdsOf, placeSegments, type Hold, type PlacedSegment } from '../visit-plan';
import { wallClockOf, type WallClock } from '../wall-clock';
import { resourceIssues } from './resource-issues';

/** Bookings are made at most this far ahead: a year and a day. */
const HORIZON_MS = 366 * 86_400_000;

export interface ResolvedBooking {
  service: catalog.ServiceRow & { roles: ServiceRole[]; segments: ServiceSegment[] };
  location: { id: string; name: string; time_zone: string };
  start: Date;
  end: Date;
  /** The start on the location's wall clock. */
  wall: WallClock;
  placed: PlacedSegment[];
  /** Role key → resource id, as requested and checked. */
  assignment: Record<string, string>;
  holds: (Hold & { kind: ServiceRole['kind'] })[];
  practitioners: { role: string; id: string; name: string }[];
}

const invalid = (issues: FieldIssue[]): AppError =>
  new AppError('VALIDATION_FAILED', issues[0]?.message ?? 'Some fields are not valid', issues);

function startIssues(start: Date, now: Date): FieldIssue[] {
  if (start.getTime() <= now.getTime()) return [{ path: 'start', message: 'The start is in the past' }];
  if (start.getTime() - now.getTime() > HORIZON_MS)
    return [{ path: 'start', message: 'Appointments are booked at most a year ahead' }];
  return [];
}

/**
 * The request checked against the clinic's data: a bookable service and location, every role
 * filled with a suitable resource, a start in the future. Every problem names its field.
 */
export async function resolveBooking(
  trx: Trx,
  clinicId: string,
  request: Pick<BookAppointmentRequest, 'serviceId' | 'locationId' | 'start' | 'assignment'>,
  now: Date,
): Promise<ResolvedBooking> {
  const start = new Date(request.start);
  const service = await catalog.findService(trx, clinicId, request.serviceId);
  const location = await catalog.findLocation(trx, clinicId, request.locationId);
  const issues = startIssues(start, now);
  if (!service || !service.active) issues.push({ path: 'serviceId', message: 'No such service is offered' });
  if (!location) issues.push({ path: 'locationId', message: 'No such location' });
  if (!service || !location || issues.length > 0) throw invalid(issues);
  const roles = service.roles as ServiceRole[];
  const assigned = await resourceIssues(
    trx,
    clinicId,
    { serviceId: service.id, locationId: location.id, roles },
    request.assignment,
  );
  if (assigned.issues.length > 0) throw invalid(assigned.issues);
  const segments = service.segments as ServiceSegment[];
  const placed = placeSegments(start, segments);
  const kindOf = new Map(roles.map((r) => [r.key, r.kind]));
  return {
    service: { ...service, roles, segments },
    location,
    start,
    end: placed[placed.length - 1]!.end,
    wall: wallClockOf(start, location.time_zone),
    placed,
    assignment: request.assignment,
    holds: holdsOf(placed, request.assignment).map((h) => ({ ...h, kind: kindOf.get(h.role)! })),
    practitioners: assigned.practitioners,
  };
}

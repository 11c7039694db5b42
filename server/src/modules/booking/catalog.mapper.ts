import type { BookingResources, BookingService, ServiceRole, ServiceSegment } from '@corium/contracts';
import type { PractitionerRow, ServiceRow } from './catalog.repo';
import type * as repo from './catalog.repo';

type Rows<F extends (...args: never[]) => Promise<unknown[]>> = Awaited<ReturnType<F>>;

/** 'HH:MM:SS' (PostgreSQL `time`) → 'HH:MM'. */
export const hhmm = (time: string): string => time.slice(0, 5);

export function toBookingService(row: ServiceRow): BookingService {
  const segments = row.segments as ServiceSegment[];
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    kind: row.kind,
    modality: row.modality,
    roles: row.roles as ServiceRole[],
    segments,
    durationMinutes: segments.reduce((sum, s) => sum + s.minutes, 0),
    active: row.active,
  };
}

export interface ResourceRows {
  locations: Rows<typeof repo.listLocations>;
  openingHours: Rows<typeof repo.openingHours>;
  rooms: Rows<typeof repo.listRooms>;
  devices: Rows<typeof repo.listDevices>;
  practitioners: PractitionerRow[];
  workingHours: Rows<typeof repo.workingHours>;
  exceptions: Rows<typeof repo.scheduleExceptions>;
  timeOff: Rows<typeof repo.timeOff>;
}

function toPractitioner(p: PractitionerRow, rows: ResourceRows): BookingResources['practitioners'][number] {
  return {
    id: p.id,
    displayName: p.display_name,
    isPrescriber: p.is_prescriber,
    serviceIds: p.service_ids ?? [],
    locationIds: p.location_ids ?? [],
    workingHours: rows.workingHours
      .filter((h) => h.user_id === p.id)
      .map((h) => ({
        locationId: h.location_id,
        weekday: h.weekday,
        start: hhmm(h.starts_at),
        end: hhmm(h.ends_at),
      })),
    exceptions: rows.exceptions
      .filter((e) => e.user_id === p.id)
      .map((e) => ({
        locationId: e.location_id,
        date: e.day,
        intervals: e.intervals as { start: string; end: string }[],
      })),
    timeOff: rows.timeOff
      .filter((t) => t.user_id === p.id)
      .map((t) => ({ start: t.start.toISOString(), end: t.end.toISOString() })),
  };
}

export function toBookingResources(rows: ResourceRows): BookingResources {
  return {
    locations: rows.locations.map((l) => ({
      id: l.id,
      name: l.name,
      timeZone: l.time_zone,
      openingHours: rows.openingHours
        .filter((h) => h.location_id === l.id)
        .map((h) => ({ weekday: h.weekday, opens: hhmm(h.opens_at), closes: hhmm(h.closes_at) })),
    })),
    rooms: rows.rooms.map((r) => ({
      id: r.id,
      locationId: r.location_id,
      name: r.name,
      kind: r.kind,
      active: r.active,
    })),
    devices: rows.devices.map((d) => ({
      id: d.id,
      locationId: d.location_id,
      kind: d.kind,
      model: d.model,
      serial: d.serial,
      status: d.status,
    })),
    practitioners: rows.practitioners.map((p) => toPractitioner(p, rows)),
  };
}

import type { ClinicSetup, SetupPractitioner, SetupTimeOff } from '@corium/contracts';
import type { Deps } from '../../../deps';
import type { Principal } from '../../../platform/auth/policy';
import { ensureDefaultServices } from '../catalog.service';
import { toBookingService } from '../catalog.mapper';
import * as catalog from '../catalog.repo';
import * as repo from './setup.repo';
import { hhmm } from './setup-write';
import * as team from './team-hours.repo';

type Rows<F extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<F>>;

export const toSetupTimeOff = (t: team.TimeOffRow): SetupTimeOff => ({
  id: t.id,
  start: t.start.toISOString(),
  end: t.end.toISOString(),
  reason: t.reason,
});

interface TeamRows {
  staff: Rows<typeof team.listTreatingStaff>;
  hours: Rows<typeof team.allWorkingHours>;
  exceptions: Rows<typeof team.exceptionsFrom>;
  timeOff: Rows<typeof team.timeOffFrom>;
}

function toPractitioners(rows: TeamRows): SetupPractitioner[] {
  return rows.staff.map((p) => ({
    id: p.id,
    displayName: p.display_name,
    role: p.role as SetupPractitioner['role'],
    serviceIds: p.service_ids ?? [],
    locationIds: p.location_ids ?? [],
    workingHours: rows.hours
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
        id: e.id,
        locationId: e.location_id,
        date: e.day,
        intervals: e.intervals as { start: string; end: string }[],
        reason: e.reason,
      })),
    timeOff: rows.timeOff.filter((t) => t.user_id === p.id).map(toSetupTimeOff),
  }));
}

/**
 * Everything the set-up screens show. Exceptions from yesterday's UTC date on (today or later
 * in every zone) and time off not yet over; private reasons are shown here, to the staff who
 * manage hours, and nowhere else.
 */
export async function clinicSetup(deps: Deps, principal: Principal): Promise<ClinicSetup> {
  const { clinicId } = principal;
  const now = deps.clock.now();
  const yesterday = new Date(now.getTime() - 86_400_000).toISOString().slice(0, 10);
  return deps.db.transaction().execute(async (trx) => {
    await ensureDefaultServices(trx, clinicId, now);
    const opening = await catalog.openingHours(trx, clinicId);
    const counts = await repo.futureBookingCounts(trx, clinicId, now);
    const locations = (await repo.listLocations(trx, clinicId)).map((l) => ({
      id: l.id,
      name: l.name,
      timeZone: l.time_zone,
      address: l.address,
      openingHours: opening
        .filter((h) => h.location_id === l.id)
        .map((h) => ({ weekday: h.weekday, start: hhmm(h.opens_at), end: hhmm(h.closes_at) })),
    }));
    const rooms = (await repo.listRooms(trx, clinicId)).map((r) => ({
      ...{ id: r.id, locationId: r.location_id, name: r.name, kind: r.kind, active: r.active },
      futureBookings: counts.get(r.id) ?? 0,
    }));
    const devices = (await repo.listDevices(trx, clinicId)).map((d) => ({
      ...{ id: d.id, locationId: d.location_id, kind: d.kind, model: d.model, serial: d.serial },
      status: d.status,
      futureBookings: counts.get(d.id) ?? 0,
    }));
    const practitioners = toPractitioners({
      staff: await team.listTreatingStaff(trx, clinicId),
      hours: await team.allWorkingHours(trx, clinicId),
      exceptions: await team.exceptionsFrom(trx, clinicId, yesterday),
      timeOff: await team.timeOffFrom(trx, clinicId, now),
    });
    const services = (await catalog.listServices(trx, clinicId)).map(toBookingService);
    return { locations, rooms, devices, services, practitioners };
  });
}

import type { BookingResources, BookingService } from '@corium/contracts';
import type { Deps } from '../../deps';
import type { Principal } from '../../platform/auth/policy';
import type { Executor } from '../../platform/db/database';
import { newId } from '../../platform/ids';
import * as repo from './catalog.repo';
import { toBookingResources, toBookingService } from './catalog.mapper';
import { defaultServices } from './default-services';

/**
 * Gives the clinic Corium's default services (consultation, microneedling, RF microneedling,
 * review) that it has none of by code. Called before any read of services, so clinics made
 * before a default existed get it too; a clinic's own changes to a service are never touched.
 * Idempotent, also under concurrency (the insert skips codes another transaction added).
 */
export async function ensureDefaultServices(db: Executor, clinicId: string, now: Date): Promise<void> {
  const existing = new Set((await repo.listServices(db, clinicId)).map((s) => s.code));
  const missing = defaultServices.filter((s) => !existing.has(s.code));
  if (missing.length === 0) return;
  await repo.insertServicesIfMissing(
    db,
    missing.map((s) => ({
      id: newId(),
      clinic_id: clinicId,
      code: s.code,
      name: s.name,
      kind: s.kind,
      modality: s.modality,
      roles: JSON.stringify(s.roles),
      segments: JSON.stringify(s.segments),
      created_at: now,
    })),
  );
}

export function listServices(deps: Deps, principal: Principal): Promise<BookingService[]> {
  return deps.db.transaction().execute(async (trx) => {
    await ensureDefaultServices(trx, principal.clinicId, deps.clock.now());
    return (await repo.listServices(trx, principal.clinicId)).map(toBookingService);
  });
}

/**
 * Everything a booking screen needs to lay out a calendar: locations with opening hours, rooms,
 * devices, and practitioners with their services, weekly hours, and exceptions and time off
 * still to come. "To come" starts at yesterday's UTC date, which is today or later everywhere.
 */
export async function listResources(deps: Deps, principal: Principal): Promise<BookingResources> {
  const { clinicId } = principal;
  const now = deps.clock.now();
  const yesterday = new Date(now.getTime() - 86_400_000).toISOString().slice(0, 10);
  const farFuture = new Date(now.getTime() + 10 * 366 * 86_400_000);
  return toBookingResources({
    locations: await repo.listLocations(deps.db, clinicId),
    openingHours: await repo.openingHours(deps.db, clinicId),
    rooms: await repo.listRooms(deps.db, clinicId),
    devices: await repo.listDevices(deps.db, clinicId),
    practitioners: await repo.listPractitioners(deps.db, clinicId),
    workingHours: await repo.workingHours(deps.db, clinicId),
    exceptions: await repo.scheduleExceptions(deps.db, clinicId, yesterday, false),
    timeOff: await repo.timeOff(deps.db, clinicId, now, farFuture),
  });
}

export interface PractitionerSchedule {
  userId: string;
  locationId: string;
  /** Codes of the services they perform, e.g. `microneedling_face`. */
  serviceCodes: string[];
  /** Weekly hours at this location: ISO weekday, 'HH:MM'–'HH:MM'. */
  weekly: { weekday: number; start: string; end: string }[];
  exceptions?: { date: string; intervals: { start: string; end: string }[]; reason?: string }[];
}

/**
 * Makes a member of staff bookable at a location: what they perform, when they work there.
 * Clinic set-up (the demo seed, tests); a schedule editor will call it too.
 */
export async function addPractitionerSchedule(
  db: Executor,
  clinicId: string,
  schedule: PractitionerSchedule,
  now: Date,
): Promise<void> {
  const { userId: user_id, locationId: location_id } = schedule;
  await ensureDefaultServices(db, clinicId, now);
  await repo.insertPractitionerLocation(db, { clinic_id: clinicId, user_id, location_id });
  if (schedule.serviceCodes.length > 0) {
    const services = await repo.serviceIdsByCode(db, clinicId, schedule.serviceCodes);
    if (services.length !== schedule.serviceCodes.length)
      throw new Error('Unknown service code in a schedule');
    await repo.insertPractitionerServices(
      db,
      services.map((s) => ({ clinic_id: clinicId, user_id, service_id: s.id })),
    );
  }
  const base = { clinic_id: clinicId, user_id, location_id };
  if (schedule.weekly.length > 0)
    await repo.insertWorkingHours(
      db,
      schedule.weekly.map((w) => ({
        id: newId(),
        ...base,
        weekday: w.weekday,
        starts_at: w.start,
        ends_at: w.end,
      })),
    );
  const exceptions = schedule.exceptions ?? [];
  if (exceptions.length > 0)
    await repo.insertScheduleExceptions(
      db,
      exceptions.map((e) => ({
        id: newId(),
        ...base,
        day: e.date,
        intervals: JSON.stringify(e.intervals),
        reason: e.reason ?? null,
      })),
    );
}

/** Leave, training, illness: the practitioner cannot be booked anywhere in [start, end). */
export function addTimeOff(
  db: Executor,
  clinicId: string,
  timeOff: { userId: string; start: Date; end: Date; reason: string | null; createdBy: string | null },
  now: Date,
): Promise<unknown> {
  return repo.insertTimeOff(
    db,
    {
      id: newId(),
      clinic_id: clinicId,
      user_id: timeOff.userId,
      reason: timeOff.reason,
      created_by: timeOff.createdBy,
      created_at: now,
    },
    timeOff.start,
    timeOff.end,
  );
}

import type {
  ScheduleExceptionRequest,
  SetupException,
  SetupTimeOff,
  TimeOffRequest,
  WorkingHoursRequest,
} from '@corium/contracts';
import type { Deps } from '../../../deps';
import type { Principal } from '../../../platform/auth/policy';
import type { Trx } from '../../../platform/db/database';
import { AppError } from '../../../platform/errors/app-error';
import { newId } from '../../../platform/ids';
import { wallClockOf } from '../wall-clock';
import * as repo from './setup.repo';
import { invalidField, notFound, setupWrite, type SetupCaller } from './setup-write';
import { toSetupTimeOff } from './setup-overview.service';
import * as team from './team-hours.repo';

/**
 * Who performs what, where and when. Admins set services and locations; admins and the front
 * desk keep weekly hours, exceptions and time off; a practitioner or medical director may add
 * and remove their own time off (leave they know of first), nobody else's.
 */

async function treatingStaff(trx: Trx, clinicId: string, userId: string) {
  const user = await team.findTreatingStaff(trx, clinicId, userId);
  if (!user) throw notFound('practitioner');
  return user;
}

export function setServices(deps: Deps, caller: SetupCaller, userId: string, serviceIds: string[]) {
  const clinicId = caller.principal.clinicId;
  return setupWrite(deps, caller, 'update', async (trx) => {
    await treatingStaff(trx, clinicId, userId);
    const ids = [...new Set(serviceIds)];
    if ((await team.countKnown(trx, clinicId, 'service', ids)) !== ids.length)
      throw invalidField('serviceIds', 'One of these services is not in this clinic');
    await team.replaceServices(trx, clinicId, userId, ids);
    return {
      subject: 'practitioner_services',
      resourceId: userId,
      result: undefined,
      details: { serviceIds: ids },
    };
  });
}

/** Dropping a location drops the practitioner's hours and exceptions there too. */
export function setLocations(deps: Deps, caller: SetupCaller, userId: string, locationIds: string[]) {
  const clinicId = caller.principal.clinicId;
  return setupWrite(deps, caller, 'update', async (trx) => {
    await treatingStaff(trx, clinicId, userId);
    const ids = [...new Set(locationIds)];
    if ((await team.countKnown(trx, clinicId, 'location', ids)) !== ids.length)
      throw invalidField('locationIds', 'One of these locations is not in this clinic');
    await team.replaceLocations(trx, clinicId, userId, ids);
    return {
      subject: 'practitioner_locations',
      resourceId: userId,
      result: undefined,
      details: { locationIds: ids },
    };
  });
}

async function workplace(trx: Trx, clinicId: string, userId: string, locationId: string) {
  await treatingStaff(trx, clinicId, userId);
  const location = await repo.findLocation(trx, clinicId, locationId);
  if (!location || !(await team.worksAt(trx, clinicId, userId, locationId)))
    throw invalidField(
      'locationId',
      'Not a location this practitioner works at; an administrator adds it first',
    );
  return location;
}

export function setWorkingHours(deps: Deps, caller: SetupCaller, userId: string, body: WorkingHoursRequest) {
  const clinicId = caller.principal.clinicId;
  return setupWrite(deps, caller, 'update', async (trx) => {
    await workplace(trx, clinicId, userId, body.locationId);
    const base = { clinic_id: clinicId, user_id: userId, location_id: body.locationId };
    const rows = body.hours.map((h) => ({
      id: newId(),
      ...base,
      weekday: h.weekday,
      starts_at: h.start,
      ends_at: h.end,
    }));
    await team.replaceWorkingHours(trx, { clinicId, userId, locationId: body.locationId }, rows);
    const details = { locationId: body.locationId, hours: body.hours };
    return { subject: 'working_hours', resourceId: userId, result: undefined, details };
  });
}

/** One day worked differently: today or later on the location's calendar. */
export function addException(
  deps: Deps,
  caller: SetupCaller,
  userId: string,
  body: ScheduleExceptionRequest,
): Promise<SetupException> {
  const clinicId = caller.principal.clinicId;
  return setupWrite(deps, caller, 'create', async (trx, now) => {
    const location = await workplace(trx, clinicId, userId, body.locationId);
    if (body.date < wallClockOf(now, location.time_zone).date)
      throw invalidField('date', 'This day is over; exceptions are for today or later');
    const row = { clinic_id: clinicId, user_id: userId, location_id: body.locationId, day: body.date };
    const reason = body.reason ?? null;
    const { id } = await team.upsertException(trx, {
      id: newId(),
      ...row,
      intervals: JSON.stringify(body.intervals),
      reason,
    });
    const result = { id, locationId: body.locationId, date: body.date, intervals: body.intervals, reason };
    return { subject: 'schedule_exception', resourceId: id, result, details: { userId, date: body.date } };
  });
}

export function removeException(deps: Deps, caller: SetupCaller, userId: string, exceptionId: string) {
  const clinicId = caller.principal.clinicId;
  return setupWrite(deps, caller, 'delete', async (trx) => {
    await treatingStaff(trx, clinicId, userId);
    const removed = await team.deleteException(trx, clinicId, userId, exceptionId);
    if (removed.numDeletedRows === 0n) throw notFound('exception');
    return { subject: 'schedule_exception', resourceId: exceptionId, result: undefined, details: { userId } };
  });
}

/** Managers keep anyone's time off; a practitioner only their own. */
function assertMayKeepTimeOff(principal: Principal, userId: string) {
  const manager = principal.role === 'admin' || principal.role === 'front_desk';
  if (!manager && principal.userId !== userId)
    throw new AppError('FORBIDDEN', 'You may add and remove only your own time off');
}

export async function listTimeOff(deps: Deps, principal: Principal, userId: string): Promise<SetupTimeOff[]> {
  assertMayKeepTimeOff(principal, userId);
  return deps.db.transaction().execute(async (trx) => {
    await treatingStaff(trx, principal.clinicId, userId);
    return (await team.timeOffFrom(trx, principal.clinicId, deps.clock.now(), userId)).map(toSetupTimeOff);
  });
}

/** Leave, training, illness: the practitioner is offered nowhere in [start, end). Visits already booked stay. */
export function addTimeOff(
  deps: Deps,
  caller: SetupCaller,
  userId: string,
  body: TimeOffRequest,
): Promise<SetupTimeOff> {
  assertMayKeepTimeOff(caller.principal, userId);
  const clinicId = caller.principal.clinicId;
  return setupWrite(deps, caller, 'create', async (trx, now) => {
    await treatingStaff(trx, clinicId, userId);
    const start = new Date(body.start);
    const end = new Date(body.end);
    if (end <= now) throw invalidField('end', 'This time is over; time off is for now or later');
    const id = newId();
    const reason = body.reason ?? null;
    await team.insertTimeOff(
      trx,
      { id, clinicId, userId, reason, createdBy: caller.principal.userId, now },
      start,
      end,
    );
    const result = { id, start: start.toISOString(), end: end.toISOString(), reason };
    // The reason is private (it may be medical): the audit log says only that there was one.
    const details = { userId, start: result.start, end: result.end, withReason: reason !== null };
    return { subject: 'time_off', resourceId: id, result, details };
  });
}

export function removeTimeOff(deps: Deps, caller: SetupCaller, userId: string, timeOffId: string) {
  assertMayKeepTimeOff(caller.principal, userId);
  const clinicId = caller.principal.clinicId;
  return setupWrite(deps, caller, 'delete', async (trx) => {
    await treatingStaff(trx, clinicId, userId);
    const removed = await team.deleteTimeOff(trx, clinicId, userId, timeOffId);
    if (removed.numDeletedRows === 0n) throw notFound('time off');
    return { subject: 'time_off', resourceId: timeOffId, result: undefined, details: { userId } };
  });
}

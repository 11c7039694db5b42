import type {
  LocationRequest,
  OpeningHoursRequest,
  RoomChange,
  RoomRequest,
  SetupLocation,
  SetupRoom,
} from '@corium/contracts';
import type { Deps } from '../../../deps';
import type { Trx } from '../../../platform/db/database';
import { AppError } from '../../../platform/errors/app-error';
import { newId } from '../../../platform/ids';
import * as catalog from '../catalog.repo';
import * as repo from './setup.repo';
import { hhmm, invalidField, notFound, setupWrite, type SetupCaller } from './setup-write';

/** Locations with their opening hours, and rooms. */

async function locationDto(trx: Trx, clinicId: string, locationId: string): Promise<SetupLocation> {
  const l = await repo.findLocation(trx, clinicId, locationId);
  if (!l) throw notFound('location');
  const hours = await catalog.openingHours(trx, clinicId, undefined, locationId);
  return {
    ...{ id: l.id, name: l.name, timeZone: l.time_zone, address: l.address ?? null },
    openingHours: hours.map((h) => ({ weekday: h.weekday, start: hhmm(h.opens_at), end: hhmm(h.closes_at) })),
  };
}

export function createLocation(
  deps: Deps,
  caller: SetupCaller,
  body: LocationRequest,
): Promise<SetupLocation> {
  const clinicId = caller.principal.clinicId;
  return setupWrite(deps, caller, 'create', async (trx, now) => {
    const id = newId();
    const row = {
      id,
      clinic_id: clinicId,
      name: body.name,
      time_zone: body.timeZone,
      address: body.address ?? null,
    };
    await repo.insertLocation(trx, { ...row, created_at: now });
    const result = await locationDto(trx, clinicId, id);
    return {
      subject: 'location',
      resourceId: id,
      result,
      details: { name: body.name, timeZone: body.timeZone },
    };
  });
}

/** A new time zone moves the location's wall-clock hours with it; visits already booked keep their instants. */
export function updateLocation(
  deps: Deps,
  caller: SetupCaller,
  locationId: string,
  body: LocationRequest,
): Promise<SetupLocation> {
  const clinicId = caller.principal.clinicId;
  return setupWrite(deps, caller, 'update', async (trx) => {
    const changes = { name: body.name, time_zone: body.timeZone, address: body.address ?? null };
    const updated = await repo.updateLocation(trx, clinicId, locationId, changes);
    if (updated.numUpdatedRows === 0n) throw notFound('location');
    const result = await locationDto(trx, clinicId, locationId);
    return {
      subject: 'location',
      resourceId: locationId,
      result,
      details: { name: body.name, timeZone: body.timeZone },
    };
  });
}

export function setOpeningHours(
  deps: Deps,
  caller: SetupCaller,
  locationId: string,
  body: OpeningHoursRequest,
): Promise<SetupLocation> {
  const clinicId = caller.principal.clinicId;
  return setupWrite(deps, caller, 'update', async (trx) => {
    if (!(await repo.findLocation(trx, clinicId, locationId))) throw notFound('location');
    const rows = body.hours.map((h) => ({
      ...{ id: newId(), clinic_id: clinicId, location_id: locationId },
      ...{ weekday: h.weekday, opens_at: h.start, closes_at: h.end },
    }));
    await repo.replaceOpeningHours(trx, clinicId, locationId, rows);
    const result = await locationDto(trx, clinicId, locationId);
    return { subject: 'opening_hours', resourceId: locationId, result, details: { hours: body.hours } };
  });
}

async function roomDto(trx: Trx, clinicId: string, roomId: string, now: Date): Promise<SetupRoom> {
  const r = await repo.findRoom(trx, clinicId, roomId);
  if (!r) throw notFound('room');
  const counts = await repo.futureBookingCounts(trx, clinicId, now, [roomId]);
  return {
    ...{ id: r.id, locationId: r.location_id, name: r.name, kind: r.kind, active: r.active },
    futureBookings: counts.get(roomId) ?? 0,
  };
}

async function assertRoomNameFree(
  trx: Trx,
  clinicId: string,
  room: { locationId: string; name: string },
  exceptId?: string,
) {
  if (await repo.roomNameTaken(trx, clinicId, room, exceptId))
    throw new AppError('CONFLICT', `This location already has a room called “${room.name}”`, [
      { path: 'name', message: 'Already the name of a room here' },
    ]);
}

export function createRoom(deps: Deps, caller: SetupCaller, body: RoomRequest): Promise<SetupRoom> {
  const clinicId = caller.principal.clinicId;
  return setupWrite(deps, caller, 'create', async (trx, now) => {
    if (!(await repo.findLocation(trx, clinicId, body.locationId)))
      throw invalidField('locationId', 'No such location in this clinic');
    await assertRoomNameFree(trx, clinicId, body);
    const id = newId();
    const row = { id, clinic_id: clinicId, location_id: body.locationId, name: body.name, kind: body.kind };
    await repo.insertRoom(trx, { ...row, active: body.active });
    const result = await roomDto(trx, clinicId, id, now);
    return { subject: 'room', resourceId: id, result, details: { name: body.name, kind: body.kind } };
  });
}

/** Deactivating keeps the visits already booked in the room; it is only offered for new ones no more. */
export function updateRoom(
  deps: Deps,
  caller: SetupCaller,
  roomId: string,
  body: RoomChange,
): Promise<SetupRoom> {
  const clinicId = caller.principal.clinicId;
  return setupWrite(deps, caller, 'update', async (trx, now) => {
    const room = await repo.findRoom(trx, clinicId, roomId);
    if (!room) throw notFound('room');
    if (body.name !== undefined)
      await assertRoomNameFree(trx, clinicId, { locationId: room.location_id, name: body.name }, roomId);
    if (Object.keys(body).length > 0) await repo.updateRoom(trx, clinicId, roomId, body);
    const result = await roomDto(trx, clinicId, roomId, now);
    return { subject: 'room', resourceId: roomId, result, details: { changed: Object.keys(body) } };
  });
}

/**
 * Removes a room never booked. A room with visits to come is refused with how many (move or
 * cancel them first); one with only past visits stays on record: deactivate it instead.
 */
export function removeRoom(deps: Deps, caller: SetupCaller, roomId: string): Promise<void> {
  const clinicId = caller.principal.clinicId;
  return setupWrite(deps, caller, 'delete', async (trx, now) => {
    const room = await repo.findRoom(trx, clinicId, roomId);
    if (!room) throw notFound('room');
    const future = (await repo.futureBookingCounts(trx, clinicId, now, [roomId])).get(roomId) ?? 0;
    if (future > 0)
      throw new AppError(
        'CONFLICT',
        `${room.name} has ${future} booked ${future === 1 ? 'visit' : 'visits'} to come; move or cancel ${future === 1 ? 'it' : 'them'} first`,
        { futureBookings: future },
      );
    if (await repo.everHeld(trx, clinicId, roomId))
      throw new AppError('CONFLICT', `${room.name} has past visits on record; deactivate it instead`, {
        futureBookings: 0,
      });
    await repo.deleteRoom(trx, clinicId, roomId);
    return { subject: 'room', resourceId: roomId, result: undefined, details: { name: room.name } };
  });
}

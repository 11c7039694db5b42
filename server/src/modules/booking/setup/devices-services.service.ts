import type {
  BookingService,
  DeviceChange,
  DeviceRequest,
  ServiceChange,
  ServiceRequest,
  SetupDevice,
} from '@corium/contracts';
import type { Deps } from '../../../deps';
import type { Trx } from '../../../platform/db/database';
import { AppError } from '../../../platform/errors/app-error';
import { newId } from '../../../platform/ids';
import { toBookingService } from '../catalog.mapper';
import * as catalog from '../catalog.repo';
import * as repo from './setup.repo';
import { invalidField, notFound, setupWrite, type SetupCaller } from './setup-write';

/** Devices (pens, RF units) and services. */

async function deviceDto(trx: Trx, clinicId: string, deviceId: string, now: Date): Promise<SetupDevice> {
  const d = await repo.findDevice(trx, clinicId, deviceId);
  if (!d) throw notFound('device');
  const counts = await repo.futureBookingCounts(trx, clinicId, now, [deviceId]);
  return {
    ...{ id: d.id, locationId: d.location_id, kind: d.kind, model: d.model, serial: d.serial },
    status: d.status,
    futureBookings: counts.get(deviceId) ?? 0,
  };
}

async function checkDevice(trx: Trx, clinicId: string, body: DeviceChange, exceptId?: string) {
  if (body.locationId && !(await repo.findLocation(trx, clinicId, body.locationId)))
    throw invalidField('locationId', 'No such location in this clinic');
  if (body.serial && (await repo.serialTaken(trx, clinicId, body.serial, exceptId)))
    throw new AppError('CONFLICT', `Another device of this clinic has serial number ${body.serial}`, [
      { path: 'serial', message: 'Already the serial number of another device' },
    ]);
}

export function createDevice(deps: Deps, caller: SetupCaller, body: DeviceRequest): Promise<SetupDevice> {
  const clinicId = caller.principal.clinicId;
  return setupWrite(deps, caller, 'create', async (trx, now) => {
    await checkDevice(trx, clinicId, body);
    const id = newId();
    const row = { id, clinic_id: clinicId, location_id: body.locationId, kind: body.kind };
    await repo.insertDevice(trx, { ...row, model: body.model, serial: body.serial, status: body.status });
    const result = await deviceDto(trx, clinicId, id, now);
    return {
      subject: 'device',
      resourceId: id,
      result,
      details: { serial: body.serial, status: body.status },
    };
  });
}

/**
 * A device in maintenance or retired is offered for no new booking; visits already booked with
 * it keep it, and the answer says how many there are so the clinic can move them.
 */
export function updateDevice(
  deps: Deps,
  caller: SetupCaller,
  deviceId: string,
  body: DeviceChange,
): Promise<SetupDevice> {
  const clinicId = caller.principal.clinicId;
  return setupWrite(deps, caller, 'update', async (trx, now) => {
    if (!(await repo.findDevice(trx, clinicId, deviceId))) throw notFound('device');
    await checkDevice(trx, clinicId, body, deviceId);
    const changes = {
      location_id: body.locationId,
      kind: body.kind,
      model: body.model,
      serial: body.serial,
      status: body.status,
    };
    if (Object.values(changes).some((v) => v !== undefined))
      await repo.updateDevice(trx, clinicId, deviceId, changes);
    const result = await deviceDto(trx, clinicId, deviceId, now);
    return {
      subject: 'device',
      resourceId: deviceId,
      result,
      details: { changed: Object.keys(body), status: result.status },
    };
  });
}

async function serviceDto(trx: Trx, clinicId: string, serviceId: string): Promise<BookingService> {
  const row = await catalog.findService(trx, clinicId, serviceId);
  if (!row) throw notFound('service');
  return toBookingService(row);
}

export function createService(
  deps: Deps,
  caller: SetupCaller,
  body: ServiceRequest,
): Promise<BookingService> {
  const clinicId = caller.principal.clinicId;
  return setupWrite(deps, caller, 'create', async (trx, now) => {
    if (await repo.serviceCodeTaken(trx, clinicId, body.code))
      throw new AppError('CONFLICT', `This clinic already has a service with the code ${body.code}`, [
        { path: 'code', message: 'Already the code of another service' },
      ]);
    const id = newId();
    await repo.insertService(trx, {
      ...{
        id,
        clinic_id: clinicId,
        code: body.code,
        name: body.name,
        kind: body.kind,
        modality: body.modality,
      },
      roles: JSON.stringify(body.definition.roles),
      segments: JSON.stringify(body.definition.segments),
      ...{ active: body.active, created_at: now },
    });
    const result = await serviceDto(trx, clinicId, id);
    return { subject: 'service', resourceId: id, result, details: { code: body.code, active: body.active } };
  });
}

/**
 * Changes what a service is from now on: visits already booked keep the segments and the
 * resources they hold; availability and new bookings use the new definition.
 */
export function updateService(
  deps: Deps,
  caller: SetupCaller,
  serviceId: string,
  body: ServiceChange,
): Promise<BookingService> {
  const clinicId = caller.principal.clinicId;
  return setupWrite(deps, caller, 'update', async (trx) => {
    const before = await repo.findServiceForUpdate(trx, clinicId, serviceId);
    if (!before) throw notFound('service');
    await repo.updateService(trx, clinicId, serviceId, {
      ...{ name: body.name, kind: body.kind, modality: body.modality, active: body.active },
      roles: JSON.stringify(body.definition.roles),
      segments: JSON.stringify(body.definition.segments),
    });
    const result = await serviceDto(trx, clinicId, serviceId);
    const details = { code: before.code, active: body.active, wasActive: before.active };
    return { subject: 'service', resourceId: serviceId, result, details };
  });
}

import type {
  CareDevice,
  CareDevices,
  MaintenanceEntry,
  MaintenanceLog,
  MaintenanceRequest,
} from '@corium/contracts';
import type { Deps } from '../../deps';
import type { Principal } from '../../platform/auth/policy';
import type { Executor } from '../../platform/db/database';
import { AppError } from '../../platform/errors/app-error';
import { newId } from '../../platform/ids';
import * as repo from './pen-care.repo';
import { deviceRecalls } from './recalls.repo';

const toEntry = (row: repo.CareRow): MaintenanceEntry => ({
  id: row.id,
  kind: row.kind,
  note: row.note,
  performedBy: { id: row.performed_by, name: row.performed_by_name },
  performedAt: row.performed_at.toISOString(),
});

async function careDevicesOf(
  db: Executor,
  clinicId: string,
  devices: repo.DeviceRow[],
): Promise<CareDevice[]> {
  const [latest, recalls] = await Promise.all([
    repo.latestCare(db, clinicId),
    deviceRecalls(
      db,
      clinicId,
      devices.map((d) => d.id),
    ),
  ]);
  return devices.map((d) => {
    const last = latest.find((c) => c.device_id === d.id);
    return {
      ...d,
      lastCare: last ? toEntry(last) : null,
      recalls: recalls
        .filter((r) => r.device_id === d.id)
        .map((r) => ({
          id: r.id,
          from: r.affected_from.toISOString(),
          until: r.affected_until.toISOString(),
        })),
    };
  });
}

/** Every pen and RF unit with its latest care and any recall naming it. */
export async function careDevices(deps: Deps, principal: Principal): Promise<CareDevices> {
  const devices = await repo.listDevices(deps.db, principal.clinicId);
  return { devices: await careDevicesOf(deps.db, principal.clinicId, devices) };
}

async function logOf(db: Executor, clinicId: string, deviceId: string): Promise<MaintenanceLog> {
  const device = await repo.findDevice(db, clinicId, deviceId);
  if (!device) throw new AppError('NOT_FOUND', 'No such pen in this clinic');
  const [view] = await careDevicesOf(db, clinicId, [device]);
  return { device: view!, entries: (await repo.careLog(db, clinicId, deviceId)).map(toEntry) };
}

export const maintenanceLog = (deps: Deps, principal: Principal, deviceId: string): Promise<MaintenanceLog> =>
  logOf(deps.db, principal.clinicId, deviceId);

/** Cleaning, inspection, service or repair, done now or earlier — never in the future. */
export async function recordCare(
  deps: Deps,
  principal: Principal,
  deviceId: string,
  input: MaintenanceRequest,
): Promise<MaintenanceLog> {
  const { clinicId, userId } = principal;
  const now = deps.clock.now();
  const performedAt = input.performedAt ? new Date(input.performedAt) : now;
  if (performedAt > now)
    throw new AppError('VALIDATION_FAILED', 'Care is recorded once it has been done', [
      { path: 'performedAt', message: 'This time is still to come' },
    ]);
  return deps.db.transaction().execute(async (trx) => {
    if (!(await repo.findDevice(trx, clinicId, deviceId)))
      throw new AppError('NOT_FOUND', 'No such pen in this clinic');
    await repo.insertCare(trx, {
      ...{ id: newId(), clinic_id: clinicId, device_id: deviceId, kind: input.kind },
      ...{ note: input.note ?? null, performed_by: userId, performed_at: performedAt },
    });
    return logOf(trx, clinicId, deviceId);
  });
}

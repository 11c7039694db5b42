import type { FieldIssue, ServiceRole } from '@corium/contracts';
import type { Trx } from '../../../platform/db/database';
import * as catalog from '../catalog.repo';

type Rows<F extends (...args: never[]) => Promise<unknown[]>> = Awaited<ReturnType<F>>;

interface Resources {
  rooms: Rows<typeof catalog.listRooms>;
  devices: Rows<typeof catalog.listDevices>;
  practitioners: catalog.PractitionerRow[];
}

interface Context {
  serviceId: string;
  locationId: string;
  roles: ServiceRole[];
}

const kindNames = {
  treatment: 'treatment room',
  consult: 'consultation room',
  pen: 'pen',
  rf_unit: 'RF unit',
};

/** Why this resource cannot fill this role, or null when it can. */
function refusal(role: ServiceRole, resourceId: string, context: Context, found: Resources): string | null {
  if (role.kind === 'room') {
    const room = found.rooms.find((r) => r.id === resourceId);
    if (!room) return 'No such room';
    if (room.location_id !== context.locationId) return `${room.name} is at another location`;
    if (room.kind !== role.roomKind) return `${room.name} is not a ${kindNames[role.roomKind!]}`;
    return room.active ? null : `${room.name} is not in use`;
  }
  if (role.kind === 'device') {
    const device = found.devices.find((d) => d.id === resourceId);
    if (!device) return 'No such device';
    const name = `${device.model} (${device.serial})`;
    if (device.location_id !== context.locationId) return `${name} is at another location`;
    if (device.kind !== role.deviceKind) return `${name} is not a ${kindNames[role.deviceKind!]}`;
    return device.status === 'in_service' ? null : `${name} is not in service (${device.status})`;
  }
  const practitioner = found.practitioners.find((p) => p.id === resourceId);
  if (!practitioner) return 'No such practitioner';
  if (!(practitioner.service_ids ?? []).includes(context.serviceId))
    return `${practitioner.display_name} does not perform this service`;
  if (!(practitioner.location_ids ?? []).includes(context.locationId))
    return `${practitioner.display_name} does not work at this location`;
  return null;
}

/**
 * Every role of the service filled, once, by a resource that can fill it: a room of the right
 * kind at the location and in use, a device of the right kind there and in service, a
 * practitioner who performs the service and works at the location.
 */
export async function resourceIssues(
  trx: Trx,
  clinicId: string,
  context: Context,
  assignment: Record<string, string>,
): Promise<{ issues: FieldIssue[]; practitioners: { role: string; id: string; name: string }[] }> {
  const issues: FieldIssue[] = [];
  const roleKeys = context.roles.map((r) => r.key);
  for (const key of Object.keys(assignment).filter((k) => !roleKeys.includes(k)))
    issues.push({ path: `assignment.${key}`, message: 'Not a role of this service' });
  const ids = Object.values(assignment);
  // Only the kinds the service needs: a consultation looks up no devices.
  const wanted = (kind: ServiceRole['kind']) => ids.length > 0 && context.roles.some((r) => r.kind === kind);
  const found: Resources = {
    rooms: wanted('room') ? await catalog.listRooms(trx, clinicId, ids) : [],
    devices: wanted('device') ? await catalog.listDevices(trx, clinicId, ids) : [],
    practitioners: wanted('practitioner') ? await catalog.listPractitioners(trx, clinicId, ids) : [],
  };
  const practitioners: { role: string; id: string; name: string }[] = [];
  for (const role of context.roles) {
    const path = `assignment.${role.key}`;
    const resourceId = assignment[role.key];
    if (!resourceId) {
      issues.push({ path, message: `Choose a ${role.kind} for this role` });
      continue;
    }
    if (ids.indexOf(resourceId) !== ids.lastIndexOf(resourceId))
      issues.push({ path, message: 'One resource cannot fill two roles' });
    const why = refusal(role, resourceId, context, found);
    if (why) issues.push({ path, message: why });
    const practitioner = found.practitioners.find((p) => p.id === resourceId);
    if (role.kind === 'practitioner' && practitioner)
      practitioners.push({ role: role.key, id: resourceId, name: practitioner.display_name });
  }
  return { issues, practitioners };
}

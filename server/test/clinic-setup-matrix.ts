import { newId } from '../src/platform/ids';
import type { MatrixFixtures } from './authorization-fixtures';

/**
 * Clinic set-up in the authorization matrix: ids for its path parameters and request bodies.
 * Every allowed call leaves clinic a bookable as the other rows expect: hours and services are
 * set to what `makeClinicBookable` gave, rooms, devices and services are new ones, and what a
 * call removes is made for that call alone. Another clinic's things are never reachable.
 */

const week = [1, 2, 3, 4, 5, 6, 7];
const everyDay = week.map((weekday) => ({ weekday, start: '08:00', end: '20:00' }));

/** A day far enough ahead to touch no booking of the matrix. */
const farDay = (f: MatrixFixtures, days: number): string =>
  new Date(f.t.clock.now().getTime() + days * 86_400_000).toISOString().slice(0, 10);

async function freshRoom(f: MatrixFixtures): Promise<string> {
  const id = newId();
  await f.t.deps.db
    .insertInto('room')
    .values({
      id,
      clinic_id: f.clinicA.id,
      location_id: f.bookable.locationId,
      name: `Matrix ${id}`,
      kind: 'consult',
    })
    .execute();
  return id;
}

/** Exceptions made so far: each takes a day of its own. */
let exceptions = 0;

async function freshException(f: MatrixFixtures): Promise<string> {
  const id = newId();
  await f.t.deps.db
    .insertInto('schedule_exception')
    .values({
      id,
      clinic_id: f.clinicA.id,
      user_id: f.ids.user,
      location_id: f.bookable.locationId,
      day: farDay(f, 300 + exceptions++),
      intervals: JSON.stringify([{ start: '08:00', end: '20:00' }]),
      reason: null,
    })
    .execute();
  return id;
}

async function freshTimeOff(f: MatrixFixtures): Promise<string> {
  const id = newId();
  const start = new Date(`${farDay(f, 400)}T09:00:00Z`);
  await f.t.deps.db
    .insertInto('time_off')
    .values({
      id,
      clinic_id: f.clinicA.id,
      user_id: f.ids.user,
      during: `[${start.toISOString()},${new Date(start.getTime() + 3_600_000).toISOString()})`,
      reason: null,
      created_by: null,
      created_at: f.t.clock.now(),
    })
    .execute();
  return id;
}

/** The service every PUT of the matrix sends back unchanged. */
const matrixServiceId = (f: MatrixFixtures) => f.bookable.services.review!;

/** `path` with clinic set-up's parameters filled: clinic a's things, or for another clinic, ids of nothing here. */
export async function withSetupIds(f: MatrixFixtures, path: string, otherClinic: boolean): Promise<string> {
  if (!path.startsWith('/api/clinic-setup')) return path;
  const pick = async (own: () => string | Promise<string>) => (otherClinic ? newId() : own());
  let filled = path;
  if (filled.includes(':locationId'))
    filled = filled.replace(':locationId', await pick(() => f.bookable.locationId));
  if (filled.includes(':roomId')) filled = filled.replace(':roomId', await pick(() => freshRoom(f)));
  if (filled.includes(':deviceId'))
    filled = filled.replace(':deviceId', await pick(() => f.bookable.devices.pen));
  if (filled.includes(':serviceId'))
    filled = filled.replace(':serviceId', await pick(() => matrixServiceId(f)));
  if (filled.includes(':exceptionId'))
    filled = filled.replace(':exceptionId', await pick(() => freshException(f)));
  if (filled.includes(':timeOffId')) filled = filled.replace(':timeOffId', await pick(() => freshTimeOff(f)));
  return filled;
}

/** The review service as it is: the PUT changes nothing the other rows rely on. */
async function reviewAsItIs(f: MatrixFixtures) {
  const row = await f.t.deps.db
    .selectFrom('service')
    .selectAll()
    .where('clinic_id', '=', f.clinicA.id)
    .where('id', '=', matrixServiceId(f))
    .executeTakeFirstOrThrow();
  return {
    name: row.name,
    kind: row.kind,
    modality: row.modality,
    active: row.active,
    definition: { roles: row.roles, segments: row.segments },
  };
}

export const clinicSetupBodies = (
  fixtures: () => MatrixFixtures,
): Record<string, () => object | Promise<object>> => ({
  'POST /api/clinic-setup/locations': () => ({ name: 'Matrix annex', timeZone: 'Europe/London' }),
  'PUT /api/clinic-setup/locations/:locationId': () => ({ name: 'Matrix clinic', timeZone: 'Europe/London' }),
  'PUT /api/clinic-setup/locations/:locationId/opening-hours': () => ({ hours: everyDay }),
  'POST /api/clinic-setup/rooms': () => ({
    locationId: fixtures().bookable.locationId,
    name: `Room ${newId()}`,
    kind: 'treatment',
  }),
  'PATCH /api/clinic-setup/rooms/:roomId': () => ({ active: true }),
  'POST /api/clinic-setup/devices': () => ({
    locationId: fixtures().bookable.locationId,
    kind: 'pen',
    model: 'Matrix pen',
    serial: `M-${newId()}`,
  }),
  'PATCH /api/clinic-setup/devices/:deviceId': () => ({ status: 'in_service' }),
  'POST /api/clinic-setup/services': () => ({
    code: `m${newId().replace(/-/g, '').slice(-20)}`,
    name: 'Matrix review',
    kind: 'review',
    modality: null,
    definition: {
      roles: [{ key: 'practitioner', kind: 'practitioner' }],
      segments: [{ name: 'Review', minutes: 15, uses: ['practitioner'] }],
    },
  }),
  'PUT /api/clinic-setup/services/:serviceId': () => reviewAsItIs(fixtures()),
  // Corium's defaults: the portal rows of the matrix keep the notice and consultation first they expect.
  'PUT /api/clinic-setup/booking-policy': () => ({
    cancelNoticeHours: 24,
    consultationFirst: true,
    offerMinutes: 120,
  }),
  'PUT /api/clinic-setup/practitioners/:userId/services': () => ({
    serviceIds: Object.values(fixtures().bookable.services),
  }),
  'PUT /api/clinic-setup/practitioners/:userId/locations': () => ({
    locationIds: [fixtures().bookable.locationId],
  }),
  'PUT /api/clinic-setup/practitioners/:userId/working-hours': () => ({
    locationId: fixtures().bookable.locationId,
    hours: everyDay,
  }),
  'POST /api/clinic-setup/practitioners/:userId/exceptions': () => ({
    locationId: fixtures().bookable.locationId,
    date: farDay(fixtures(), 200),
    intervals: [{ start: '08:00', end: '20:00' }],
  }),
  'POST /api/clinic-setup/practitioners/:userId/time-off': () => {
    const day = farDay(fixtures(), 250);
    return { start: `${day}T09:00:00Z`, end: `${day}T10:00:00Z`, reason: 'Matrix' };
  },
});

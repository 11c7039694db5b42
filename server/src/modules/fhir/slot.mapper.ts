import { CORIUM_SYSTEM } from './clinical.mapper';
import type { BookableService, ScheduleRow } from './fhir-schedule.repo';
import { reference, type FhirResource } from './fhir-resource';

const serviceType = (service: BookableService) => ({
  coding: [{ system: `${CORIUM_SYSTEM}/service`, code: service.code, display: service.name }],
  text: service.name,
});

/** A clinician's or a room's bookable time. */
export function toSchedule(row: ScheduleRow, services: readonly BookableService[]): FhirResource {
  const offered = services.filter((s) => row.service_ids.includes(s.id));
  return {
    resourceType: 'Schedule',
    id: row.id,
    active: row.active,
    ...(offered.length > 0 ? { serviceType: offered.map(serviceType) } : {}),
    actor: [
      row.kind === 'practitioner'
        ? reference('Practitioner', row.id, row.name)
        : reference('Location', row.id, row.name),
    ],
    comment: row.kind === 'practitioner' ? `${row.name}'s appointments` : `Bookings of ${row.name}`,
  };
}

/**
 * A free Slot is computed, not stored: its id packs the schedule, the service and the start
 * (minutes since 1970) in base 36, e.g. `3h9…k.1x0…b.q4x2c0`, so reading it computes it again.
 */
const uuidToBase36 = (uuid: string): string => BigInt(`0x${uuid.replace(/-/g, '')}`).toString(36);
function base36ToUuid(text: string): string | null {
  if (!/^[0-9a-z]{1,25}$/.test(text)) return null;
  const hex = [...text].reduce((n, c) => n * 36n + BigInt(parseInt(c, 36)), 0n).toString(16);
  if (hex.length > 32) return null;
  const h = hex.padStart(32, '0');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export interface SlotKey {
  scheduleId: string;
  serviceId: string;
  start: Date;
}

export const slotId = (key: SlotKey): string =>
  [
    uuidToBase36(key.scheduleId),
    uuidToBase36(key.serviceId),
    (key.start.getTime() / 60_000).toString(36),
  ].join('.');

export function parseSlotId(id: string): SlotKey | null {
  const [schedule, service, minutes, ...rest] = id.split('.');
  if (rest.length > 0 || !schedule || !service || !minutes || !/^[0-9a-z]{1,9}$/.test(minutes)) return null;
  const scheduleId = base36ToUuid(schedule);
  const serviceId = base36ToUuid(service);
  if (!scheduleId || !serviceId) return null;
  return { scheduleId, serviceId, start: new Date(parseInt(minutes, 36) * 60_000) };
}

export interface FreeSlot {
  scheduleId: string;
  service: BookableService;
  start: Date;
  end: Date;
}

export function toSlot(slot: FreeSlot): FhirResource {
  return {
    resourceType: 'Slot',
    id: slotId({ scheduleId: slot.scheduleId, serviceId: slot.service.id, start: slot.start }),
    serviceType: [serviceType(slot.service)],
    schedule: reference('Schedule', slot.scheduleId),
    status: 'free',
    start: slot.start.toISOString(),
    end: slot.end.toISOString(),
  };
}

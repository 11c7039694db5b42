import { carePlanCategory } from './aftercare-plan.mapper';
import { CORIUM_SYSTEM, derivedId } from './clinical.mapper';
import type { AppointmentRow, SeriesRow } from './fhir-booking.repo';
import type { EquipmentRow, PlaceRow, PractitionerRow } from './fhir-directory.repo';
import { reference, type FhirResource } from './fhir-resource';

const coding = (system: string, code: string, display?: string) => ({
  coding: [{ system, code, ...(display ? { display } : {}) }],
  ...(display ? { text: display } : {}),
});

export function toPractitioner(row: PractitionerRow): FhirResource {
  return {
    resourceType: 'Practitioner',
    id: row.id,
    active: row.disabled_at === null,
    name: [{ text: row.display_name }],
    telecom: [{ system: 'email', value: row.email, use: 'work' }],
  };
}

/** What a clinician does at the clinic, and where: one PractitionerRole per clinician. */
export function toPractitionerRole(row: PractitionerRow): FhirResource {
  const code =
    row.role === 'medical_director'
      ? coding('http://terminology.hl7.org/CodeSystem/practitioner-role', 'doctor', 'Doctor')
      : coding(`${CORIUM_SYSTEM}/staff-role`, 'practitioner', 'Practitioner');
  return {
    resourceType: 'PractitionerRole',
    id: row.id,
    active: row.disabled_at === null,
    practitioner: reference('Practitioner', row.id, row.display_name),
    code: [code],
    ...(row.location_ids.length > 0
      ? { location: row.location_ids.map((id) => reference('Location', id)) }
      : {}),
  };
}

const physicalTypes = {
  building: coding('http://terminology.hl7.org/CodeSystem/location-physical-type', 'bu', 'Building'),
  room: coding('http://terminology.hl7.org/CodeSystem/location-physical-type', 'ro', 'Room'),
};

/** A location (building) or one of its rooms, `partOf` the building. */
export function toLocation(row: PlaceRow): FhirResource {
  return {
    resourceType: 'Location',
    id: row.id,
    status: row.active ? 'active' : 'inactive',
    name: row.name,
    mode: 'instance',
    ...(row.kind ? { description: row.kind === 'treatment' ? 'Treatment room' : 'Consultation room' } : {}),
    ...(row.address ? { address: { text: row.address } } : {}),
    physicalType: row.part_of ? physicalTypes.room : physicalTypes.building,
    ...(row.part_of ? { partOf: reference('Location', row.part_of) } : {}),
  };
}

const deviceTypes = {
  pen: 'Microneedling pen',
  rf_unit: 'Radiofrequency microneedling unit',
  cartridge_lot: 'Needle cartridge lot',
};

/** A pen or RF unit, or a lot of needle cartridges (lot number and expiry date). */
export function toDevice(row: EquipmentRow): FhirResource {
  const status = row.status === null || row.status === 'in_service' ? 'active' : 'inactive';
  return {
    resourceType: 'Device',
    id: row.id,
    status,
    ...(row.lot_number ? { lotNumber: row.lot_number } : {}),
    ...(row.expires_on ? { expirationDate: row.expires_on } : {}),
    ...(row.serial ? { serialNumber: row.serial } : {}),
    deviceName: [
      { name: row.name, type: row.kind === 'cartridge_lot' ? 'user-friendly-name' : 'model-name' },
    ],
    type: coding(`${CORIUM_SYSTEM}/device-kind`, row.kind, deviceTypes[row.kind]),
    ...(row.location_id ? { location: reference('Location', row.location_id) } : {}),
  };
}

const fhirAppointmentStatus = {
  booked: 'booked',
  cancelled: 'cancelled',
  no_show: 'noshow',
  completed: 'fulfilled',
} as const;

function participants(row: AppointmentRow) {
  const accepted = (actor: ReturnType<typeof reference>) => ({
    actor,
    required: 'required',
    status: 'accepted',
  });
  const held = row.resources.flatMap((r) => [
    ...(r.practitionerId ? [accepted(reference('Practitioner', r.practitionerId))] : []),
    ...(r.roomId ? [accepted(reference('Location', r.roomId))] : []),
    ...(r.deviceId ? [accepted(reference('Device', r.deviceId))] : []),
  ]);
  const unique = new Map(held.map((p) => [p.actor.reference, p]));
  return [accepted(reference('Patient', row.patient_id)), ...unique.values()];
}

export function toAppointment(row: AppointmentRow): FhirResource {
  return {
    resourceType: 'Appointment',
    id: row.id,
    status: fhirAppointmentStatus[row.status],
    ...(row.cancellation_reason ? { cancelationReason: { text: row.cancellation_reason } } : {}),
    serviceType: [coding(`${CORIUM_SYSTEM}/service`, row.service_code, row.service_name)],
    description: row.session_number ? `${row.service_name}, session ${row.session_number}` : row.service_name,
    start: row.starts_at.toISOString(),
    end: row.ends_at.toISOString(),
    minutesDuration: Math.round((row.ends_at.getTime() - row.starts_at.getTime()) / 60_000),
    created: row.created_at.toISOString(),
    participant: participants(row),
  };
}

const carePlanStatus = { active: 'active', completed: 'completed', stopped: 'revoked' } as const;
const activityStatus = { active: 'scheduled', completed: 'completed', stopped: 'stopped' } as const;

/** A treatment series as a CarePlan: the course of sessions, what it addresses, what is booked. */
export function toCarePlan(row: SeriesRow): FhirResource {
  const modality = row.modality === 'microneedling' ? 'Microneedling' : 'Radiofrequency microneedling';
  return {
    resourceType: 'CarePlan',
    id: row.id,
    status: carePlanStatus[row.status],
    intent: 'plan',
    category: [carePlanCategory('treatment-series')],
    title: `${modality}: ${row.sessions} sessions`,
    ...(row.notes ? { description: row.notes } : {}),
    subject: reference('Patient', row.patient_id),
    created: row.created_at.toISOString(),
    addresses: row.concerns.map((concern) =>
      reference('Condition', derivedId(row.patient_id, `concern:${concern}`)),
    ),
    activity: [
      {
        ...(row.appointment_ids.length > 0
          ? { outcomeReference: row.appointment_ids.map((id) => reference('Appointment', id)) }
          : {}),
        detail: {
          kind: 'Appointment',
          code: coding(`${CORIUM_SYSTEM}/modality`, row.modality, modality),
          status: activityStatus[row.status],
          scheduledTiming: { repeat: { count: row.sessions, period: row.interval_days, periodUnit: 'd' } },
        },
      },
    ],
  };
}

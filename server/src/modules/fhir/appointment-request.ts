import type { BookingService } from '@corium/contracts';
import { z } from 'zod';
import { AppError } from '../../platform/errors/app-error';
import { listOf, maybe, readShape } from './fhir-input';

/** What a FHIR Appointment asks to book, before the clinic's services and places are known. */
export interface AppointmentAsk {
  patientId: string;
  start: string;
  /** The service's code (Corium's service system) or id. */
  service: string;
  practitioners: string[];
  locations: string[];
  devices: string[];
}

const appointmentInput = z.looseObject({
  resourceType: maybe,
  status: maybe,
  start: maybe,
  serviceType: listOf({ coding: listOf({ code: maybe }) }),
  participant: listOf({ actor: z.looseObject({ reference: maybe }).optional() }),
});
type AppointmentInput = z.infer<typeof appointmentInput>;

const invalid = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', 'The Appointment resource cannot be booked', [{ path, message }]);

function referencesTo(input: AppointmentInput, type: string): string[] {
  return (input.participant ?? [])
    .map((p) => p.actor?.reference)
    .filter((r): r is string => typeof r === 'string' && r.startsWith(`${type}/`))
    .map((r) => r.slice(type.length + 1));
}

/**
 * Reads a FHIR Appointment to book: `status: booked`, a start, the service as `serviceType`,
 * and the patient, clinicians, rooms (Location) and devices as participants.
 */
export function readAppointmentAsk(body: unknown): AppointmentAsk {
  const input = readShape(appointmentInput, body, 'Appointment');
  if (input.resourceType !== 'Appointment') throw invalid('resourceType', 'Expected "Appointment"');
  if (input.status !== 'booked')
    throw invalid('Appointment.status', 'Only appointments with status "booked" can be created');
  if (typeof input.start !== 'string') throw invalid('Appointment.start', 'The start is required');
  const service = input.serviceType?.[0]?.coding?.[0]?.code;
  if (typeof service !== 'string')
    throw invalid('Appointment.serviceType', 'Name the service as serviceType[0].coding[0].code');
  const patients = referencesTo(input, 'Patient');
  if (patients.length !== 1) throw invalid('Appointment.participant', 'Exactly one Patient must take part');
  return {
    patientId: patients[0]!,
    start: input.start,
    service,
    practitioners: referencesTo(input, 'Practitioner'),
    locations: referencesTo(input, 'Location'),
    devices: referencesTo(input, 'Device'),
  };
}

/**
 * The service's resource roles filled from the participants, in the order given: each
 * clinician fills the next practitioner role, each room the next room role, each device the
 * next device role. Booking then checks the assignment as it checks any other.
 */
export function assignRoles(
  roles: BookingService['roles'],
  ask: Pick<AppointmentAsk, 'practitioners' | 'devices'>,
  rooms: string[],
): Record<string, string> {
  const queues = { practitioner: [...ask.practitioners], room: [...rooms], device: [...ask.devices] };
  const assignment: Record<string, string> = {};
  for (const role of roles) {
    const next = queues[role.kind as keyof typeof queues]?.shift();
    if (next !== undefined) assignment[role.key] = next;
  }
  return assignment;
}

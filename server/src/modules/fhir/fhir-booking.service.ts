import { bookAppointmentRequest } from '@corium/contracts';
import type { Deps } from '../../deps';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { AppError } from '../../platform/errors/app-error';
import { newId } from '../../platform/ids';
import { bookAppointment } from '../booking/book-appointment.service';
import { listServices } from '../booking/catalog.service';
import { canAccessPatient } from '../patients/patients.service';
import { assignRoles, readAppointmentAsk, type AppointmentAsk } from './appointment-request';
import { searchPlaces } from './fhir-directory.repo';
import { definitionOf } from './fhir-registry';
import type { FhirResource } from './fhir-resource';
import { parseSearch } from './search-params';

const invalid = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', 'The Appointment resource cannot be booked', [{ path, message }]);

/** The building a visit is at, and its rooms, from the Location participants. */
async function placesOf(deps: Deps, clinicId: string, ask: AppointmentAsk) {
  if (ask.locations.length === 0) throw invalid('Appointment.participant', 'Name the room (a Location)');
  const criteria = parseSearch(
    { _id: ask.locations.join(',') },
    [{ name: '_id', type: 'token', documentation: '' }],
    false,
  );
  const { rows } = await searchPlaces(deps.db, clinicId, criteria.criteria, { count: 20, offset: 0 });
  const rooms = ask.locations.filter((id) => rows.some((r) => r.id === id && r.part_of !== null));
  const buildings = new Set(rows.map((r) => r.part_of ?? r.id));
  if (rows.length !== ask.locations.length || buildings.size !== 1)
    throw invalid('Appointment.participant', 'The Locations must be rooms of one location of this clinic');
  return { locationId: [...buildings][0]!, rooms };
}

/**
 * Books a FHIR Appointment through the booking module, with every rule of the native API:
 * screening, spacing, hours, free resources; a slot someone else holds is 409 SLOT_TAKEN.
 */
export async function bookFhirAppointment(
  deps: Deps,
  principal: Principal,
  input: { body: unknown; idempotencyKey: string | undefined },
  meta: RequestMeta,
): Promise<FhirResource> {
  const ask = readAppointmentAsk(input.body);
  if (!(await canAccessPatient(deps, principal, ask.patientId)))
    throw new AppError('NOT_FOUND', `No Patient with id ${ask.patientId}`);
  const service = (await listServices(deps, principal)).find(
    (s) => s.active && (s.code === ask.service || s.id === ask.service),
  );
  if (!service) throw invalid('Appointment.serviceType', `No service "${ask.service}" is offered`);
  const { locationId, rooms } = await placesOf(deps, principal.clinicId, ask);
  const request = bookAppointmentRequest.safeParse({
    serviceId: service.id,
    locationId,
    start: ask.start,
    assignment: assignRoles(service.roles, ask, rooms),
    idempotencyKey: input.idempotencyKey ?? `fhir-${newId()}`,
  });
  if (!request.success)
    throw invalid(
      request.error.issues[0]?.path[0] === 'start' ? 'Appointment.start' : 'Appointment',
      request.error.issues[0]!.message,
    );
  const booked = await bookAppointment(deps, principal, ask.patientId, request.data, meta);
  const resource = await definitionOf('Appointment')!.read(
    { db: deps.db, clinicId: principal.clinicId, patientId: null, origin: '' },
    booked.id,
  );
  if (!resource) throw new AppError('INTERNAL', 'The booked appointment could not be read back');
  return resource;
}

import type {
  PortalAppointment,
  PortalAppointments,
  PortalBookRequest,
  PortalCancelRequest,
} from '@corium/contracts';
import type { Deps } from '../../../deps';
import { recordAudit } from '../../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../../platform/auth/policy';
import { actorOf } from '../../../platform/auth/request-meta';
import type { Executor } from '../../../platform/db/database';
import { AppError } from '../../../platform/errors/app-error';
import { ownPatientId } from '../../patients/patients.service';
import { appointmentEvent, cancelAppointment } from '../appointments.service';
import * as appointments from '../appointments.repo';
import { bookingPolicy } from '../booking-policy.repo';
import { bookAppointment } from '../book-appointment.service';
import * as catalog from '../catalog.repo';
import { consultationFirstReason } from './portal-options.service';
import { patientRefusalError, toPatientRefusal } from './portal-refusals';
import { cancellableUntil } from './portal-rules';

/** The patient's visits as the portal shows them: rooms and devices unnamed. */
async function portalAppointments(
  db: Executor,
  clinicId: string,
  rows: appointments.AppointmentRow[],
  noticeHours: number,
): Promise<PortalAppointment[]> {
  const holds = await appointments.holdsOf(
    db,
    clinicId,
    rows.map((r) => r.id),
  );
  const locations = new Map((await catalog.listLocations(db, clinicId)).map((l) => [l.id, l]));
  return rows.map((r) => {
    const practitioner = holds.find((h) => h.appointment_id === r.id && h.practitioner_name !== null);
    const location = locations.get(r.location_id);
    return {
      id: r.id,
      serviceId: r.service_id,
      locationId: r.location_id,
      serviceName: r.service_name,
      serviceKind: r.service_kind,
      locationName: location?.name ?? '',
      timeZone: location?.time_zone ?? 'UTC',
      start: r.starts_at.toISOString(),
      end: r.ends_at.toISOString(),
      status: r.status,
      practitionerName: practitioner?.practitioner_name ?? null,
      sessionNumber: r.session_number,
      cancellableUntil:
        r.status === 'booked' ? cancellableUntil(r.starts_at, noticeHours).toISOString() : null,
    };
  });
}

/** One of the patient's own visits, as the portal shows it. */
export async function readOwnAppointment(
  db: Executor,
  clinicId: string,
  patientId: string,
  appointmentId: string,
): Promise<PortalAppointment> {
  const row = await appointments.findAppointment(db, clinicId, patientId, appointmentId);
  if (!row) throw new AppError('NOT_FOUND', 'You have no such appointment');
  const policy = await bookingPolicy(db, clinicId);
  return (await portalAppointments(db, clinicId, [row], policy.cancel_notice_hours))[0]!;
}

/**
 * The patient books for themselves, through the same booking staff use — screening gate,
 * spacing, hours, the database's exclusion constraints, idempotency — with no overrides.
 * A refusal comes back in plain words with what to do next.
 */
export async function bookOwn(
  deps: Deps,
  principal: Principal,
  request: PortalBookRequest,
  meta: RequestMeta,
): Promise<PortalAppointment> {
  const patientId = await ownPatientId(deps, principal);
  const { clinicId } = principal;
  const service = await catalog.findService(deps.db, clinicId, request.serviceId);
  if (
    service?.kind === 'treatment' &&
    !request.seriesId &&
    (await consultationFirstReason(deps.db, clinicId, patientId))
  )
    throw patientRefusalError({ reason: 'consultation_first' });
  const booked = await bookAppointment(deps, principal, patientId, request, meta).catch(
    async (error: unknown) => {
      throw await toPatientRefusal(deps, principal, { patientId, request }, error);
    },
  );
  return readOwnAppointment(deps.db, clinicId, patientId, booked.id);
}

/** The patient's visits: upcoming soonest first, the rest latest first. */
export async function ownAppointments(
  deps: Deps,
  principal: Principal,
  meta: RequestMeta,
): Promise<PortalAppointments> {
  const patientId = await ownPatientId(deps, principal);
  const { clinicId } = principal;
  return deps.db.transaction().execute(async (trx) => {
    const policy = await bookingPolicy(trx, clinicId);
    const rows = await appointments.listForPatient(trx, clinicId, patientId);
    const all = await portalAppointments(trx, clinicId, rows, policy.cancel_notice_hours);
    const now = deps.clock.now().getTime();
    const isUpcoming = (a: PortalAppointment) => a.status === 'booked' && Date.parse(a.end) > now;
    const event = appointmentEvent('read', patientId, null, {
      portal: 'appointments',
      appointments: rows.length,
    });
    await recordAudit(trx, actorOf(principal, meta), event, deps.clock.now());
    return {
      upcoming: all.filter(isUpcoming).reverse(),
      past: all.filter((a) => !isUpcoming(a)),
      cancelNoticeHours: policy.cancel_notice_hours,
    };
  });
}

/**
 * The patient cancels their own visit, up to the clinic's notice period before it (24 hours
 * unless the clinic set another); later, they call the clinic.
 */
export async function cancelOwn(
  deps: Deps,
  principal: Principal,
  appointmentId: string,
  request: PortalCancelRequest,
  meta: RequestMeta,
): Promise<PortalAppointment> {
  const patientId = await ownPatientId(deps, principal);
  const { clinicId } = principal;
  const row = await appointments.findAppointment(deps.db, clinicId, patientId, appointmentId);
  if (!row) throw new AppError('NOT_FOUND', 'You have no such appointment');
  const policy = await bookingPolicy(deps.db, clinicId);
  if (
    row.status === 'booked' &&
    deps.clock.now() > cancellableUntil(row.starts_at, policy.cancel_notice_hours)
  )
    throw patientRefusalError({ reason: 'cancel_too_late', cancelNoticeHours: policy.cancel_notice_hours });
  const reason = request.reason || 'Cancelled by the patient in the portal';
  await cancelAppointment(deps, principal, patientId, appointmentId, { reason }, meta);
  return readOwnAppointment(deps.db, clinicId, patientId, appointmentId);
}

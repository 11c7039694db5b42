import type { PortalAppointment, PortalRescheduleRequest } from '@corium/contracts';
import type { Deps } from '../../../deps';
import type { Principal, RequestMeta } from '../../../platform/auth/policy';
import { AppError } from '../../../platform/errors/app-error';
import { ownPatientId } from '../../patients/patients.service';
import * as appointments from '../appointments.repo';
import { bookingPolicy } from '../booking-policy.repo';
import { rescheduleAppointment } from '../reschedule.service';
import { readOwnAppointment } from './portal-booking.service';
import { patientRefusalError, toPatientRefusal } from './portal-refusals';
import { cancellableUntil } from './portal-rules';

/**
 * The patient moves their own visit to another free time of the same service and location —
 * the same appointment, moved in place by booking's reschedule with every rule applied again,
 * never a cancellation and a new booking. Within the clinic's notice period they call instead.
 */
export async function rescheduleOwn(
  deps: Deps,
  principal: Principal,
  appointmentId: string,
  request: PortalRescheduleRequest,
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
    throw patientRefusalError({ reason: 'move_too_late', cancelNoticeHours: policy.cancel_notice_hours });
  const move = {
    start: request.start,
    assignment: request.assignment,
    reason: 'Moved by the patient in the portal',
  };
  await rescheduleAppointment(deps, principal, patientId, appointmentId, move, meta).catch(
    async (error: unknown) => {
      const asked = { serviceId: row.service_id, locationId: row.location_id, start: request.start };
      const refused = {
        patientId,
        request: { ...asked, seriesId: row.series_id ?? undefined },
        movingId: row.id,
      };
      throw await toPatientRefusal(deps, principal, refused, error);
    },
  );
  return readOwnAppointment(deps.db, clinicId, patientId, appointmentId);
}

import {
  patientRefusal,
  portalAppointment,
  portalAppointments,
  portalAvailability,
  portalBookingOptions,
  type PatientRefusal,
  type PortalAppointment,
  type PortalAppointments,
  type PortalAvailability,
  type PortalAvailabilityQuery,
  type PortalBookingOptions,
  type PortalBookRequest,
  type PortalRescheduleRequest,
} from '@corium/contracts';
import { ApiError, request, segment, withQuery } from '../../lib/api';

/** The patient's own booking: always their own record, so no patient id is ever sent. */
export const portalBookingApi = {
  options: (): Promise<PortalBookingOptions> =>
    request('GET', '/api/portal/booking/options', portalBookingOptions),
  availability: (query: PortalAvailabilityQuery): Promise<PortalAvailability> =>
    request('GET', withQuery('/api/portal/booking/availability', { ...query }), portalAvailability),
  book: (body: PortalBookRequest): Promise<PortalAppointment> =>
    request('POST', '/api/portal/booking/appointments', portalAppointment, body),
  appointments: (): Promise<PortalAppointments> =>
    request('GET', '/api/portal/booking/appointments', portalAppointments),
  reschedule: (appointmentId: string, body: PortalRescheduleRequest): Promise<PortalAppointment> =>
    request(
      'POST',
      `/api/portal/booking/appointments/${segment(appointmentId)}/reschedule`,
      portalAppointment,
      body,
    ),
  cancel: (appointmentId: string): Promise<PortalAppointment> =>
    request(
      'POST',
      `/api/portal/booking/appointments/${segment(appointmentId)}/cancel`,
      portalAppointment,
      {},
    ),
};

/** The patient-safe refusal a booking answer carries, if it is one. */
export function refusalOf(error: unknown): PatientRefusal | null {
  if (!(error instanceof ApiError)) return null;
  const parsed = patientRefusal.safeParse(error.details);
  return parsed.success ? parsed.data : null;
}

import {
  appointment,
  appointmentList,
  availability,
  bookedSeries,
  bookingResources,
  bookingServiceList,
  seriesProposal,
  treatmentSeries,
  treatmentSeriesList,
  type Appointment,
  type Availability,
  type BookAppointmentRequest,
  type BookedSeries,
  type BookingResources,
  type BookingService,
  type BookSeriesRequest,
  type RescheduleAppointmentRequest,
  type SeriesProposal,
  type TreatmentSeries,
  type TreatmentSeriesRequest,
} from '@corium/contracts';
import { request, segment, withQuery } from '../../lib/api';

const patientPath = (patientId: string) => `/api/patients/${segment(patientId)}`;
const appointmentPath = (patientId: string, appointmentId: string) =>
  `${patientPath(patientId)}/appointments/${segment(appointmentId)}`;
const seriesPath = (patientId: string, seriesId: string) =>
  `${patientPath(patientId)}/treatment-series/${segment(seriesId)}`;

export interface CalendarRange {
  /** Instants with offsets, `[from, to)`. */
  from: string;
  to: string;
  locationId?: string;
}

export interface AvailabilitySearch {
  serviceId: string;
  locationId: string;
  /** Location's calendar days, `YYYY-MM-DD`, both included. */
  from: string;
  to: string;
  practitionerId?: string;
  limit?: number;
}

export interface ProposalSearch {
  serviceId: string;
  locationId: string;
  from?: string;
  practitionerId?: string;
}

/** Booking: what can be booked, the calendar, and a patient's visits and courses. */
export const bookingApi = {
  services: async (): Promise<BookingService[]> =>
    (await request('GET', '/api/booking/services', bookingServiceList)).services,
  resources: (): Promise<BookingResources> => request('GET', '/api/booking/resources', bookingResources),
  calendar: async (range: CalendarRange): Promise<Appointment[]> =>
    (await request('GET', withQuery('/api/appointments', { ...range }), appointmentList)).appointments,
  availability: (search: AvailabilitySearch): Promise<Availability> =>
    request('GET', withQuery('/api/booking/availability', { ...search }), availability),

  appointments: async (patientId: string): Promise<Appointment[]> =>
    (await request('GET', `${patientPath(patientId)}/appointments`, appointmentList)).appointments,
  book: (patientId: string, body: BookAppointmentRequest): Promise<Appointment> =>
    request('POST', `${patientPath(patientId)}/appointments`, appointment, body),
  cancel: (patientId: string, appointmentId: string, reason: string): Promise<Appointment> =>
    request('POST', `${appointmentPath(patientId, appointmentId)}/cancel`, appointment, { reason }),
  recordNoShow: (patientId: string, appointmentId: string): Promise<Appointment> =>
    request('POST', `${appointmentPath(patientId, appointmentId)}/no-show`, appointment),
  reschedule: (
    patientId: string,
    appointmentId: string,
    body: RescheduleAppointmentRequest,
  ): Promise<Appointment> =>
    request('POST', `${appointmentPath(patientId, appointmentId)}/reschedule`, appointment, body),

  series: async (patientId: string): Promise<TreatmentSeries[]> =>
    (await request('GET', `${patientPath(patientId)}/treatment-series`, treatmentSeriesList)).series,
  planSeries: (patientId: string, body: TreatmentSeriesRequest): Promise<TreatmentSeries> =>
    request('POST', `${patientPath(patientId)}/treatment-series`, treatmentSeries, body),
  stopSeries: (patientId: string, seriesId: string, reason: string): Promise<TreatmentSeries> =>
    request('POST', `${seriesPath(patientId, seriesId)}/stop`, treatmentSeries, { reason }),
  proposal: (patientId: string, seriesId: string, search: ProposalSearch): Promise<SeriesProposal> =>
    request('GET', withQuery(`${seriesPath(patientId, seriesId)}/proposal`, { ...search }), seriesProposal),
  bookSeries: (patientId: string, seriesId: string, body: BookSeriesRequest): Promise<BookedSeries> =>
    request('POST', `${seriesPath(patientId, seriesId)}/appointments`, bookedSeries, body),
};

/** One per booking attempt: a retry of the same attempt sends it again and gets the first answer. */
export const newIdempotencyKey = (): string => crypto.randomUUID();

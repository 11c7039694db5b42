import {
  bookingPolicy,
  bookingService,
  clinicSetup,
  setupDevice,
  setupException,
  setupLocation,
  setupRoom,
  setupTimeOff,
  type BookingPolicy,
  type BookingPolicyRequest,
  type BookingService,
  type ClinicSetup,
  type DeviceChange,
  type DeviceRequest,
  type LocationRequest,
  type OpeningHoursRequest,
  type RoomChange,
  type RoomRequest,
  type ScheduleExceptionRequest,
  type ServiceChange,
  type ServiceRequest,
  type SetupDevice,
  type SetupException,
  type SetupLocation,
  type SetupRoom,
  type SetupTimeOff,
  type TimeOffRequest,
  type WorkingHoursRequest,
} from '@corium/contracts';
import { request, requestNoContent, segment } from '../../lib/api';

const base = '/api/clinic-setup';
const practitioner = (userId: string) => `${base}/practitioners/${segment(userId)}`;

/** Clinic set-up: what a clinic books with, and who works when. */
export const setupApi = {
  load: (): Promise<ClinicSetup> => request('GET', base, clinicSetup),

  addLocation: (body: LocationRequest): Promise<SetupLocation> =>
    request('POST', `${base}/locations`, setupLocation, body),
  editLocation: (id: string, body: LocationRequest): Promise<SetupLocation> =>
    request('PUT', `${base}/locations/${segment(id)}`, setupLocation, body),
  setOpeningHours: (id: string, body: OpeningHoursRequest): Promise<SetupLocation> =>
    request('PUT', `${base}/locations/${segment(id)}/opening-hours`, setupLocation, body),

  addRoom: (body: RoomRequest): Promise<SetupRoom> => request('POST', `${base}/rooms`, setupRoom, body),
  editRoom: (id: string, body: RoomChange): Promise<SetupRoom> =>
    request('PATCH', `${base}/rooms/${segment(id)}`, setupRoom, body),
  removeRoom: (id: string): Promise<void> => requestNoContent('DELETE', `${base}/rooms/${segment(id)}`),

  addDevice: (body: DeviceRequest): Promise<SetupDevice> =>
    request('POST', `${base}/devices`, setupDevice, body),
  editDevice: (id: string, body: DeviceChange): Promise<SetupDevice> =>
    request('PATCH', `${base}/devices/${segment(id)}`, setupDevice, body),

  addService: (body: ServiceRequest): Promise<BookingService> =>
    request('POST', `${base}/services`, bookingService, body),
  editService: (id: string, body: ServiceChange): Promise<BookingService> =>
    request('PUT', `${base}/services/${segment(id)}`, bookingService, body),

  setServices: (userId: string, serviceIds: string[]): Promise<void> =>
    requestNoContent('PUT', `${practitioner(userId)}/services`, { serviceIds }),
  setLocations: (userId: string, locationIds: string[]): Promise<void> =>
    requestNoContent('PUT', `${practitioner(userId)}/locations`, { locationIds }),
  setWorkingHours: (userId: string, body: WorkingHoursRequest): Promise<void> =>
    requestNoContent('PUT', `${practitioner(userId)}/working-hours`, body),
  addException: (userId: string, body: ScheduleExceptionRequest): Promise<SetupException> =>
    request('POST', `${practitioner(userId)}/exceptions`, setupException, body),
  removeException: (userId: string, id: string): Promise<void> =>
    requestNoContent('DELETE', `${practitioner(userId)}/exceptions/${segment(id)}`),
  addTimeOff: (userId: string, body: TimeOffRequest): Promise<SetupTimeOff> =>
    request('POST', `${practitioner(userId)}/time-off`, setupTimeOff, body),
  removeTimeOff: (userId: string, id: string): Promise<void> =>
    requestNoContent('DELETE', `${practitioner(userId)}/time-off/${segment(id)}`),

  loadBookingPolicy: (): Promise<BookingPolicy> => request('GET', `${base}/booking-policy`, bookingPolicy),
  saveBookingPolicy: (body: BookingPolicyRequest): Promise<BookingPolicy> =>
    request('PUT', `${base}/booking-policy`, bookingPolicy, body),
};

import { z } from 'zod';
import { id, timeZone } from './common';
import { bookingService, deviceKind, roomKind, serviceDefinition, serviceKind } from './booking';
import { modality } from './screening';

/**
 * Clinic set-up: how a clinic describes what can be booked — its locations and opening hours,
 * rooms, devices, services, and who works when. Changes apply to bookings made afterwards;
 * appointments already booked keep the resources and times they hold.
 */

/** A wall-clock time in the location's zone, `HH:MM`. */
export const wallClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time as HH:MM');

const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

interface Stretch {
  start: string;
  end: string;
}

/**
 * Problems with a set of wall-clock stretches, each at the index it concerns: an end not after
 * its start, or two stretches of one day overlapping (back to back is fine: 09:00–12:00 then
 * 12:00–17:00). `dayOf` groups the stretches; all of one day by default.
 */
export function stretchProblems<T extends Stretch>(
  stretches: readonly T[],
  dayOf: (stretch: T) => number | string = () => 0,
): { index: number; field: 'start' | 'end'; message: string }[] {
  const problems: { index: number; field: 'start' | 'end'; message: string }[] = [];
  stretches.forEach((s, index) => {
    if (minutesOf(s.end) <= minutesOf(s.start))
      problems.push({ index, field: 'end', message: 'The end is not after the start' });
  });
  stretches.forEach((s, index) => {
    const clash = stretches.findIndex(
      (other, j) =>
        j < index &&
        dayOf(other) === dayOf(s) &&
        minutesOf(other.start) < minutesOf(s.end) &&
        minutesOf(s.start) < minutesOf(other.end),
    );
    if (clash >= 0)
      problems.push({
        index,
        field: 'start',
        message: `Overlaps ${stretches[clash]!.start}–${stretches[clash]!.end}`,
      });
  });
  return problems;
}

const weekday = z.number().int().min(1).max(7);
/** A week of hours: ISO weekday (1 = Monday), start and end; several rows a day make a break. */
const weekOfHours = z
  .array(z.strictObject({ weekday, start: wallClockTime, end: wallClockTime }))
  .max(70)
  .superRefine((rows, ctx) => {
    for (const p of stretchProblems(rows, (r) => r.weekday))
      ctx.addIssue({ code: 'custom', path: [p.index, p.field], message: p.message });
  });

export const locationRequest = z.strictObject({
  name: z.string().trim().min(2).max(120),
  timeZone,
  address: z.string().trim().max(500).nullable().optional(),
});
export type LocationRequest = z.infer<typeof locationRequest>;

/** The whole week's opening hours of a location; several rows a day make a lunch break. */
export const openingHoursRequest = z.strictObject({
  hours: weekOfHours,
});
export type OpeningHoursRequest = z.infer<typeof openingHoursRequest>;

export const roomRequest = z.strictObject({
  locationId: id,
  name: z.string().trim().min(1).max(80),
  kind: roomKind,
  active: z.boolean().default(true),
});
export type RoomRequest = z.infer<typeof roomRequest>;
export const roomChange = roomRequest.omit({ locationId: true }).partial().strict();
export type RoomChange = z.infer<typeof roomChange>;

export const deviceStatuses = ['in_service', 'maintenance', 'retired'] as const;
export const deviceStatus = z.enum(deviceStatuses);
export type DeviceStatus = z.infer<typeof deviceStatus>;

export const deviceRequest = z.strictObject({
  locationId: id,
  kind: deviceKind,
  model: z.string().trim().min(1).max(120),
  serial: z.string().trim().min(1).max(80),
  status: deviceStatus.default('in_service'),
});
export type DeviceRequest = z.infer<typeof deviceRequest>;
export const deviceChange = deviceRequest.partial().strict();
export type DeviceChange = z.infer<typeof deviceChange>;

/** A service as the clinic defines it; its code is fixed once made. */
export const serviceRequest = z
  .strictObject({
    code: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, 'Lower-case letters, digits and _, 2–40 long'),
    name: z.string().trim().min(2).max(120),
    kind: serviceKind,
    modality: modality.nullable(),
    active: z.boolean().default(true),
    definition: serviceDefinition,
  })
  .refine((s) => (s.kind === 'treatment') === (s.modality !== null), {
    path: ['modality'],
    message: 'A treatment has a modality; consultations and reviews have none',
  });
export type ServiceRequest = z.infer<typeof serviceRequest>;
export const serviceChange = z
  .strictObject({
    name: z.string().trim().min(2).max(120),
    kind: serviceKind,
    modality: modality.nullable(),
    active: z.boolean(),
    definition: serviceDefinition,
  })
  .refine((s) => (s.kind === 'treatment') === (s.modality !== null), {
    path: ['modality'],
    message: 'A treatment has a modality; consultations and reviews have none',
  });
export type ServiceChange = z.infer<typeof serviceChange>;

export const practitionerServicesRequest = z.strictObject({ serviceIds: z.array(id).max(100) });
export const practitionerLocationsRequest = z.strictObject({ locationIds: z.array(id).max(50) });

/** A practitioner's weekly hours at one location, replacing what was there. */
export const workingHoursRequest = z.strictObject({
  locationId: id,
  hours: weekOfHours,
});
export type WorkingHoursRequest = z.infer<typeof workingHoursRequest>;

/** One day worked differently at a location; no intervals: not working that day. */
export const scheduleExceptionRequest = z.strictObject({
  locationId: id,
  date: z.iso.date(),
  intervals: z
    .array(z.strictObject({ start: wallClockTime, end: wallClockTime }))
    .max(6)
    .superRefine((rows, ctx) => {
      for (const p of stretchProblems(rows))
        ctx.addIssue({ code: 'custom', path: [p.index, p.field], message: p.message });
    }),
  reason: z.string().trim().max(200).nullable().optional(),
});
export type ScheduleExceptionRequest = z.infer<typeof scheduleExceptionRequest>;

/** The longest stretch of time off one entry covers: a year. */
export const TIME_OFF_MAX_DAYS = 366;

export const timeOffRequest = z
  .strictObject({
    start: z.iso.datetime({ offset: true }),
    end: z.iso.datetime({ offset: true }),
    /** Private: shown in set-up only, never to patients or on the calendar. */
    reason: z.string().trim().max(200).nullable().optional(),
  })
  .superRefine(({ start, end }, ctx) => {
    const days = (Date.parse(end) - Date.parse(start)) / 86_400_000;
    if (days <= 0) ctx.addIssue({ code: 'custom', path: ['end'], message: 'The end is not after the start' });
    else if (days > TIME_OFF_MAX_DAYS)
      ctx.addIssue({ code: 'custom', path: ['end'], message: `At most ${TIME_OFF_MAX_DAYS} days at a time` });
  });
export type TimeOffRequest = z.infer<typeof timeOffRequest>;

const instant = z.iso.datetime();
const hoursRow = z.object({ weekday, start: wallClockTime, end: wallClockTime });

export const setupLocation = z.object({
  id,
  name: z.string(),
  timeZone: z.string(),
  address: z.string().nullable(),
  openingHours: z.array(hoursRow),
});
export type SetupLocation = z.infer<typeof setupLocation>;

export const setupRoom = z.object({
  id,
  locationId: id,
  name: z.string(),
  kind: roomKind,
  active: z.boolean(),
  /** Booked visits still to come that hold this room. */
  futureBookings: z.number().int(),
});
export type SetupRoom = z.infer<typeof setupRoom>;

export const setupDevice = z.object({
  id,
  locationId: id,
  kind: deviceKind,
  model: z.string(),
  serial: z.string(),
  status: deviceStatus,
  futureBookings: z.number().int(),
});
export type SetupDevice = z.infer<typeof setupDevice>;

export const setupException = z.object({
  id,
  locationId: id,
  date: z.iso.date(),
  intervals: z.array(z.object({ start: wallClockTime, end: wallClockTime })),
  reason: z.string().nullable(),
});
export type SetupException = z.infer<typeof setupException>;

export const setupTimeOff = z.object({ id, start: instant, end: instant, reason: z.string().nullable() });
export type SetupTimeOff = z.infer<typeof setupTimeOff>;
export const setupTimeOffList = z.object({ timeOff: z.array(setupTimeOff) });

export const setupPractitioner = z.object({
  id,
  displayName: z.string(),
  role: z.enum(['practitioner', 'medical_director']),
  serviceIds: z.array(id),
  locationIds: z.array(id),
  workingHours: z.array(hoursRow.extend({ locationId: id })),
  exceptions: z.array(setupException),
  timeOff: z.array(setupTimeOff),
});
export type SetupPractitioner = z.infer<typeof setupPractitioner>;

/** Everything the set-up screens show; exceptions and time off from yesterday on. */
export const clinicSetup = z.object({
  locations: z.array(setupLocation),
  rooms: z.array(setupRoom),
  devices: z.array(setupDevice),
  services: z.array(bookingService),
  practitioners: z.array(setupPractitioner),
});
export type ClinicSetup = z.infer<typeof clinicSetup>;

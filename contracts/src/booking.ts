import { z } from 'zod';
import { id } from './common';
import { concern } from './patients';
import { modality, zoneId } from './screening';

/**
 * Booking: services as sequences of segments that each need resources (a room, a practitioner,
 * a pen), the clinic's resources and hours, treatment series, and appointments.
 */

export const serviceKinds = ['consultation', 'treatment', 'review'] as const;
export const serviceKind = z.enum(serviceKinds);
export type ServiceKind = z.infer<typeof serviceKind>;

export const resourceKinds = ['room', 'practitioner', 'device'] as const;
export const resourceKind = z.enum(resourceKinds);
export type ResourceKind = z.infer<typeof resourceKind>;
export const roomKind = z.enum(['treatment', 'consult']);
export const deviceKind = z.enum(['pen', 'rf_unit']);

/** A role a visit needs filled, named within its service: `room`, `practitioner`, `pen`. */
export const roleKey = z.string().regex(/^[a-z][a-z0-9_]{0,31}$/, 'Lower-case letters, digits and _');

export const serviceRole = z.strictObject({
  key: roleKey,
  kind: resourceKind,
  /** For a room: which kind of room. */
  roomKind: roomKind.optional(),
  /** For a device: which kind of device. */
  deviceKind: deviceKind.optional(),
});
export type ServiceRole = z.infer<typeof serviceRole>;

/** One stretch of a visit, in order: `needling 30 min [room, practitioner, pen]`. */
export const serviceSegment = z.strictObject({
  name: z.string().trim().min(1).max(60),
  /** Whole minutes, a multiple of 5; a segment never runs past a day. */
  minutes: z.number().int().min(5).max(480).multipleOf(5),
  uses: z.array(roleKey).min(1),
});
export type ServiceSegment = z.infer<typeof serviceSegment>;

/** Roles and segments of a service, checked against each other. */
export const serviceDefinition = z
  .strictObject({
    roles: z.array(serviceRole).min(1).max(8),
    segments: z.array(serviceSegment).min(1).max(8),
  })
  .superRefine(({ roles, segments }, ctx) => {
    const keys = roles.map((r) => r.key);
    roles.forEach((r, i) => {
      if (keys.indexOf(r.key) !== i)
        ctx.addIssue({ code: 'custom', path: ['roles', i, 'key'], message: 'Role keys are unique' });
      const fits = (r.kind === 'room') === !!r.roomKind && (r.kind === 'device') === !!r.deviceKind;
      if (!fits)
        ctx.addIssue({
          code: 'custom',
          path: ['roles', i],
          message: 'A room needs a roomKind, a device a deviceKind',
        });
      if (!segments.some((s) => s.uses.includes(r.key)))
        ctx.addIssue({ code: 'custom', path: ['roles', i], message: 'No segment uses this role' });
    });
    segments.forEach((s, i) =>
      s.uses.forEach((key, j) => {
        if (!keys.includes(key))
          ctx.addIssue({
            code: 'custom',
            path: ['segments', i, 'uses', j],
            message: 'Not a role of this service',
          });
      }),
    );
  });
export type ServiceDefinition = z.infer<typeof serviceDefinition>;

export const bookingService = z.object({
  id,
  code: z.string(),
  name: z.string(),
  kind: serviceKind,
  /** The treatment's modality; null for consultations and reviews. */
  modality: modality.nullable(),
  roles: z.array(serviceRole),
  segments: z.array(serviceSegment),
  durationMinutes: z.number().int(),
  active: z.boolean(),
});
export type BookingService = z.infer<typeof bookingService>;
export const bookingServiceList = z.object({ services: z.array(bookingService) });
export type BookingServiceList = z.infer<typeof bookingServiceList>;

/** A wall-clock time in the location's zone, `HH:MM`. */
const wallClock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const wallInterval = z.object({ start: wallClock, end: wallClock });
const weekday = z.number().int().min(1).max(7);
const instant = z.iso.datetime();

export const bookingResources = z.object({
  locations: z.array(
    z.object({
      id,
      name: z.string(),
      timeZone: z.string(),
      openingHours: z.array(z.object({ weekday, opens: wallClock, closes: wallClock })),
    }),
  ),
  rooms: z.array(z.object({ id, locationId: id, name: z.string(), kind: roomKind, active: z.boolean() })),
  devices: z.array(
    z.object({
      id,
      locationId: id,
      kind: deviceKind,
      model: z.string(),
      serial: z.string(),
      status: z.enum(['in_service', 'maintenance', 'retired']),
    }),
  ),
  practitioners: z.array(
    z.object({
      id,
      displayName: z.string(),
      isPrescriber: z.boolean(),
      serviceIds: z.array(id),
      locationIds: z.array(id),
      workingHours: z.array(z.object({ locationId: id, weekday, start: wallClock, end: wallClock })),
      /** Days from today on worked differently; no intervals: not working that day. */
      exceptions: z.array(z.object({ locationId: id, date: z.iso.date(), intervals: z.array(wallInterval) })),
      /** Time off from now on (the reason stays private). */
      timeOff: z.array(z.object({ start: instant, end: instant })),
    }),
  ),
});
export type BookingResources = z.infer<typeof bookingResources>;

/** A reason a prescriber signs: a sentence, not a tick. */
const signedReason = z.string().trim().min(10, 'Give the reason in a sentence').max(2000);

/**
 * Books one visit. `assignment` fills every role of the service with a resource (availability
 * offers them); `idempotencyKey` is made by the client once per booking attempt, so a retry
 * returns the first booking instead of making a second one.
 */
export const bookAppointmentRequest = z.strictObject({
  serviceId: id,
  locationId: id,
  /** An instant with its offset, e.g. `2026-12-01T09:15:00Z`; on the location's quarter-hour grid. */
  start: z.iso.datetime({ offset: true }),
  assignment: z.record(roleKey, id),
  seriesId: id.optional(),
  /** A screening for this date already cleared (e.g. after a prescriber's override). */
  screeningId: id.optional(),
  /** A prescriber books closer to another needling session than the spacing rules allow. */
  spacingOverride: z.strictObject({ reason: signedReason }).optional(),
  idempotencyKey: z.string().min(8).max(200),
});
export type BookAppointmentRequest = z.infer<typeof bookAppointmentRequest>;

export const appointmentStatuses = ['booked', 'cancelled', 'no_show', 'completed'] as const;
export const appointmentStatus = z.enum(appointmentStatuses);
export type AppointmentStatus = z.infer<typeof appointmentStatus>;

const person = z.object({ id, displayName: z.string() });

/** Something a booking was told rather than refused, e.g. `peel-laser-14d` with a sentence. */
export const appointmentWarning = z.object({ code: z.string(), message: z.string() });
export type AppointmentWarning = z.infer<typeof appointmentWarning>;

export const appointment = z.object({
  id,
  patient: person,
  service: bookingService.pick({ id: true, code: true, name: true, kind: true, modality: true }),
  locationId: id,
  status: appointmentStatus,
  start: instant,
  end: instant,
  series: z.object({ id, sessionNumber: z.number().int() }).nullable(),
  screeningId: id.nullable(),
  /** Who and what is held, and when: the practitioner only for the needling, say. */
  resources: z.array(
    z.object({ role: z.string(), kind: resourceKind, id, name: z.string(), start: instant, end: instant }),
  ),
  spacingOverride: z.object({ reason: z.string(), by: person }).nullable(),
  createdAt: instant,
  createdBy: person,
  cancellation: z.object({ at: instant, by: person, reason: z.string() }).nullable(),
  noShowRecordedAt: instant.nullable(),
  /** When the front desk checked the patient in; a session can only start after that. */
  checkedIn: z.object({ at: instant, by: person }).nullable(),
  /**
   * What the latest booking or move found worth telling, not refusing: a peel or laser within
   * 14 days in the same region, a same-day toxin to give after the needling.
   */
  warnings: z.array(appointmentWarning),
});
export type Appointment = z.infer<typeof appointment>;
export const appointmentList = z.object({ appointments: z.array(appointment) });
export type AppointmentList = z.infer<typeof appointmentList>;

export const cancelAppointmentRequest = z.strictObject({ reason: z.string().trim().min(3).max(500) });
export type CancelAppointmentRequest = z.infer<typeof cancelAppointmentRequest>;

/** The longest calendar range one request may ask for: a quarter and a bit (93 days). */
export const CALENDAR_MAX_DAYS = 93;

/** The calendar: appointments overlapping [from, to), optionally of one practitioner or room. */
export const calendarQuery = z
  .strictObject({
    from: z.iso.datetime({ offset: true }),
    to: z.iso.datetime({ offset: true }),
    locationId: id.optional(),
    practitionerId: id.optional(),
    roomId: id.optional(),
  })
  .superRefine(({ from, to }, ctx) => {
    const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
    if (days <= 0) ctx.addIssue({ code: 'custom', path: ['to'], message: 'The end is not after the start' });
    else if (days > CALENDAR_MAX_DAYS)
      ctx.addIssue({ code: 'custom', path: ['to'], message: `At most ${CALENDAR_MAX_DAYS} days at a time` });
  });
export type CalendarQuery = z.infer<typeof calendarQuery>;

/** Bookable starts of a service at a location, on local days `from` to `to` (at most 93 days). */
export const availabilityQuery = z
  .strictObject({
    serviceId: id,
    locationId: id,
    from: z.iso.date(),
    to: z.iso.date(),
    /** Only this practitioner's slots. */
    practitionerId: id.optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .superRefine(({ from, to }, ctx) => {
    const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
    if (days < 1) ctx.addIssue({ code: 'custom', path: ['to'], message: 'The last day is before the first' });
    else if (days > CALENDAR_MAX_DAYS)
      ctx.addIssue({ code: 'custom', path: ['to'], message: `At most ${CALENDAR_MAX_DAYS} days at a time` });
  });
export type AvailabilityQuery = z.infer<typeof availabilityQuery>;

/** A start the service can be booked at, with the resources that would fill each role. */
export const availableSlot = z.object({
  start: instant,
  end: instant,
  assignment: z.record(z.string(), id),
  segments: z.array(z.object({ start: instant, end: instant, resourceIds: z.array(id) })),
});
export type AvailableSlot = z.infer<typeof availableSlot>;
export const availability = z.object({ timeZone: z.string(), slots: z.array(availableSlot) });
export type Availability = z.infer<typeof availability>;

export const seriesStatus = z.enum(['active', 'completed', 'stopped']);
const depthMm = z.number().positive().max(3.5);
const intervalDays = z.number().int().min(1).max(365);

/**
 * A course of treatment. Left out, sessions and intervals come from the indication
 * (clinical-reference.md §2.7); less than 14 days between needling sessions is never planned.
 */
export const treatmentSeriesRequest = z.strictObject({
  concerns: z.array(concern).min(1).max(10),
  modality,
  sessions: z.number().int().min(1).max(12).optional(),
  intervalDays: intervalDays.optional(),
  minIntervalDays: intervalDays.min(14, 'At least 14 days between needling sessions').optional(),
  maxIntervalDays: intervalDays.optional(),
  /** Planned needle depth per zone, mm. */
  plannedDepthMm: z
    .partialRecord(zoneId, depthMm)
    .refine((depths) => Object.keys(depths).length > 0, 'Plan at least one zone'),
  notes: z.string().trim().max(2000).optional(),
});
export type TreatmentSeriesRequest = z.infer<typeof treatmentSeriesRequest>;

export const treatmentSeries = z.object({
  id,
  patientId: id,
  concerns: z.array(concern),
  modality,
  sessions: z.number().int(),
  intervalDays: z.number().int(),
  minIntervalDays: z.number().int(),
  maxIntervalDays: z.number().int(),
  plannedDepthMm: z.partialRecord(zoneId, z.number()),
  notes: z.string().nullable(),
  status: seriesStatus,
  createdAt: instant,
  createdBy: person,
  /** Who stopped the course, when and why; null while it runs. */
  stopped: z.object({ at: instant, by: person, reason: z.string() }).nullable(),
  /** Sessions booked or done so far, by session number. */
  appointments: z.array(
    z.object({ id, sessionNumber: z.number().int(), start: instant, status: appointmentStatus }),
  ),
});
export type TreatmentSeries = z.infer<typeof treatmentSeries>;
export const treatmentSeriesList = z.object({ series: z.array(treatmentSeries) });
export type TreatmentSeriesList = z.infer<typeof treatmentSeriesList>;

/** Stopping a course: its booked visits still ahead are cancelled with this reason. */
export const stopTreatmentSeriesRequest = z.strictObject({ reason: z.string().trim().min(3).max(500) });
export type StopTreatmentSeriesRequest = z.infer<typeof stopTreatmentSeriesRequest>;

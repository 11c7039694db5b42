import { z } from 'zod';
import { appointmentStatus, CALENDAR_MAX_DAYS, roleKey, serviceKind } from './booking';
import { id } from './common';
import { modality } from './screening';

/**
 * A patient booking their own visits in the portal: what they may book, free times (resources
 * shown only as the practitioner's name), booking, their visits and cancelling them. Refusals
 * come back with patient-safe details, put into words by `refusalWords` below.
 */

const instant = z.iso.datetime();
const day = z.iso.date();

export const portalService = z.object({
  id,
  name: z.string(),
  kind: serviceKind,
  durationMinutes: z.number().int(),
  /** Why this service cannot be booked online yet (the consultation comes first); null: bookable. */
  notYet: z.string().nullable(),
});
export type PortalService = z.infer<typeof portalService>;

export const portalSeries = z.object({
  id,
  modality,
  sessions: z.number().int(),
  /** Sessions booked or done. */
  sessionsBooked: z.number().int(),
  /** The next session to book and the days its plan allows; null once every session is booked. */
  next: z
    .object({
      sessionNumber: z.number().int(),
      earliest: day,
      /** Null for the first session: any day from `earliest` on. */
      latest: day.nullable(),
      /** The treatments this session may be booked as. */
      serviceIds: z.array(id),
    })
    .nullable(),
});
export type PortalSeries = z.infer<typeof portalSeries>;

export const portalBookingOptions = z.object({
  services: z.array(portalService),
  /** Set when the clinic wants to see the patient for a consultation first, saying why. */
  consultationFirst: z.string().nullable(),
  locations: z.array(z.object({ id, name: z.string(), timeZone: z.string() })),
  series: z.array(portalSeries),
  /** The portal cancels up to this many hours before a visit. */
  cancelNoticeHours: z.number().int(),
});
export type PortalBookingOptions = z.infer<typeof portalBookingOptions>;

/** The longest range of days one availability request may ask for. */
export const PORTAL_AVAILABILITY_MAX_DAYS = 31;

export const portalAvailabilityQuery = z
  .strictObject({
    serviceId: id,
    locationId: id,
    from: day,
    to: day,
    /** Booking the next session of this series: days outside its window are left out. */
    seriesId: id.optional(),
  })
  .superRefine(({ from, to }, ctx) => {
    const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
    if (days < 1) ctx.addIssue({ code: 'custom', path: ['to'], message: 'The last day is before the first' });
    else if (days > Math.min(PORTAL_AVAILABILITY_MAX_DAYS, CALENDAR_MAX_DAYS))
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: `At most ${PORTAL_AVAILABILITY_MAX_DAYS} days at a time`,
      });
  });
export type PortalAvailabilityQuery = z.infer<typeof portalAvailabilityQuery>;

/** A free time. `assignment` is sent back to book it; only the practitioner is named. */
export const portalSlot = z.object({
  start: instant,
  end: instant,
  practitionerName: z.string().nullable(),
  assignment: z.record(z.string(), id),
});
export type PortalSlot = z.infer<typeof portalSlot>;

export const portalAvailability = z.object({
  timeZone: z.string(),
  /** The first day the patient may have this treatment (spacing, the series' plan); null: any. */
  earliestDay: day.nullable(),
  slots: z.array(portalSlot),
});
export type PortalAvailability = z.infer<typeof portalAvailability>;

export const portalBookRequest = z.strictObject({
  serviceId: id,
  locationId: id,
  start: z.iso.datetime({ offset: true }),
  assignment: z.record(roleKey, id),
  seriesId: id.optional(),
  /** Made once per booking attempt: a retry returns the first booking. */
  idempotencyKey: z.string().min(8).max(200),
});
export type PortalBookRequest = z.infer<typeof portalBookRequest>;

export const portalAppointment = z.object({
  id,
  serviceId: id,
  locationId: id,
  serviceName: z.string(),
  serviceKind,
  locationName: z.string(),
  timeZone: z.string(),
  start: instant,
  end: instant,
  status: appointmentStatus,
  practitionerName: z.string().nullable(),
  sessionNumber: z.number().int().nullable(),
  /** Until when the portal cancels it; null when it is not booked any more. */
  cancellableUntil: instant.nullable(),
});
export type PortalAppointment = z.infer<typeof portalAppointment>;

export const portalAppointments = z.object({
  /** Soonest first. */
  upcoming: z.array(portalAppointment),
  /** Latest first, cancelled ones too. */
  past: z.array(portalAppointment),
  cancelNoticeHours: z.number().int(),
});
export type PortalAppointments = z.infer<typeof portalAppointments>;

/** Moves the patient's own visit to another free time of the same service and location. */
export const portalRescheduleRequest = z.strictObject({
  start: z.iso.datetime({ offset: true }),
  assignment: z.record(roleKey, id),
});
export type PortalRescheduleRequest = z.infer<typeof portalRescheduleRequest>;

export const portalCancelRequest = z.strictObject({ reason: z.string().trim().max(500).optional() });
export type PortalCancelRequest = z.infer<typeof portalCancelRequest>;

export const patientRefusalReasons = [
  'slot_taken',
  'too_soon',
  'screening',
  'needs_clinician',
  'consent',
  'outside_hours',
  'already_booked',
  'series_full',
  'consultation_first',
  'cancel_too_late',
  'move_too_late',
  'offer_gone',
] as const;
export const patientRefusalReason = z.enum(patientRefusalReasons);
export type PatientRefusalReason = z.infer<typeof patientRefusalReason>;

/**
 * What a refusal tells the patient: never the clinical reason behind it, only the screening's
 * patient-facing messages, and what they can do next.
 */
export const patientRefusal = z.object({
  reason: patientRefusalReason,
  /** slot_taken: the next free times of the same service. */
  nextSlots: z.array(portalSlot).optional(),
  /** too_soon: the nearest other needling session, the days between, the minimum, the first allowed day. */
  otherSessionDay: day.optional(),
  daysApart: z.number().int().optional(),
  minimumDays: z.number().int().optional(),
  earliestDay: day.optional(),
  /** screening: the findings' messages written for patients. */
  patientMessages: z.array(z.string()).optional(),
  /** cancel_too_late, move_too_late */
  cancelNoticeHours: z.number().int().optional(),
  timeZone: z.string().optional(),
});
export type PatientRefusal = z.infer<typeof patientRefusal>;

export interface RefusalWords {
  title: string;
  sentence: string;
  nextStep: string;
}

const dayWords = (date: string): string =>
  new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));

type Words = (r: PatientRefusal) => RefusalWords;

/** Each refusal in words a patient understands, and what to do next. */
export const refusalWordsByReason: Record<PatientRefusalReason, Words> = {
  slot_taken: (r) => ({
    title: 'That time was just taken',
    sentence: 'Someone booked that time a moment before you.',
    nextStep:
      (r.nextSlots?.length ?? 0) > 0
        ? 'Here are the next free times.'
        : 'Please choose another day, or join the waitlist.',
  }),
  too_soon: (r) => ({
    title: 'Too soon after another session',
    sentence:
      r.otherSessionDay && r.daysApart !== undefined && r.minimumDays !== undefined
        ? `Your other session on ${dayWords(r.otherSessionDay)} is ${r.daysApart} days away; sessions need at least ${r.minimumDays} days between them for the skin to heal.`
        : 'This treatment needs time apart from another treatment you have had or booked, for the skin to heal.',
    nextStep: r.earliestDay
      ? `The earliest you can book is ${dayWords(r.earliestDay)}.`
      : 'Please choose a later day.',
  }),
  screening: (r) => ({
    title: 'This treatment cannot be booked for that day',
    sentence: [
      'Something in your health questionnaire means this treatment has to wait.',
      ...(r.patientMessages ?? []),
    ].join(' '),
    nextStep: 'Please call the clinic; a clinician will go through it with you.',
  }),
  needs_clinician: (r) => ({
    title: 'A clinician needs to check first',
    sentence: [
      'Something in your health questionnaire needs a clinician to check before this treatment.',
      ...(r.patientMessages ?? []),
    ].join(' '),
    nextStep: 'We will call you, or you can call us; once it is checked, the clinic books it with you.',
  }),
  consent: () => ({
    title: 'Your consent is needed first',
    sentence: 'We need your signed consent for this treatment.',
    nextStep: 'Sign it under Consents, then book again.',
  }),
  outside_hours: () => ({
    title: 'That time cannot be booked',
    sentence: 'That time is no longer within the clinic’s hours for this visit.',
    nextStep: 'Please choose another time.',
  }),
  already_booked: () => ({
    title: 'You already have a visit then',
    sentence: 'You already have an appointment at that time.',
    nextStep: 'Please choose another time.',
  }),
  series_full: () => ({
    title: 'Your course is fully booked',
    sentence: 'Every session of your course already has a date.',
    nextStep: 'See My appointments, or call the clinic to change a date.',
  }),
  consultation_first: () => ({
    title: 'A consultation comes first',
    sentence: 'Before your first treatment, a clinician looks at your skin and plans the treatment with you.',
    nextStep: 'Please book a consultation first.',
  }),
  cancel_too_late: (r) => ({
    title: 'Too late to cancel online',
    sentence: `Appointments can be cancelled here up to ${r.cancelNoticeHours ?? 24} hours before they start.`,
    nextStep: 'Please call the clinic.',
  }),
  move_too_late: (r) => ({
    title: 'Too late to move online',
    sentence: `Appointments can be moved here up to ${r.cancelNoticeHours ?? 24} hours before they start.`,
    nextStep: 'Please call the clinic.',
  }),
  offer_gone: () => ({
    title: 'This offer is no longer open',
    sentence: 'The time was offered for a limited while and has gone.',
    nextStep: 'You stay on the waitlist; we will write when another time frees up.',
  }),
};

export const refusalWords = (refusal: PatientRefusal): RefusalWords =>
  refusalWordsByReason[refusal.reason](refusal);

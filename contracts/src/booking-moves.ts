import { z } from 'zod';
import { appointment, availableSlot, roleKey } from './booking';
import { id } from './common';

/**
 * Moving a visit and booking a whole course: the requests the calendar's drag-to-reschedule and
 * the front desk's "book the series" send.
 */

const signedReason = z.string().trim().min(10, 'Give the reason in a sentence').max(2000);

/**
 * Moves a booked visit to another start (and, if given, other resources). The appointment keeps
 * its id, series session and history; spacing is checked again against the patient's other
 * needling sessions.
 */
export const rescheduleAppointmentRequest = z.strictObject({
  start: z.iso.datetime({ offset: true }),
  /** Leave out to keep the same location. */
  locationId: id.optional(),
  /** Leave out to keep the same resources where they are free; a role missing here keeps its resource. */
  assignment: z.record(roleKey, id).optional(),
  spacingOverride: z.strictObject({ reason: signedReason }).optional(),
  /** A screening for the new date to reuse; without one, a move to another day is screened again. */
  screeningId: id.optional(),
  reason: z.string().trim().max(500).optional(),
});
export type RescheduleAppointmentRequest = z.infer<typeof rescheduleAppointmentRequest>;

/** Proposed dates for the sessions of a series not yet booked, from `from` on. */
export const seriesProposalQuery = z.strictObject({
  serviceId: id,
  locationId: id,
  /** The first day to look from (location's calendar); defaults to today. */
  from: z.iso.date().optional(),
  practitionerId: id.optional(),
});
export type SeriesProposalQuery = z.infer<typeof seriesProposalQuery>;

export const seriesProposal = z.object({
  timeZone: z.string(),
  sessions: z.array(
    z.object({
      sessionNumber: z.number().int(),
      /** The window the plan's intervals allow for this session (location's calendar days). */
      earliest: z.iso.date(),
      latest: z.iso.date(),
      /** The first free start in that window, or null when none is free. */
      slot: availableSlot.nullable(),
    }),
  ),
});
export type SeriesProposal = z.infer<typeof seriesProposal>;

/** Books every listed session of a series as one action: all of them, or none. */
export const bookSeriesRequest = z.strictObject({
  serviceId: id,
  locationId: id,
  sessions: z
    .array(
      z.strictObject({
        sessionNumber: z.number().int().min(1).max(12),
        start: z.iso.datetime({ offset: true }),
        assignment: z.record(roleKey, id),
      }),
    )
    .min(1)
    .max(12),
  screeningId: id.optional(),
  idempotencyKey: z.string().min(8).max(200),
});
export type BookSeriesRequest = z.infer<typeof bookSeriesRequest>;

export const bookedSeries = z.object({ appointments: z.array(appointment) });
export type BookedSeries = z.infer<typeof bookedSeries>;

import { z } from 'zod';
import { id } from './common';
import { outcomeScaleId } from './outcome-scales';
import { concern } from './patients';
import { modality } from './screening';

/**
 * The clinic's reports (issue 9): did courses work (responders per concern, protocol, depth,
 * practitioner and pen), what did they cost the skin (check-ins that needed a clinician, adverse
 * events) and how busy was the clinic (sessions, no-shows, cartridges). Aggregates only.
 */

/** A report covers whole calendar months of the clinic's time zone, at most two years. */
export const REPORT_MAX_MONTHS = 24;
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'A month as YYYY-MM');

/**
 * Depth bands of the deepest needling in a course or session, in millimetres: a depth falls in
 * the first band whose `upToMm` it does not exceed (1.0 mm → "0.5–1.0 mm"); the last band is open.
 */
export const depthBands = [
  { id: 'up_to_0_5', label: '≤ 0.5 mm', upToMm: 0.5 },
  { id: 'over_0_5_to_1_0', label: '0.5–1.0 mm', upToMm: 1.0 },
  { id: 'over_1_0_to_1_5', label: '1.0–1.5 mm', upToMm: 1.5 },
  { id: 'over_1_5', label: '> 1.5 mm', upToMm: null },
] as const;
export type DepthBandId = (typeof depthBands)[number]['id'];

export const reportQuery = z.strictObject({
  /** First month (default: eleven months before this one). */
  from: month.optional(),
  /** Last month, included (default: this month). */
  to: month.optional(),
  concern: concern.optional(),
  modality: modality.optional(),
  practitionerId: id.optional(),
  deviceId: id.optional(),
});
export type ReportQuery = z.infer<typeof reportQuery>;

/** How a row is grouped. */
export const reportDimensions = ['concern', 'protocol', 'depth_band', 'practitioner', 'device'] as const;
export const reportDimension = z.enum(reportDimensions);
export type ReportDimension = z.infer<typeof reportDimension>;

/** One group's responders on one scale, with the honest denominators. */
export const responderRow = z.object({
  dimension: reportDimension,
  key: z.string(),
  label: z.string(),
  scale: outcomeScaleId,
  /** Courses × concerns with a baseline (when the rule needs one) and a follow-up. */
  evaluable: z.number().int(),
  responders: z.number().int(),
  /** responders ÷ evaluable; null when nothing was evaluable. */
  rate: z.number().nullable(),
  excludedNoBaseline: z.number().int(),
  excludedNoFollowUp: z.number().int(),
});
export type ResponderRow = z.infer<typeof responderRow>;

/** Side effects of one group's signed sessions. */
export const sideEffectRow = z.object({
  dimension: reportDimension,
  key: z.string(),
  label: z.string(),
  sessions: z.number().int(),
  /** Sessions with at least one check-in triaged review, urgent or emergency. */
  sessionsWithFlaggedCheckIn: z.number().int(),
  flaggedRate: z.number().nullable(),
  adverseEvents: z.number().int(),
  adverseEventsPer100: z.number().nullable(),
});
export type SideEffectRow = z.infer<typeof sideEffectRow>;

export const operationsMonth = z.object({
  month,
  appointments: z.number().int(),
  completed: z.number().int(),
  noShows: z.number().int(),
  cancelled: z.number().int(),
  /** no-shows ÷ (completed + no-shows): visits that were due and were not cancelled. */
  noShowRate: z.number().nullable(),
  signedSessions: z.number().int(),
  cartridges: z.number().int(),
  cartridgesPerSession: z.number().nullable(),
});
export type OperationsMonth = z.infer<typeof operationsMonth>;

export const clinicReport = z.object({
  from: month,
  to: month,
  timeZone: z.string(),
  depthBands: z.array(z.object({ id: z.string(), label: z.string(), upToMm: z.number().nullable() })),
  responders: z.array(responderRow),
  sideEffects: z.array(sideEffectRow),
  operations: z.array(operationsMonth),
});
export type ClinicReport = z.infer<typeof clinicReport>;

/** Response header of a CSV export: how many data rows follow, for a determinate progress bar. */
export const REPORT_ROWS_HEADER = 'x-report-rows';

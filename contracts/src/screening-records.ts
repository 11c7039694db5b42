import { z } from 'zod';
import { id } from './common';
import { findingLevel, intakeAnswers, plannedTreatment, screeningResult } from './screening';

/**
 * A patient's screenings as part of their record: each evaluation is stored with the inputs
 * and rule-set version that produced it, prescribers sign overrides of the findings that allow
 * one, and on the day of treatment someone confirms whether anything has changed.
 */

export const screeningOccasions = ['review', 'booking', 'day_of'] as const;
export const screeningOccasion = z.enum(screeningOccasions);
export type ScreeningOccasion = z.infer<typeof screeningOccasion>;

/** A written reason that says something: a prescriber signs it. */
const signedReason = z.string().trim().min(10, 'Give the reason in a sentence').max(2000);

/**
 * Screens the patient's current medical history against a planned treatment, and stores it.
 * The treatment date may not be before the clinic's today, nor before a date in the history.
 */
export const screenPatientRequest = z.strictObject({
  occasion: screeningOccasion.exclude(['day_of']).default('review'),
  plannedTreatment,
  /** Lowers depth caps; left out, the engine assumes a first session (the shallower caps). */
  isFirstSession: z.boolean().optional(),
});
export type ScreenPatientRequest = z.input<typeof screenPatientRequest>;

/**
 * The day-of "anything changed since last time?". With `changed`, `changes` holds the answers
 * that differ; they are recorded as a new medical-history version before screening. The
 * treatment is today's (the clinic's calendar day), and an intake must already be on file.
 */
export const dayOfCheckRequest = z
  .strictObject({
    attestedBy: z.enum(['patient', 'practitioner']),
    changed: z.boolean(),
    changes: intakeAnswers.optional(),
    plannedTreatment,
    isFirstSession: z.boolean().optional(),
  })
  .superRefine((request, ctx) => {
    const count = Object.keys(request.changes ?? {}).length;
    if (request.changed && count === 0)
      ctx.addIssue({ code: 'custom', path: ['changes'], message: 'Say what changed' });
    if (!request.changed && count > 0)
      ctx.addIssue({ code: 'custom', path: ['changes'], message: 'Changes given although nothing changed' });
  });
export type DayOfCheckRequest = z.input<typeof dayOfCheckRequest>;

export const overrideRequest = z.strictObject({
  ruleId: z.string().min(1).max(32),
  reason: signedReason,
});
export type OverrideRequest = z.infer<typeof overrideRequest>;

const person = z.object({ id, displayName: z.string() });

export const screeningOverride = z.object({
  id,
  ruleId: z.string(),
  level: findingLevel.exclude(['block']),
  reason: z.string(),
  signedBy: person,
  signedAt: z.iso.datetime(),
});
export type ScreeningOverride = z.infer<typeof screeningOverride>;

/**
 * What the findings allow once overrides are counted: `clear_to_treat` (nothing outstanding),
 * `awaiting_override` (findings still need a prescriber), `blocked` (a `block` finding: the
 * treatment must wait, no override can change that).
 */
export const clearanceStatuses = ['clear_to_treat', 'awaiting_override', 'blocked'] as const;
export const clearanceStatus = z.enum(clearanceStatuses);
export type ClearanceStatus = z.infer<typeof clearanceStatus>;

export const patientScreening = z.object({
  id,
  patientId: id,
  occasion: screeningOccasion,
  createdAt: z.iso.datetime(),
  createdBy: person.nullable(),
  /** The medical-history version screened; null when no history had been recorded. */
  historyVersion: z.number().int().nullable(),
  plannedTreatment,
  isFirstSession: z.boolean().nullable(),
  result: screeningResult,
  attestation: z.object({ attestedBy: z.enum(['patient', 'practitioner']), changed: z.boolean() }).nullable(),
  overrides: z.array(screeningOverride),
  status: clearanceStatus,
  /** Rule ids of the findings a prescriber may override and has not yet. */
  awaitingOverride: z.array(z.string()),
});
export type PatientScreening = z.infer<typeof patientScreening>;

export const patientScreeningList = z.object({ screenings: z.array(patientScreening) });
export type PatientScreeningList = z.infer<typeof patientScreeningList>;

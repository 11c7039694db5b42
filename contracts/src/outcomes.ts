import { z } from 'zod';
import { id } from './common';
import { outcomeScaleId, outcomeTimepoint, appearanceCheck, mmasiRegions } from './outcome-scales';
import { concern } from './patients';
import { calendarDate } from './screening';

/**
 * Outcome scores as the API carries them (clinical reference §7): recording one, the record as
 * read back, the progress chart per concern, and the follow-up schedule of each course.
 */

const regionInput = z.strictObject({
  area: z.number().int().min(0).max(6),
  darkness: z.number().int().min(0).max(4),
});
/** The mMASI calculator's inputs: area and darkness for each of the four regions. */
export const mmasiInputs = z.strictObject(
  Object.fromEntries(mmasiRegions.map((r) => [r.id, regionInput])) as Record<
    (typeof mmasiRegions)[number]['id'],
    typeof regionInput
  >,
);
export type MmasiInputs = z.infer<typeof mmasiInputs>;

/** The appearance check's answers, 1–4, one per item in order. */
export const appearanceAnswers = z.array(z.number().int().min(1).max(4)).length(appearanceCheck.items.length);

const scoreFields = {
  scale: outcomeScaleId,
  /** Null for scales that rate the whole face (GAIS, satisfaction, the appearance check). */
  concern: concern.nullable().default(null),
  timepoint: outcomeTimepoint,
  seriesId: id.nullable().default(null),
  /** A grade or whole-number score; absent for mMASI and the appearance check (computed). */
  score: z.number().optional(),
  mmasi: mmasiInputs.optional(),
  answers: appearanceAnswers.optional(),
};

/** Staff: a clinician's rating, on the photos it was made from. */
export const recordOutcomeScore = z.strictObject({
  ...scoreFields,
  sessionId: id.nullable().default(null),
  ratedOn: calendarDate,
  photoIds: z.array(id).max(12).default([]),
  note: z.string().trim().max(2000).nullable().default(null),
});
export type RecordOutcomeScore = z.input<typeof recordOutcomeScore>;

/** Portal: the patient's own answers (patient-rated scales only), rated today. */
export const recordOwnOutcomeScore = z.strictObject(scoreFields);
export type RecordOwnOutcomeScore = z.input<typeof recordOwnOutcomeScore>;

export const markEnteredInError = z.strictObject({ reason: z.string().trim().min(3).max(500) });

export const outcomeScore = z.object({
  id,
  patientId: id,
  seriesId: id.nullable(),
  sessionId: id.nullable(),
  scale: outcomeScaleId,
  scaleVersion: z.string(),
  concern: z.string().nullable(),
  timepoint: outcomeTimepoint,
  score: z.number(),
  inputs: z.record(z.string(), z.unknown()),
  rater: z.enum(['clinician', 'patient']),
  ratedByName: z.string().nullable(),
  ratedOn: z.string(),
  photoIds: z.array(id),
  note: z.string().nullable(),
  recordedAt: z.iso.datetime(),
  enteredInError: z.object({ at: z.iso.datetime(), byName: z.string(), reason: z.string() }).nullable(),
});
export type OutcomeScore = z.infer<typeof outcomeScore>;

const photoRef = z.object({ id, takenAt: z.iso.datetime(), thumbnailUrl: z.string(), imageUrl: z.string() });
export type OutcomePhotoRef = z.infer<typeof photoRef>;

/** One point of a progress line, with each photo it was rated on beside the baseline of its view. */
export const progressPoint = z.object({
  scoreId: id,
  ratedOn: z.string(),
  timepoint: outcomeTimepoint,
  score: z.number(),
  rater: z.enum(['clinician', 'patient']),
  photoPairs: z.array(
    z.object({ view: z.string(), zone: z.string().nullable(), baseline: photoRef, current: photoRef }),
  ),
});
export type ProgressPoint = z.infer<typeof progressPoint>;

export const progressLine = z.object({
  concern: z.string().nullable(),
  scale: outcomeScaleId,
  points: z.array(progressPoint),
});
export type ProgressLine = z.infer<typeof progressLine>;

export const followUpStates = ['done', 'due', 'overdue', 'upcoming', 'not_yet'] as const;
export type FollowUpState = (typeof followUpStates)[number];

export const followUpItem = z.object({
  timepoint: outcomeTimepoint,
  /** For `before_session`: which session of the course (2, 3 …; the first is the baseline). */
  sessionNumber: z.number().int().nullable(),
  sessionId: id.nullable(),
  /** Null while it cannot be dated yet (e.g. month 3 before the last session is signed). */
  dueOn: z.string().nullable(),
  state: z.enum(followUpStates),
  /** The patient answered their questionnaire for this point. */
  patientDone: z.boolean(),
});
export type FollowUpItem = z.infer<typeof followUpItem>;

export const seriesSchedule = z.object({
  seriesId: id,
  concerns: z.array(z.string()),
  status: z.enum(['active', 'completed', 'stopped']),
  sessionsPlanned: z.number().int(),
  sessionsSigned: z.number().int(),
  items: z.array(followUpItem),
});
export type SeriesSchedule = z.infer<typeof seriesSchedule>;

export const patientOutcomes = z.object({
  scores: z.array(outcomeScore),
  progress: z.array(progressLine),
  schedule: z.array(seriesSchedule),
});
export type PatientOutcomes = z.infer<typeof patientOutcomes>;

export const outcomeScoreCreated = z.object({ score: outcomeScore });

/** Staff: the clinic's 3- and 6-month follow-ups that are due or overdue and not yet rated. */
export const followUpDue = z.object({
  patientId: id,
  patientName: z.string(),
  seriesId: id,
  timepoint: z.enum(['month_3', 'month_6']),
  dueOn: z.string(),
  state: z.enum(['due', 'overdue']),
  reminderSentAt: z.iso.datetime().nullable(),
});
export type FollowUpDue = z.infer<typeof followUpDue>;
export const followUpsDue = z.object({ followUps: z.array(followUpDue) });

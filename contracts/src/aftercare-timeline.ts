/** Aftercare timelines as versioned data, with text keyed by language (clinical-reference §4). */
import { z } from 'zod';

const instant = z.iso.datetime({ offset: true });
const person = z.object({ id: z.uuid(), name: z.string() });

// ---------------------------------------------------------------------------------------------
// Languages and the timeline as data
// ---------------------------------------------------------------------------------------------

/** A language tag as stored on the patient (`en`, `fr`, `pt-BR`). */
export const languageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/);

/** Text in every language it exists in; English is required and used when the patient's is missing. */
export const localizedText = z
  .object({ en: z.string().trim().min(1).max(2000) })
  .catchall(z.string().trim().min(1).max(2000));
export type LocalizedText = z.infer<typeof localizedText>;

/** What resumes on a given day after treatment. Ids are a public contract: new ones are added, never renamed. */
export const milestoneIds = [
  'makeup',
  'sunscreen',
  'actives',
  'exercise',
  'swimming_sauna',
  'other_procedures',
] as const;
export const milestoneId = z.enum(milestoneIds);
export type MilestoneId = z.infer<typeof milestoneId>;

export const timelineMilestone = z.object({
  id: milestoneId,
  /** Days after treatment (day 0 = the treatment day). */
  day: z.number().int().min(0).max(42),
  /** A "resume" milestone moves later for deeper/RF/PRP work and Fitzpatrick IV–VI (§4). */
  delayable: z.boolean(),
  title: localizedText,
  detail: localizedText,
  references: z.array(z.string()).min(1),
});
export type TimelineMilestone = z.infer<typeof timelineMilestone>;

/** One stretch of days with the same guidance (`fromDay` 4 to `toDay` 5 is "days 4–5"). */
export const timelineStage = z.object({
  fromDay: z.number().int().min(0).max(42),
  toDay: z.number().int().min(0).max(42),
  /** What the skin usually looks like: told to the patient so normal healing is not alarming. */
  expected: localizedText,
  do: z.array(localizedText),
  avoid: z.array(localizedText),
  references: z.array(z.string()).min(1),
});
export type TimelineStage = z.infer<typeof timelineStage>;

/** The short morning messages (day 1 sunscreen, day 3 flaking is normal, day 7 actives). */
export const timelineMessage = z.object({
  id: z.string().regex(/^[a-z0-9_]{2,40}$/),
  /** A fixed day, or the day a milestone falls on for this patient (so it moves with the delay). */
  day: z.number().int().min(1).max(42).optional(),
  milestone: milestoneId.optional(),
  text: localizedText,
});
export type TimelineMessage = z.infer<typeof timelineMessage>;

/** Days added to every delayable milestone (§4: "add 1–3 days … "). */
export const resumeDelayRules = z.object({
  /** Deepest zone at or beyond this depth counts as deep (mm). */
  deepFromMm: z.number().min(0.25).max(3.5),
  deepDays: z.number().int().min(0).max(7),
  rfDays: z.number().int().min(0).max(7),
  prpDays: z.number().int().min(0).max(7),
  /** Fitzpatrick IV–VI: the longer window of post-inflammatory hyperpigmentation. */
  darkerSkinDays: z.number().int().min(0).max(7),
  /** The reasons add up, to at most this many days. */
  maxDays: z.number().int().min(0).max(7),
});
export type ResumeDelayRules = z.infer<typeof resumeDelayRules>;

/** A whole timeline: what the medical director publishes as a new version. */
export const aftercareTimeline = z.object({
  stages: z.array(timelineStage).min(1).max(30),
  milestones: z.array(timelineMilestone).max(30),
  messages: z.array(timelineMessage).max(30),
  /** Days after treatment on which the patient is asked to check in. */
  checkInDays: z.array(z.number().int().min(1).max(42)).min(1).max(14),
  /** Local wall-clock time in the clinic's zone at which morning messages and check-ins go out. */
  morningTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  /** Local time the same day at which the one reminder for an unanswered check-in goes out. */
  reminderTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  /** How long a check-in stays open after its morning (hours); unanswered by then it is missed. */
  checkInOpenHours: z.number().int().min(12).max(168),
  resumeDelay: resumeDelayRules,
});
export type AftercareTimeline = z.infer<typeof aftercareTimeline>;

/** `GET /api/aftercare/timeline`: the version in use, with who published it and why. */
export const aftercareTimelineVersion = z.object({
  /** `corium-default-2026.11` for Corium's default, then `clinic-r1`, `clinic-r2` … */
  version: z.string(),
  /** 0 = Corium's default. */
  number: z.number().int().min(0),
  publishedAt: instant.nullable(),
  publishedBy: person.nullable(),
  changeNote: z.string().nullable(),
  timeline: aftercareTimeline,
});
export type AftercareTimelineVersion = z.infer<typeof aftercareTimelineVersion>;

export const aftercareTimelineVersionList = z.object({
  versions: z.array(aftercareTimelineVersion.omit({ timeline: true })),
});
export type AftercareTimelineVersionList = z.infer<typeof aftercareTimelineVersionList>;

/** `POST /api/aftercare/timeline/versions` (medical director): publish a new version. */
export const publishTimelineRequest = z.strictObject({
  changeNote: z.string().trim().min(3).max(500),
  timeline: aftercareTimeline,
});
export type PublishTimelineRequest = z.infer<typeof publishTimelineRequest>;

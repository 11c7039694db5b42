import { z } from 'zod';
import { id } from './common';
import { calendarDate, modality, zoneId } from './screening';
import { languageTag, milestoneId } from './aftercare-timeline';

/** Check-ins, their triage (§5.1, §5.3) and the patient's plan. */

const instant = z.iso.datetime({ offset: true });
const person = z.object({ id, name: z.string() });

// ---------------------------------------------------------------------------------------------
// The check-in form
// ---------------------------------------------------------------------------------------------

/** The six effects a patient scores 0–3 (§5.1). */
export const checkInEffects = ['redness', 'swelling', 'pain', 'itching', 'flaking', 'bruising'] as const;
export const checkInEffect = z.enum(checkInEffects);
export type CheckInEffect = z.infer<typeof checkInEffect>;

/** 0 none · 1 mild · 2 moderate · 3 severe. */
export const effectScore = z.number().int().min(0).max(3);

/** Yes/no questions for the red flags of §5.3. Ids are a public contract. */
export const redFlagQuestionIds = [
  'breathing_or_lip_swelling',
  'pus_or_crusts',
  'fever',
  'spreading_redness',
  'pain_increasing',
  'grouped_blisters',
  'eye_symptoms',
  'feeling_very_unwell',
  'burn_marks',
  'new_bumps',
  'darkening_patches',
] as const;
export const redFlagQuestionId = z.enum(redFlagQuestionIds);
export type RedFlagQuestionId = z.infer<typeof redFlagQuestionId>;

export const effectLevelText = z.object({ score: effectScore, label: z.string(), description: z.string() });
export const effectQuestion = z.object({
  effect: checkInEffect,
  question: z.string(),
  /** Four entries, scores 0–3, each with a plain description of what it looks or feels like. */
  levels: z.array(effectLevelText).length(4),
});
export type EffectQuestion = z.infer<typeof effectQuestion>;

export const redFlagQuestion = z.object({
  id: redFlagQuestionId,
  question: z.string(),
  hint: z.string().nullable(),
});
export type RedFlagQuestion = z.infer<typeof redFlagQuestion>;

/** The form for one check-in, in the patient's language: only the questions asked on that day. */
export const checkInForm = z.object({
  checkInId: id,
  day: z.number().int().min(1),
  dueDate: calendarDate,
  treatmentDate: calendarDate,
  patientFirstName: z.string(),
  clinicName: z.string(),
  language: languageTag,
  effects: z.array(effectQuestion),
  redFlags: z.array(redFlagQuestion),
});
export type CheckInForm = z.infer<typeof checkInForm>;

/** Every effect scored; every red-flag question the form asked answered yes or no. */
export const checkInAnswers = z.strictObject({
  effects: z.strictObject({
    redness: effectScore,
    swelling: effectScore,
    pain: effectScore,
    itching: effectScore,
    flaking: effectScore,
    bruising: effectScore,
  }),
  redFlags: z.partialRecord(redFlagQuestionId, z.boolean()),
  /** Anything else the patient wants the clinic to know. */
  note: z.string().trim().max(1000).optional(),
});
export type CheckInAnswers = z.infer<typeof checkInAnswers>;

/** `POST /api/portal/aftercare/check-ins/:checkInId`. */
export const submitCheckInRequest = z.strictObject({ answers: checkInAnswers });
export type SubmitCheckInRequest = z.infer<typeof submitCheckInRequest>;

/** `POST /api/check-in-links/form`: the token from the link opens that one form. */
export const checkInLinkRequest = z.strictObject({ token: z.string().min(20).max(200) });
export type CheckInLinkRequest = z.infer<typeof checkInLinkRequest>;

/** `POST /api/check-in-links/answers`: answering uses the token up. */
export const checkInLinkAnswersRequest = z.strictObject({
  token: z.string().min(20).max(200),
  answers: checkInAnswers,
});
export type CheckInLinkAnswersRequest = z.infer<typeof checkInLinkAnswersRequest>;

// ---------------------------------------------------------------------------------------------
// Triage
// ---------------------------------------------------------------------------------------------

/** Least urgent first. review = tier 3 (clinic within days), urgent = tier 2 (same day), emergency = tier 1. */
export const triageLevels = ['expected', 'review', 'urgent', 'emergency'] as const;
export const triageLevel = z.enum(triageLevels);
export type TriageLevel = z.infer<typeof triageLevel>;

export const alertLevels = ['review', 'urgent', 'emergency'] as const;
export const alertLevel = z.enum(alertLevels);
export type AlertLevel = z.infer<typeof alertLevel>;

export const triageReason = z.object({
  /** `effect.redness`, `red_flag.fever`, `combination.systemic_infection` … */
  code: z.string(),
  level: triageLevel,
  /** For staff: what was found and why it matters, with the reference. */
  staffText: z.string(),
  references: z.array(z.string()),
});
export type TriageReason = z.infer<typeof triageReason>;

/** What the patient is told at once, on screen. */
export const nextStep = z.object({
  headline: z.string(),
  body: z.string(),
  /** Emergency: show a prominent instruction to call emergency services now. */
  callEmergencyServices: z.boolean(),
  /** The emergency number to show (clinic's country), e.g. `999`; null shows the generic wording. */
  emergencyNumber: z.string().nullable(),
  /** When the clinic will be in touch at the latest; null for `expected` and `emergency`. */
  clinicRespondsBy: instant.nullable(),
});
export type NextStep = z.infer<typeof nextStep>;

export const triageResult = z.object({
  level: triageLevel,
  reasons: z.array(triageReason),
  /** The expected-course data version that produced the result. */
  courseVersion: z.string(),
});
export type TriageResult = z.infer<typeof triageResult>;

/** The answer to submitting a check-in (portal or link). */
export const checkInOutcome = z.object({
  checkInId: id,
  level: triageLevel,
  nextStep,
});
export type CheckInOutcome = z.infer<typeof checkInOutcome>;

// ---------------------------------------------------------------------------------------------
// Plans and check-ins
// ---------------------------------------------------------------------------------------------

/**
 * `upcoming` before its morning · `due` open now · `submitted` · `missed` closed unanswered
 * (after one reminder) · `cancelled` with its plan.
 */
export const checkInStatus = z.enum(['upcoming', 'due', 'submitted', 'missed', 'cancelled']);
export type CheckInStatus = z.infer<typeof checkInStatus>;

export const checkInSummary = z.object({
  id,
  day: z.number().int().min(1),
  dueDate: calendarDate,
  opensAt: instant,
  closesAt: instant,
  status: checkInStatus,
  submittedAt: instant.nullable(),
  reminderSentAt: instant.nullable(),
  level: triageLevel.nullable(),
});
export type CheckInSummary = z.infer<typeof checkInSummary>;

/** A check-in as staff see it: the answers and the triage reasons. */
export const checkInRecord = checkInSummary.extend({
  answers: checkInAnswers.nullable(),
  triage: triageResult.nullable(),
  /** `portal` or `link`: how the patient answered. */
  via: z.enum(['portal', 'link']).nullable(),
});
export type CheckInRecord = z.infer<typeof checkInRecord>;

export const planMilestone = z.object({
  id: milestoneId,
  day: z.number().int(),
  date: calendarDate,
  title: z.string(),
  detail: z.string(),
  /** Days added for this patient's treatment (0 when none). */
  delayedByDays: z.number().int().min(0),
});
export type PlanMilestone = z.infer<typeof planMilestone>;

/** One day of the recovery timeline, in the patient's language. */
export const timelineDay = z.object({
  day: z.number().int().min(0),
  date: calendarDate,
  expected: z.string(),
  do: z.array(z.string()),
  avoid: z.array(z.string()),
  /** What may resume from this day. */
  milestones: z.array(planMilestone),
  checkInId: id.nullable(),
});
export type TimelineDay = z.infer<typeof timelineDay>;

export const resumeDelayReasons = ['deep_needling', 'rf_microneedling', 'prp', 'fitzpatrick_4_to_6'] as const;
export const resumeDelayReason = z.enum(resumeDelayReasons);
export type ResumeDelayReason = z.infer<typeof resumeDelayReason>;

export const planStatus = z.enum(['active', 'cancelled', 'completed']);
export type PlanStatus = z.infer<typeof planStatus>;

export const aftercarePlan = z.object({
  id,
  sessionId: id,
  patientId: id,
  status: planStatus,
  treatmentDate: calendarDate,
  modality,
  zones: z.array(zoneId),
  deepestMm: z.number().nullable(),
  timelineVersion: z.string(),
  language: languageTag,
  resumeDelay: z.object({ days: z.number().int().min(0), reasons: z.array(resumeDelayReason) }),
  /** Today's day number in the clinic's zone (0 = treatment day); null outside the timeline. */
  today: z.number().int().nullable(),
  days: z.array(timelineDay),
  milestones: z.array(planMilestone),
  checkIns: z.array(checkInSummary),
  createdAt: instant,
  cancelled: z.object({ at: instant, by: person, reason: z.string() }).nullable(),
});
export type AftercarePlan = z.infer<typeof aftercarePlan>;

/** `GET /api/portal/aftercare`: the patient's current recovery (latest plan), or none. */
export const portalRecovery = z.object({
  plan: aftercarePlan.nullable(),
  /** The check-in open now, if any: what the portal's "check in" button opens. */
  dueCheckInId: id.nullable(),
});
export type PortalRecovery = z.infer<typeof portalRecovery>;

/** `POST /api/patients/:patientId/aftercare/plans/:planId/cancel`: no further messages or check-ins. */
export const cancelPlanRequest = z.strictObject({ reason: z.string().trim().min(3).max(500) });
export type CancelPlanRequest = z.infer<typeof cancelPlanRequest>;

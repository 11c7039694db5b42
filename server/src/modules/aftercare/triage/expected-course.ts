import type { CheckInEffect, Modality, RedFlagQuestionId, TriageLevel } from '@corium/contracts';

/**
 * What normal healing looks like, day by day (clinical-reference §5.1), and the red flags of
 * §5.3 as data the triage core interprets. Scores are the patient's 0–3 (none, mild, moderate,
 * severe). A score above the day's normal maximum asks for a clinic review (tier 3: "redness or
 * swelling still marked at day 7"); a few effects are urgent from some day on (tier 2: "pain
 * that increases after day 2").
 */
export const COURSE_VERSION = 'corium-course-2026.11';

/** From `fromDay` (inclusive) until the next row: the highest normal score. */
export interface CourseRow {
  fromDay: number;
  /** Standard settings (≤ 1.5 mm, not RF, no PRP). */
  standard: number;
  /** Deep (≥ 2 mm), RF or PRP: erythema "up to ~7 days with deep/scar settings" (§5.1). */
  extended: number;
  /** At or above this score the answer is urgent (same-day review); absent = never from this score. */
  urgentFrom?: number;
}

export interface EffectCourse {
  rows: CourseRow[];
  references: string[];
}

export interface RedFlagRule {
  id: RedFlagQuestionId;
  level: Exclude<TriageLevel, 'expected'>;
  /** Asked from this day on (the form leaves it out before). */
  fromDay: number;
  /** Asked only after these modalities; absent = after every one. */
  modalities?: readonly Modality[];
  staffText: string;
  references: string[];
}

/** Answers together meaning more than each alone (§5.3 tier 1). */
export interface CombinationRule {
  id: string;
  level: Exclude<TriageLevel, 'expected'>;
  redFlags: readonly RedFlagQuestionId[];
  /** Also needs one of these effect scores at or above the value. */
  effectAtLeast?: { effect: CheckInEffect; score: number };
  staffText: string;
  references: string[];
}

export interface ExpectedCourse {
  version: string;
  /** The deepest zone at or beyond this depth (mm), RF or PRP: the extended course applies. */
  extendedFromMm: number;
  effects: Record<CheckInEffect, EffectCourse>;
  redFlags: readonly RedFlagRule[];
  combinations: readonly CombinationRule[];
}

const s51 = 'clinical-reference §5.1';
const s53 = 'clinical-reference §5.3';

export const expectedCourse: ExpectedCourse = {
  version: COURSE_VERSION,
  extendedFromMm: 2,
  effects: {
    // Erythema: 24–72 h standard, up to ~7 days deep; "any redness beyond 14 days" is tier 3.
    redness: {
      rows: [
        { fromDay: 1, standard: 2, extended: 3 },
        { fromDay: 3, standard: 1, extended: 2 },
        { fromDay: 5, standard: 1, extended: 2 },
        { fromDay: 7, standard: 1, extended: 1 },
        { fromDay: 14, standard: 0, extended: 0 },
      ],
      references: [s51, `${s53} tier 3`],
    },
    // Oedema: 1–3 days, periorbital may peak on day 1.
    swelling: {
      rows: [
        { fromDay: 1, standard: 2, extended: 2 },
        { fromDay: 2, standard: 1, extended: 2 },
        { fromDay: 3, standard: 1, extended: 1 },
        { fromDay: 5, standard: 0, extended: 1 },
        { fromDay: 7, standard: 0, extended: 0 },
      ],
      references: [s51, `${s53} tier 3`],
    },
    // Pain: < 24 h, mild; severe pain from day 3 is the infection sign of tier 2.
    pain: {
      rows: [
        { fromDay: 1, standard: 1, extended: 2 },
        { fromDay: 2, standard: 1, extended: 1 },
        { fromDay: 3, standard: 1, extended: 1, urgentFrom: 3 },
        { fromDay: 5, standard: 0, extended: 1, urgentFrom: 3 },
        { fromDay: 7, standard: 0, extended: 0, urgentFrom: 2 },
      ],
      references: [s51, `${s53} tier 2`],
    },
    // Itching: days 2–5, mild, a few days.
    itching: {
      rows: [
        { fromDay: 1, standard: 1, extended: 1 },
        { fromDay: 7, standard: 1, extended: 1 },
        { fromDay: 14, standard: 0, extended: 0 },
      ],
      references: [s51],
    },
    // Dryness / flaking: from day 2–3 until about day 5–7.
    flaking: {
      rows: [
        { fromDay: 1, standard: 1, extended: 1 },
        { fromDay: 3, standard: 2, extended: 2 },
        { fromDay: 7, standard: 1, extended: 2 },
        { fromDay: 14, standard: 0, extended: 0 },
      ],
      references: [s51],
    },
    // Bruising: 0–24 h onset, 5–10 days (grade D).
    bruising: {
      rows: [
        { fromDay: 1, standard: 2, extended: 2 },
        { fromDay: 5, standard: 1, extended: 2 },
        { fromDay: 7, standard: 1, extended: 1 },
        { fromDay: 14, standard: 0, extended: 0 },
      ],
      references: [s51],
    },
  },
  redFlags: [
    flag(
      'breathing_or_lip_swelling',
      'emergency',
      1,
      'Breathing difficulty, wheeze, or lip/tongue swelling: possible anaphylaxis.',
      'tier 1',
    ),
    flag(
      'pus_or_crusts',
      'urgent',
      1,
      'Pus, honey-coloured crusts or foul smell: possible bacterial infection.',
      'tier 2',
    ),
    flag('fever', 'urgent', 1, 'Fever of 38 °C or more after treatment.', 'tier 2'),
    flag(
      'spreading_redness',
      'urgent',
      1,
      'Redness spreading beyond the treated area, or red streaks.',
      'tier 2',
    ),
    flag('pain_increasing', 'urgent', 3, 'Pain increasing after day 2 instead of easing.', 'tier 2'),
    flag(
      'grouped_blisters',
      'urgent',
      1,
      'Grouped blisters, punched-out erosions or cold sores: possible herpes simplex (antiviral early).',
      'tier 2',
    ),
    flag('eye_symptoms', 'urgent', 1, 'Eye pain, redness or blurred vision.', 'tier 2'),
    flag(
      'feeling_very_unwell',
      'urgent',
      1,
      'Feeling very unwell with shivering or shaking (rigors).',
      'tier 1–2',
    ),
    {
      ...flag(
        'burn_marks',
        'urgent',
        1,
        'Blistering, white/grey or black areas after RF: possible burn.',
        'tier 2',
      ),
      modalities: ['rf-microneedling'],
    },
    flag(
      'new_bumps',
      'review',
      7,
      'New bumps, nodules or plaques a week or more after treatment (granuloma, atypical mycobacteria, acne flare).',
      'tier 3',
    ),
    flag('darkening_patches', 'review', 1, 'New darkening or lightening of treated skin (PIH).', 'tier 3'),
  ],
  combinations: [
    {
      id: 'systemic_infection',
      level: 'emergency',
      redFlags: ['spreading_redness', 'fever', 'feeling_very_unwell'],
      staffText:
        'Rapidly spreading redness with fever and rigors, feeling very unwell: possible cellulitis with systemic illness.',
      references: [`${s53} tier 1`],
    },
    {
      id: 'orbital_cellulitis',
      level: 'emergency',
      redFlags: ['eye_symptoms'],
      effectAtLeast: { effect: 'swelling', score: 2 },
      staffText: 'Swelling with eye pain or a change in vision: possible orbital or periorbital cellulitis.',
      references: [`${s53} tier 1`],
    },
  ],
};

function flag(
  id: RedFlagQuestionId,
  level: RedFlagRule['level'],
  fromDay: number,
  staffText: string,
  tier: string,
): RedFlagRule {
  return { id, level, fromDay, staffText, references: [`${s53} ${tier}`] };
}

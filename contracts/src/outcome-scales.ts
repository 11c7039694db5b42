import { z } from 'zod';
import type { concernCodes } from './patients';

type ConcernCode = (typeof concernCodes)[number];

/**
 * The outcome scales Corium records, as data (clinical reference §7). Each score is stored with
 * the scale id and version it was computed with (`outcome_score.scale`, `scale_version`), so a
 * definition can change without rewriting history. ECCA and the Goodman–Baron *quantitative*
 * system are left out on purpose: their weights are not verified against the original papers
 * (§7.1, Appendix A), and a wrong weight would make every total wrong.
 *
 * `responder` is the clinic's a-priori definition of "it worked" for the reports (§7.2 item 5):
 * conventions used in trials, not validated minimal clinically important differences.
 * References are the numbers of section 9 of the clinical reference.
 */

export const outcomeScaleIds = [
  'goodman_baron',
  'mmasi',
  'glogau',
  'lemperle',
  'gais_clinician',
  'gais_patient',
  'satisfaction',
  'appearance_check',
] as const;
export const outcomeScaleId = z.enum(outcomeScaleIds);
export type OutcomeScaleId = z.infer<typeof outcomeScaleId>;

/** Where in a course a score was taken (§7.2 item 1). */
export const outcomeTimepoints = ['baseline', 'before_session', 'month_3', 'month_6', 'other'] as const;
export const outcomeTimepoint = z.enum(outcomeTimepoints);
export type OutcomeTimepoint = z.infer<typeof outcomeTimepoint>;

export const outcomeRaters = ['clinician', 'patient'] as const;
export type OutcomeRater = (typeof outcomeRaters)[number];

/**
 * How a change from baseline counts as a response:
 * - `fall_by`: the score fell by at least `amount` (e.g. one Goodman–Baron grade);
 * - `fall_by_fraction`: fell by at least that fraction of the baseline (mMASI ≥ 50 %);
 * - `at_most`: a change scale rated at or below `value` (GAIS 1–3 = improved or better).
 */
export type ResponderRule =
  | { kind: 'fall_by'; amount: number }
  | { kind: 'fall_by_fraction'; fraction: number }
  | { kind: 'at_most'; value: number };

export interface OutcomeScale {
  id: OutcomeScaleId;
  version: string;
  name: string;
  rater: OutcomeRater;
  min: number;
  max: number;
  /** Smallest step between two scores (1 for grades, 0.1 for mMASI). */
  step: number;
  /** Which way is better; `change` scales (GAIS) rate the change itself against baseline. */
  better: 'lower' | 'higher' | 'change';
  /** The concerns it is recorded for; `null` means any concern. */
  concerns: readonly ConcernCode[] | null;
  /** Glogau classifies at baseline only; GAIS needs a baseline to compare with. */
  timepoints: readonly OutcomeTimepoint[];
  /** Label per whole score where the scale has words (grades), else absent. */
  labels?: Readonly<Record<number, string>>;
  responder: ResponderRule | null;
  /** True when it is Corium's own short questionnaire, not a validated instrument. */
  notValidated?: true;
  references: readonly number[];
}

const afterBaseline: readonly OutcomeTimepoint[] = ['before_session', 'month_3', 'month_6', 'other'];
const anyTimepoint: readonly OutcomeTimepoint[] = outcomeTimepoints;

/** GAIS is one scale rated by two people: the clinician and the patient each rate the change. */
const gais = {
  version: '2026.1',
  min: 1,
  max: 5,
  step: 1,
  better: 'change',
  concerns: null,
  timepoints: afterBaseline,
  labels: { 1: 'Very much improved', 2: 'Much improved', 3: 'Improved', 4: 'No change', 5: 'Worse' },
  responder: { kind: 'at_most', value: 3 },
  references: [74, 39],
} as const satisfies Partial<OutcomeScale>;

export const outcomeScales: Readonly<Record<OutcomeScaleId, OutcomeScale>> = {
  goodman_baron: {
    id: 'goodman_baron',
    version: '2026.1',
    name: 'Goodman & Baron qualitative acne scar grade',
    rater: 'clinician',
    min: 1,
    max: 4,
    step: 1,
    better: 'lower',
    concerns: ['acne_scars'],
    timepoints: anyTimepoint,
    labels: {
      1: 'Macular: flat red, white or brown marks',
      2: 'Mild: not obvious at 50 cm, covered by make-up',
      3: 'Moderate: obvious at 50 cm, flattens when stretched',
      4: 'Severe: obvious at 50 cm, does not flatten when stretched',
    },
    responder: { kind: 'fall_by', amount: 1 },
    references: [60],
  },
  mmasi: {
    id: 'mmasi',
    version: '2026.1',
    name: 'Modified Melasma Area and Severity Index (mMASI)',
    rater: 'clinician',
    min: 0,
    max: 24,
    step: 0.1,
    better: 'lower',
    concerns: ['melasma', 'pigmentation'],
    timepoints: anyTimepoint,
    responder: { kind: 'fall_by_fraction', fraction: 0.5 },
    references: [72, 73],
  },
  glogau: {
    id: 'glogau',
    version: '2026.1',
    name: 'Glogau photoageing type',
    rater: 'clinician',
    min: 1,
    max: 4,
    step: 1,
    better: 'lower',
    concerns: ['wrinkles', 'fine_lines', 'sunspots', 'texture', 'uneven_tone'],
    timepoints: ['baseline'],
    labels: {
      1: 'Type I: no wrinkles',
      2: 'Type II: wrinkles in motion',
      3: 'Type III: wrinkles at rest',
      4: 'Type IV: only wrinkles',
    },
    responder: null,
    references: [68],
  },
  lemperle: {
    id: 'lemperle',
    version: '2026.1',
    name: 'Lemperle wrinkle grade',
    rater: 'clinician',
    min: 0,
    max: 5,
    step: 1,
    better: 'lower',
    concerns: ['wrinkles', 'fine_lines'],
    timepoints: anyTimepoint,
    labels: {
      0: 'No wrinkles',
      1: 'Just perceptible wrinkle',
      2: 'Shallow wrinkles',
      3: 'Moderately deep wrinkle',
      4: 'Deep wrinkle, well-defined edges',
      5: 'Very deep wrinkle, redundant fold',
    },
    responder: { kind: 'fall_by', amount: 1 },
    references: [71],
  },
  gais_clinician: {
    ...gais,
    id: 'gais_clinician',
    name: 'Global Aesthetic Improvement Scale (clinician)',
    rater: 'clinician',
  },
  gais_patient: {
    ...gais,
    id: 'gais_patient',
    name: 'Global Aesthetic Improvement Scale (patient)',
    rater: 'patient',
  },
  satisfaction: {
    id: 'satisfaction',
    version: '2026.1',
    name: 'Satisfaction with the result (0–10)',
    rater: 'patient',
    min: 0,
    max: 10,
    step: 1,
    better: 'higher',
    concerns: null,
    timepoints: afterBaseline,
    responder: null,
    references: [66],
  },
  appearance_check: {
    id: 'appearance_check',
    version: '2026.1',
    name: 'How I see my skin (short questionnaire, 0–100)',
    rater: 'patient',
    min: 0,
    max: 100,
    step: 1,
    better: 'higher',
    concerns: null,
    timepoints: anyTimepoint,
    responder: null,
    notValidated: true,
    references: [66, 67],
  },
};

/**
 * Corium's own short appearance questionnaire ("How I see my skin"): four statements answered
 * 1–4 (1 = not at all, 4 = very much), scored 0–100 as (sum − 4) / 12 × 100, rounded — e.g.
 * answers 2, 3, 3, 4 → (12 − 4) / 12 × 100 = 67. It is NOT a validated instrument (FACE-Q and
 * ACNE-Q are licensed and are not reproduced here): it tracks how one patient sees their own
 * skin over a course, and is never compared between patients or with published scores.
 */
export const appearanceCheck = {
  version: '2026.1',
  answers: { 1: 'Not at all', 2: 'A little', 3: 'Quite a lot', 4: 'Very much' },
  items: [
    { id: 'happy_with_skin', text: 'I am happy with how my skin looks.' },
    { id: 'even_and_smooth', text: 'My skin looks even and smooth.' },
    { id: 'without_make_up', text: 'I feel comfortable being seen without make-up or cover.' },
    { id: 'close_up', text: 'I feel at ease when someone looks at my skin close up.' },
  ],
} as const;

/** The 0–100 total of the appearance check from its item answers (each 1–4), in item order. */
export function appearanceCheckTotal(answers: readonly number[]): number {
  const n = appearanceCheck.items.length;
  const sum = answers.reduce((total, answer) => total + answer, 0);
  return Math.round(((sum - n) / (3 * n)) * 100);
}

/** mMASI's regions and their weights (Pandya 2011): forehead 30 %, each malar 30 %, chin 10 %. */
export const mmasiRegions = [
  { id: 'forehead', label: 'Forehead', weight: 0.3 },
  { id: 'right_malar', label: 'Right cheek (malar)', weight: 0.3 },
  { id: 'left_malar', label: 'Left cheek (malar)', weight: 0.3 },
  { id: 'chin', label: 'Chin', weight: 0.1 },
] as const;
export type MmasiRegionId = (typeof mmasiRegions)[number]['id'];

/** Area of involvement per region, 0–6 (percentage bands), and darkness 0–4. */
export const mmasiAreaLabels: Readonly<Record<number, string>> = {
  0: 'None',
  1: 'Under 10 %',
  2: '10–29 %',
  3: '30–49 %',
  4: '50–69 %',
  5: '70–89 %',
  6: '90–100 %',
};
export const mmasiDarknessLabels: Readonly<Record<number, string>> = {
  0: 'Absent',
  1: 'Slight',
  2: 'Mild',
  3: 'Marked',
  4: 'Severe',
};

/**
 * mMASI = Σ weight × area × darkness, 0–24, to one decimal. Worked example: forehead A 2 D 2,
 * right malar A 3 D 3, left malar A 3 D 2, chin A 1 D 1 → 0.3×4 + 0.3×9 + 0.3×6 + 0.1×1 =
 * 1.2 + 2.7 + 1.8 + 0.1 = 5.8.
 */
export function mmasiTotal(
  regions: Readonly<Record<MmasiRegionId, { area: number; darkness: number }>>,
): number {
  const total = mmasiRegions.reduce(
    (sum, r) => sum + r.weight * regions[r.id].area * regions[r.id].darkness,
    0,
  );
  return Math.round(total * 10) / 10;
}

import { z } from 'zod';

/**
 * Contraindication screening: the intake answers keyed by the canonical question ids of
 * shared/domain/intake-questions.md, the planned treatment, and the engine's verdict.
 * Question ids, zone ids and levels are a public contract (REST, FHIR, imports, exports):
 * they never change once released — new ones are added instead.
 */

/** A calendar day, `YYYY-MM-DD`. Zod's ISO check knows month lengths and leap years (2026-02-30 fails). */
export const calendarDate = z.iso.date({ error: 'Not a real calendar date (YYYY-MM-DD)' });

export const zoneIds = [
  'forehead',
  'temples',
  'periorbital',
  'nose',
  'cheeks',
  'upper_lip',
  'perioral',
  'chin',
  'jawline',
  'neck',
  'decolletage',
  'dorsal_hands',
  'abdomen',
  'thighs',
  'buttocks',
  'upper_arms',
  'scalp',
] as const;
export const zoneId = z.enum(zoneIds);
export type ZoneId = z.infer<typeof zoneId>;

export const modalities = ['microneedling', 'rf-microneedling'] as const;
export const modality = z.enum(modalities);
export type Modality = z.infer<typeof modality>;

/** Least severe first: an evaluation's outcome is its most severe finding, `clear` when none. */
export const screeningLevels = ['clear', 'warn', 'needs-doctor', 'block'] as const;
export const screeningLevel = z.enum(screeningLevels);
export type ScreeningLevel = z.infer<typeof screeningLevel>;

export const activeAcneValues = ['none', 'comedonal', 'inflammatory'] as const;
export const diabetesValues = ['none', 'controlled', 'uncontrolled'] as const;
export const connectiveTissueDiseaseValues = ['none', 'scleroderma', 'other_active'] as const;
export const procedureKinds = [
  'superficial_peel',
  'medium_peel',
  'ablative_laser',
  'nonablative_laser',
  'surgery',
  'radiotherapy',
  'waxing',
] as const;
export type ProcedureKind = (typeof procedureKinds)[number];
export const allergyCodes = ['nickel', 'stainless_steel', 'lidocaine', 'prilocaine', 'glide_gel'] as const;

/**
 * An allergy is one of the codes or the patient's own words. Free text that spells a code
 * ("Stainless steel", "Nickel ") becomes the code, so a typed-in metal allergy still blocks.
 */
const allergy = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .transform((text) => {
    const code = text.toLowerCase().replace(/[\s-]+/g, '_');
    return (allergyCodes as readonly string[]).includes(code) ? code : text;
  });

const boolean = z.boolean().optional();
/** `null` means "never" (an answer); a missing field means the question was not answered. */
const lastDate = calendarDate.nullable().optional();

export const intakeAnswers = z.strictObject({
  active_skin_infection: boolean,
  active_cold_sore: boolean,
  herpes_history: boolean,
  open_wounds_or_sunburn: boolean,
  active_acne: z.enum(activeAcneValues).optional(),
  skin_disease_flare: boolean,
  changing_mole_or_skin_cancer: boolean,
  keloid_history: boolean,
  isotretinoin_last_dose: z
    .union([calendarDate, z.literal('current')])
    .nullable()
    .optional(),
  topical_retinoid_last_use: lastDate,
  recent_procedures: z
    .array(z.strictObject({ kind: z.enum(procedureKinds), date: calendarDate }))
    .max(50)
    .optional(),
  botulinum_toxin_last_date: lastDate,
  filler_last_date: lastDate,
  permanent_filler_or_threads: boolean,
  bleeding_disorder: boolean,
  anticoagulants: boolean,
  bleeding_supplements: boolean,
  immunosuppressed: boolean,
  diabetes: z.enum(diabetesValues).optional(),
  connective_tissue_disease: z.enum(connectiveTissueDiseaseValues).optional(),
  pregnant_or_breastfeeding: boolean,
  allergies: z.array(allergy).max(50).optional(),
  granuloma_history: boolean,
  fitzpatrick_type: z.number().int().min(1).max(6).optional(),
  melasma_or_pih_history: boolean,
  recent_sun_or_self_tan: boolean,
  tattoo_in_area: boolean,
  implanted_electronic_device: boolean,
  /** Entered by the clinician after the consultation, not by the patient. */
  expectations_concern: boolean,
  home_microneedling_recent: boolean,
});
export type IntakeAnswers = z.output<typeof intakeAnswers>;
export type QuestionId = keyof IntakeAnswers;
export const questionIds = Object.keys(intakeAnswers.shape) as QuestionId[];

/**
 * Every question answered with the answer that finds nothing (Fitzpatrick II lowers no depth
 * cap): the history that examples, the public self-check and test fixtures change answers against.
 */
export const clearIntakeAnswers: IntakeAnswers = {
  active_skin_infection: false,
  active_cold_sore: false,
  herpes_history: false,
  open_wounds_or_sunburn: false,
  active_acne: 'none',
  skin_disease_flare: false,
  changing_mole_or_skin_cancer: false,
  keloid_history: false,
  isotretinoin_last_dose: null,
  topical_retinoid_last_use: null,
  recent_procedures: [],
  botulinum_toxin_last_date: null,
  filler_last_date: null,
  permanent_filler_or_threads: false,
  bleeding_disorder: false,
  anticoagulants: false,
  bleeding_supplements: false,
  immunosuppressed: false,
  diabetes: 'none',
  connective_tissue_disease: 'none',
  pregnant_or_breastfeeding: false,
  allergies: [],
  granuloma_history: false,
  fitzpatrick_type: 2,
  melasma_or_pih_history: false,
  recent_sun_or_self_tan: false,
  tattoo_in_area: false,
  implanted_electronic_device: false,
  expectations_concern: false,
  home_microneedling_recent: false,
};

export const plannedTreatment = z.strictObject({
  date: calendarDate,
  modality,
  zones: z.array(zoneId).min(1),
  /** Needle length in mm; 3.5 mm is beyond any facial or body protocol Corium supports. */
  maxDepthMm: z.number().positive().max(3.5),
});
export type PlannedTreatment = z.infer<typeof plannedTreatment>;

/**
 * Dates in the history that must not fall after the treatment: `[path, date]`. Defensive about
 * shapes, because Zod may run the refinement while another field is still invalid.
 */
function historyDates(answers: IntakeAnswers): [(string | number)[], string][] {
  const dates: [(string | number)[], string][] = [];
  const keys = [
    'isotretinoin_last_dose',
    'topical_retinoid_last_use',
    'botulinum_toxin_last_date',
    'filler_last_date',
  ];
  for (const key of keys as (keyof IntakeAnswers)[]) {
    const value = answers[key];
    if (typeof value === 'string' && value !== 'current') dates.push([[key], value]);
  }
  const procedures: unknown = answers.recent_procedures;
  if (Array.isArray(procedures)) {
    procedures.forEach((p: { date?: unknown } | null, i) => {
      if (typeof p?.date === 'string') dates.push([['recent_procedures', i, 'date'], p.date]);
    });
  }
  return dates;
}

export const screeningRequest = z
  .strictObject({ answers: intakeAnswers, dateOfBirth: calendarDate, plannedTreatment })
  .superRefine((request, ctx) => {
    // ISO calendar dates compare correctly as strings.
    const treatmentDate = request.plannedTreatment.date;
    if (request.dateOfBirth > treatmentDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['dateOfBirth'],
        message: 'The date of birth is after the planned treatment date',
      });
    }
    for (const [path, date] of historyDates(request.answers)) {
      if (date > treatmentDate) {
        ctx.addIssue({
          code: 'custom',
          path: ['answers', ...path],
          message: 'A date in the history cannot be after the planned treatment date',
        });
      }
    }
  });
export type ScreeningRequest = z.infer<typeof screeningRequest>;

export const findingLevel = screeningLevel.exclude(['clear']);
export type FindingLevel = z.infer<typeof findingLevel>;

export const screeningFinding = z.object({
  /** `C01`–`C31` (shared/domain/clinical-reference.md §3), `INCOMPLETE` or `DEPTH`. */
  ruleId: z.string(),
  level: findingLevel,
  /** Plain language for staff, with the answer that triggered it. */
  reason: z.string(),
  /** Plain language for the patient. */
  patientMessage: z.string(),
  references: z.array(z.string()),
});
export type ScreeningFinding = z.infer<typeof screeningFinding>;

export const screeningResult = z.object({
  outcome: screeningLevel,
  /** The rule-set version that produced this result, e.g. `corium-default-2026.11`. */
  ruleSetVersion: z.string(),
  /** Most severe first. */
  findings: z.array(screeningFinding),
  /** Maximum needle depth (mm) for each planned zone; a prescriber override is needed above it. */
  depthCapsMm: z.partialRecord(zoneId, z.number()),
});
export type ScreeningResult = z.infer<typeof screeningResult>;

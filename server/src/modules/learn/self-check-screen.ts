import type {
  IntakeAnswers,
  Modality,
  PlannedTreatment,
  QuestionId,
  ScreeningLevel,
  ZoneId,
} from '@corium/contracts';
import { evaluate } from '../screening/engine/evaluate';
import type { RuleSet } from '../screening/rule-sets/rule-set.schema';

/**
 * "Am I a candidate?" as a pure function: the visitor's form answers, turned into an intake
 * history and a planned treatment, screened by the clinic's own engine and rule set. The same
 * code runs in the browser (bundled by `assets/bundle-self-check.mjs`) and in the server's tests,
 * so the device and the clinic cannot disagree. Imports from the contracts are types only: the
 * browser bundle carries no schema library.
 */

/** How a form field becomes an intake answer. */
export type SelfCheckFieldKind = 'yes-no' | 'choice' | 'isotretinoin';

/** The history questions asked, in intake order: those that make someone wait or see a doctor. */
export const selfCheckFields: readonly { id: QuestionId; kind: SelfCheckFieldKind }[] = [
  { id: 'pregnant_or_breastfeeding', kind: 'yes-no' },
  { id: 'isotretinoin_last_dose', kind: 'isotretinoin' },
  { id: 'active_skin_infection', kind: 'yes-no' },
  { id: 'active_cold_sore', kind: 'yes-no' },
  { id: 'open_wounds_or_sunburn', kind: 'yes-no' },
  { id: 'active_acne', kind: 'choice' },
  { id: 'skin_disease_flare', kind: 'yes-no' },
  { id: 'changing_mole_or_skin_cancer', kind: 'yes-no' },
  { id: 'keloid_history', kind: 'yes-no' },
  { id: 'granuloma_history', kind: 'yes-no' },
  { id: 'herpes_history', kind: 'yes-no' },
  { id: 'bleeding_disorder', kind: 'yes-no' },
  { id: 'anticoagulants', kind: 'yes-no' },
  { id: 'immunosuppressed', kind: 'yes-no' },
  { id: 'diabetes', kind: 'choice' },
  { id: 'connective_tissue_disease', kind: 'choice' },
  { id: 'implanted_electronic_device', kind: 'yes-no' },
];

/** The form as the browser reads it: field name → value; a field left blank is absent. */
export type SelfCheckForm = Readonly<Record<string, string | undefined>>;

export interface SelfCheckOutcome {
  level: ScreeningLevel;
  /** The clinic's own words for the patient, for the findings at the most severe level. */
  messages: string[];
}

/** Fields about the treatment itself; "not sure" takes the cautious reading. */
export const treatmentFields = {
  age: 'age',
  nearMouth: 'near_mouth_or_nose',
  radiofrequency: 'radiofrequency',
  lastIsotretinoinDose: 'isotretinoin_last_dose_date',
} as const;

const isDay = (value: string | undefined): value is string => /^\d{4}-\d{2}-\d{2}$/.test(value ?? '');

function yearsBefore(day: string, years: number): string {
  const monthDay = day.slice(4, 10) === '-02-29' ? '-02-28' : day.slice(4, 10);
  return `${Number(day.slice(0, 4)) - years}${monthDay}`;
}

function answerOf(kind: SelfCheckFieldKind, value: string, form: SelfCheckForm, today: string): unknown {
  if (kind === 'yes-no') return value === 'yes';
  if (kind === 'choice') return value;
  if (value === 'current') return 'current';
  if (value === 'no') return null;
  // Stopped without a date: counted as stopped today, so that not knowing can only make it stricter.
  const last = form[treatmentFields.lastIsotretinoinDose];
  return isDay(last) && last <= today ? last : today;
}

/** Only what was answered: an unanswered question matches no rule (INCOMPLETE is left out). */
export function intakeFromForm(form: SelfCheckForm, today: string): Partial<IntakeAnswers> {
  const answers: Record<string, unknown> = {};
  for (const { id, kind } of selfCheckFields) {
    const value = form[id];
    if (value !== undefined && value !== '') answers[id] = answerOf(kind, value, form, today);
  }
  return answers as Partial<IntakeAnswers>;
}

/** The treatment asked about: cheeks by default, around the mouth and nose and RF when "yes" or "not sure". */
export function plannedFromForm(form: SelfCheckForm, today: string): PlannedTreatment {
  const cautious = (field: string) => form[field] === 'yes' || form[field] === 'unsure';
  const zones: ZoneId[] = cautious(treatmentFields.nearMouth) ? ['cheeks', 'perioral', 'nose'] : ['cheeks'];
  const modality: Modality = cautious(treatmentFields.radiofrequency) ? 'rf-microneedling' : 'microneedling';
  // The planned depth does not matter: depth is the practitioner's decision, not the visitor's.
  return { date: today, modality, zones, maxDepthMm: 0.5 };
}

/** A birth date standing for the age answer: 16 for "under 18", otherwise 30. */
export const dateOfBirthFromForm = (form: SelfCheckForm, today: string): string =>
  yearsBefore(today, form[treatmentFields.age] === 'under18' ? 16 : 30);

/**
 * The visitor's result under `ruleSet` on `today` (`YYYY-MM-DD`, the device's date): the most
 * severe level of any rule, and the patient messages of the rules at that level. Depth is
 * left out: it is set at the visit.
 */
export function screenSelfCheck(ruleSet: RuleSet, form: SelfCheckForm, today: string): SelfCheckOutcome {
  const result = evaluate(
    ruleSet,
    intakeFromForm(form, today) as IntakeAnswers,
    { dateOfBirth: dateOfBirthFromForm(form, today), isFirstSession: false },
    plannedFromForm(form, today),
  );
  const findings = result.findings.filter((f) => f.ruleId !== 'DEPTH' && f.ruleId !== 'INCOMPLETE');
  // Findings come most severe first.
  const level = findings[0]?.level ?? 'clear';
  const messages = findings.filter((f) => f.level === level).map((f) => f.patientMessage);
  return { level, messages: [...new Set(messages)] };
}

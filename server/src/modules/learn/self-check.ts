import {
  clearIntakeAnswers,
  intakeQuestions,
  screeningLevels,
  type IntakeAnswers,
  type PlannedTreatment,
  type QuestionId,
  type ScreeningLevel,
} from '@corium/contracts';
import { evaluate } from '../screening/engine';
import type { RuleSet } from '../screening/rule-sets/rule-set.schema';

/**
 * "Am I a candidate?" runs on the visitor's device, so their answers never reach the server.
 * The server instead asks the clinic's screening engine, once per page, what each possible
 * answer leads to — every answer on its own, the rest of the history clear — and the page's
 * script takes the most severe outcome of the answers given. Combinations that only matter
 * together are left to the real screening before a booking.
 */
export interface SelfCheckChoice {
  value: string;
  label: string;
  level: ScreeningLevel;
  messages: string[];
}

export interface SelfCheckQuestion {
  id: string;
  label: string;
  help?: string;
  choices: SelfCheckChoice[];
}

/** The questions that decide whether someone should wait or see a doctor first, in intake order. */
const askedQuestions: readonly QuestionId[] = [
  'pregnant_or_breastfeeding',
  'isotretinoin_last_dose',
  'active_skin_infection',
  'active_cold_sore',
  'open_wounds_or_sunburn',
  'active_acne',
  'skin_disease_flare',
  'changing_mole_or_skin_cancer',
  'keloid_history',
  'granuloma_history',
  'herpes_history',
  'bleeding_disorder',
  'anticoagulants',
  'immunosuppressed',
  'diabetes',
  'connective_tissue_disease',
];

interface Choice {
  value: string;
  label: string;
  answer: IntakeAnswers[QuestionId];
}

const yearsBefore = (day: string, years: number): string =>
  `${Number(day.slice(0, 4)) - years}${day.slice(4, 10) === '-02-29' ? '-02-28' : day.slice(4, 10)}`;

function daysBefore(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

function choicesOf(id: QuestionId, today: string): Choice[] {
  const question = intakeQuestions.find((q) => q.id === id)!;
  if (question.kind.type === 'choice') {
    return question.kind.options.map((o) => ({ value: o.value, label: o.label, answer: o.value as never }));
  }
  if (question.kind.type === 'isotretinoin') {
    return [
      { value: 'current', label: 'Yes, I take it now', answer: 'current' },
      // 90 days ago stands for "stopped within the last six months".
      { value: 'recent', label: 'I stopped in the last 6 months', answer: daysBefore(today, 90) },
      { value: 'no', label: 'No, never', answer: null },
    ];
  }
  return [
    { value: 'yes', label: 'Yes', answer: true },
    { value: 'no', label: 'No', answer: false },
  ];
}

type Screen = (answers: IntakeAnswers, dateOfBirth: string) => Pick<SelfCheckChoice, 'level' | 'messages'>;

function screenerFor(ruleSet: RuleSet, today: string): Screen {
  const plan: PlannedTreatment = {
    date: today,
    modality: 'microneedling',
    zones: ['cheeks'],
    maxDepthMm: 1.0,
  };
  return (answers, dateOfBirth) => {
    const result = evaluate(ruleSet, answers, { dateOfBirth, isFirstSession: false }, plan);
    const findings = result.findings.filter((f) => f.ruleId !== 'DEPTH');
    const level = findings.reduce<ScreeningLevel>(
      (worst, f) => (screeningLevels.indexOf(f.level) > screeningLevels.indexOf(worst) ? f.level : worst),
      'clear',
    );
    return { level, messages: [...new Set(findings.map((f) => f.patientMessage))] };
  };
}

/** Every self-check question with what each of its answers leads to under `ruleSet` on `today`. */
export function selfCheckQuestions(ruleSet: RuleSet, today: string): SelfCheckQuestion[] {
  const screen = screenerFor(ruleSet, today);
  const adult = yearsBefore(today, 30);
  const age: SelfCheckQuestion = {
    id: 'age',
    label: 'How old are you?',
    choices: [
      { value: 'under18', label: 'Under 18', ...screen(clearIntakeAnswers, yearsBefore(today, 16)) },
      { value: 'adult', label: '18 or older', ...screen(clearIntakeAnswers, adult) },
    ],
  };
  const asked = askedQuestions.map((id): SelfCheckQuestion => {
    const question = intakeQuestions.find((q) => q.id === id)!;
    const choices = choicesOf(id, today).map(({ value, label, answer }) => ({
      value,
      label,
      ...screen({ ...clearIntakeAnswers, [id]: answer }, adult),
    }));
    return { id, label: question.label, ...(question.help ? { help: question.help } : {}), choices };
  });
  return [age, ...asked];
}

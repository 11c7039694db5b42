import { intakeQuestions, type QuestionId } from '@corium/contracts';
import type { RuleSet } from '../screening/rule-sets/rule-set.schema';
import { selfCheckFields, treatmentFields, type SelfCheckFieldKind } from './self-check-screen';

/**
 * The self-check form as the page renders it. The answers are screened on the visitor's device
 * (self-check-screen.ts, bundled into the page's script), so they never reach the server.
 */
export interface SelfCheckChoice {
  value: string;
  label: string;
}

export interface SelfCheckQuestion {
  id: string;
  label: string;
  help?: string;
  choices: SelfCheckChoice[];
  /** A date the visitor may add to one of the choices (the last isotretinoin dose). */
  date?: { id: string; label: string };
}

const yesNo: SelfCheckChoice[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];
const yesNoUnsure: SelfCheckChoice[] = [...yesNo, { value: 'unsure', label: 'Not sure yet' }];

const aboutTheTreatment: SelfCheckQuestion[] = [
  {
    id: treatmentFields.age,
    label: 'How old are you?',
    choices: [
      { value: 'under18', label: 'Under 18' },
      { value: 'adult', label: '18 or older' },
    ],
  },
  {
    id: treatmentFields.nearMouth,
    label: 'Would you like treatment near your mouth or nose?',
    choices: yesNoUnsure,
  },
  {
    id: treatmentFields.radiofrequency,
    label: 'Are you thinking of radiofrequency (RF) microneedling?',
    help: 'RF microneedling also heats the skin through the needles, with radio waves. Some clinics offer it.',
    choices: yesNoUnsure,
  },
];

function choicesOf(id: QuestionId, kind: SelfCheckFieldKind): SelfCheckChoice[] {
  const question = intakeQuestions.find((q) => q.id === id)!;
  if (kind === 'choice' && question.kind.type === 'choice') return [...question.kind.options];
  if (kind === 'isotretinoin') {
    return [
      { value: 'current', label: 'Yes, I take it now' },
      { value: 'stopped', label: 'I took it, and have stopped' },
      { value: 'no', label: 'No, never' },
    ];
  }
  return yesNo;
}

/** Every self-check question, in the order the page asks them. */
export function selfCheckQuestions(): SelfCheckQuestion[] {
  const history = selfCheckFields.map(({ id, kind }): SelfCheckQuestion => {
    const question = intakeQuestions.find((q) => q.id === id)!;
    const date =
      kind === 'isotretinoin'
        ? { id: treatmentFields.lastIsotretinoinDose, label: 'If you stopped: the date of your last dose' }
        : undefined;
    return {
      id,
      label: question.label,
      ...(question.help ? { help: question.help } : {}),
      choices: choicesOf(id, kind),
      ...(date ? { date } : {}),
    };
  });
  return [...aboutTheTreatment, ...history];
}

/**
 * The clinic's rule set as the page carries it: everything the engine decides with, without
 * the staff's reasons, references and descriptions (the patient messages stay). Levels and
 * messages are the same as the full set's; self-check-screen.test.ts checks that.
 */
export function publicRuleSet(ruleSet: RuleSet): RuleSet {
  const finding = <T extends { reason: string; references: string[] }>(f: T): T => ({
    ...f,
    reason: '',
    references: [],
  });
  return {
    ...ruleSet,
    description: '',
    incomplete: finding(ruleSet.incomplete),
    rules: ruleSet.rules.map((rule) => ({
      ...finding(rule),
      title: rule.id,
      outcomes: rule.outcomes.map(({ reason: _staffOnly, ...outcome }) => outcome),
    })),
    depth: { ...ruleSet.depth, override: finding(ruleSet.depth.override) },
  };
}

import {
  allergyLabels,
  calendarDate,
  fitzpatrickLabels,
  type IntakeQuestion,
  type QuestionId,
} from '@corium/contracts';
import type { IsotretinoinUse, Questionnaire } from './questionnaire';

export interface ProcedureRow {
  /** Identifies the row on screen while rows above it are added or removed. */
  key: number;
  kind: string | null;
  /** `YYYY-MM-DD`, as a date field gives it; empty until chosen. */
  date: string;
}

export interface OtherAllergy {
  key: number;
  text: string;
}

/**
 * What has been entered for one question, including what is not a whole answer yet
 * (a treatment without its date), so nothing typed is lost while it is finished.
 */
export type Entry =
  | { type: 'option'; value: string | null }
  | { type: 'last_date'; never: boolean; date: string }
  | { type: 'isotretinoin'; use: IsotretinoinUse | null; date: string }
  | { type: 'procedures'; none: boolean; rows: ProcedureRow[] }
  | { type: 'allergies'; none: boolean; codes: string[]; other: OtherAllergy[] };

/** Entries by question id; a question not touched yet has none. */
export type IntakeForm = Partial<Record<QuestionId, Entry>>;

/** The answers as the server takes them: a missing key is a question not answered yet. */
export type Answers = Partial<Record<QuestionId, unknown>>;

let lastKey = 0;
export const newKey = (): number => ++lastKey;

export const isRealDate = (value: string): boolean => calendarDate.safeParse(value).success;

interface Option {
  value: string;
  label: string;
}

const yesNoOptions: Option[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

const fitzpatrickOptions: Option[] = Object.entries(fitzpatrickLabels).map(([value, label]) => ({
  value,
  label,
}));

/** The boxes that answer a list question with "nothing": `[]`, not "not answered yet". */
export const noneLabels = { procedures: 'None of these', allergies: 'No allergies' } as const;

/** The radio choices of a one-answer question: yes/no, a list of options or a skin type. */
export function optionsOf(question: IntakeQuestion): readonly Option[] {
  switch (question.kind.type) {
    case 'yes_no':
      return yesNoOptions;
    case 'choice':
      return question.kind.options;
    case 'fitzpatrick':
      return fitzpatrickOptions;
    default:
      return [];
  }
}

export function emptyEntry(question: IntakeQuestion): Entry {
  switch (question.kind.type) {
    case 'last_date':
      return { type: 'last_date', never: false, date: '' };
    case 'isotretinoin':
      return { type: 'isotretinoin', use: null, date: '' };
    case 'procedures':
      return { type: 'procedures', none: false, rows: [] };
    case 'allergies':
      return { type: 'allergies', none: false, codes: [], other: [] };
    default:
      return { type: 'option', value: null };
  }
}

export function entryOf(form: IntakeForm, question: IntakeQuestion): Entry {
  return form[question.id] ?? emptyEntry(question);
}

const asDate = (value: unknown): string => (typeof value === 'string' && isRealDate(value) ? value : '');

function optionFrom(question: IntakeQuestion, value: unknown): Entry {
  const text = typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);
  const known = optionsOf(question).some((option) => option.value === text);
  return { type: 'option', value: known ? text : null };
}

function isotretinoinFrom(value: unknown): Entry {
  if (value === null) return { type: 'isotretinoin', use: 'never', date: '' };
  if (value === 'current') return { type: 'isotretinoin', use: 'current', date: '' };
  const date = asDate(value);
  return { type: 'isotretinoin', use: date === '' ? null : 'past', date };
}

function proceduresFrom(value: unknown): Entry {
  const items = Array.isArray(value) ? (value as unknown[]) : [];
  const rows = items.flatMap((item) => {
    if (typeof item !== 'object' || item === null) return [];
    const { kind, date } = item as Record<string, unknown>;
    return typeof kind === 'string' ? [{ key: newKey(), kind, date: asDate(date) }] : [];
  });
  return { type: 'procedures', none: Array.isArray(value) && value.length === 0, rows };
}

function allergiesFrom(value: unknown): Entry {
  const items = Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
  return {
    type: 'allergies',
    none: Array.isArray(value) && value.length === 0,
    codes: items.filter((item) => item in allergyLabels),
    other: items.filter((item) => !(item in allergyLabels)).map((text) => ({ key: newKey(), text })),
  };
}

/** One stored answer as an entry; stored answers come from the server, so their shape is checked. */
function entryFrom(question: IntakeQuestion, value: unknown): Entry {
  switch (question.kind.type) {
    case 'last_date':
      return value === null
        ? { type: 'last_date', never: true, date: '' }
        : { type: 'last_date', never: false, date: asDate(value) };
    case 'isotretinoin':
      return isotretinoinFrom(value);
    case 'procedures':
      return proceduresFrom(value);
    case 'allergies':
      return allergiesFrom(value);
    default:
      return optionFrom(question, value);
  }
}

/** The form as it starts from saved answers, e.g. a draft or the history as last recorded. */
export function formFromAnswers(answers: Record<string, unknown>, questionnaire: Questionnaire): IntakeForm {
  const form: IntakeForm = {};
  for (const question of questionnaire.questions) {
    if (question.id in answers) form[question.id] = entryFrom(question, answers[question.id]);
  }
  return form;
}

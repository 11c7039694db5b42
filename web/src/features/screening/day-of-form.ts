import {
  intakeAnswers,
  intakeQuestions,
  intakeSteps,
  type DayOfCheckRequest,
  type IntakeAnswers,
  type IntakeQuestion,
  type PatientScreening,
  type QuestionId,
} from '@corium/contracts';
import type { FieldErrors } from '../../lib/form-errors';
import { answerOf } from '../intake/intake-answers';
import { entryOf, type IntakeForm } from '../intake/intake-values';
import {
  plannedTreatmentOf,
  treatmentErrors,
  treatmentFields,
  treatmentStart,
  type TreatmentValues,
} from './treatment-form';

export interface DayOfValues extends TreatmentValues {
  attestedBy: 'patient' | 'practitioner' | null;
  changed: 'yes' | 'no' | null;
  /** The questions whose answer is different today, in the order they were picked. */
  changedQuestions: QuestionId[];
  /** The new answers, as the intake's controls hold them. */
  changes: IntakeForm;
}

/** The session is today's, even when the form was opened before midnight and sent after it. */
function onDay(values: DayOfValues, today: string): DayOfValues {
  return { ...values, plannedTreatment: { ...values.plannedTreatment, date: today } };
}

export function dayOfStart(today: string, latest: PatientScreening | undefined): DayOfValues {
  return {
    ...treatmentStart(today, latest),
    attestedBy: null,
    changed: null,
    changedQuestions: [],
    changes: {},
  };
}

const questionById = new Map(intakeQuestions.map((question) => [question.id, question]));

export const questionOf = (id: QuestionId): IntakeQuestion | undefined => questionById.get(id);

/** The questions to pick from, grouped by the intake's steps so each is where staff expect it. */
export const changeChoices = intakeSteps.map((step) => ({
  group: step.title,
  items: intakeQuestions
    .filter((question) => question.step === step.id)
    .map((question) => ({ value: question.id, label: question.label })),
}));

/**
 * Error paths in reading order; each changed answer's path matches the server's (`changes.<id>`).
 * The date has no field here (the session is today's), so a message about it goes to the form.
 */
export function dayOfFields(values: DayOfValues): string[] {
  return [
    'attestedBy',
    'changed',
    'changedQuestions',
    ...values.changedQuestions.map((id) => `changes.${id}`),
    'changes',
    ...treatmentFields.filter((field) => field !== 'plannedTreatment.date'),
  ];
}

/** Dates in an answer: a last date, or each treatment's date in a list. */
function datesIn(answer: unknown): string[] {
  if (typeof answer === 'string') return [answer];
  if (!Array.isArray(answer)) return [];
  return answer.flatMap((item: unknown) =>
    typeof item === 'object' && item !== null && 'date' in item && typeof item.date === 'string'
      ? [item.date]
      : [],
  );
}

function changeProblem(question: IntakeQuestion, values: DayOfValues, today: string): string | null {
  const answer = answerOf(question, entryOf(values.changes, question));
  if (answer === undefined) return 'Give the new answer, or take this question off the list';
  // Calendar days in `YYYY-MM-DD` compare correctly as strings; "current" is not a date.
  const future = datesIn(answer).some((date) => /^\d{4}-/.test(date) && date > today);
  return future ? 'A date in the history cannot be after today' : null;
}

function changeErrors(values: DayOfValues, today: string): FieldErrors {
  const errors: FieldErrors = {};
  if (values.changedQuestions.length === 0) {
    errors.changedQuestions = 'Choose the answers that changed, or answer “No” above';
  }
  for (const id of values.changedQuestions) {
    const question = questionOf(id);
    const problem = question ? changeProblem(question, values, today) : null;
    if (problem) errors[`changes.${id}`] = problem;
  }
  return errors;
}

/** `today` is the clinic's calendar day, which is the treatment's whatever the form started with. */
export function dayOfErrors(values: DayOfValues, today: string): FieldErrors {
  const errors: FieldErrors = treatmentErrors(onDay(values, today), today);
  if (values.attestedBy === null) errors.attestedBy = 'Say who confirms the answers';
  if (values.changed === null) errors.changed = 'Say whether anything has changed';
  if (values.changed === 'yes') Object.assign(errors, changeErrors(values, today));
  return errors;
}

/** The new answers keyed by question id, as the server checks them. */
function changesOf(values: DayOfValues): IntakeAnswers {
  const changes: Record<string, unknown> = {};
  for (const id of values.changedQuestions) {
    const question = questionOf(id);
    if (question) changes[id] = answerOf(question, entryOf(values.changes, question));
  }
  return intakeAnswers.parse(changes);
}

/** Only for values `dayOfErrors` accepted; `today` is the clinic's calendar day. */
export function dayOfRequest(values: DayOfValues, today: string): DayOfCheckRequest {
  const { attestedBy } = values;
  if (attestedBy === null) throw new Error('A day-of check is sent only once someone has confirmed it');
  const changed = values.changed === 'yes';
  return {
    attestedBy,
    changed,
    ...(changed && { changes: changesOf(values) }),
    plannedTreatment: plannedTreatmentOf(onDay(values, today)),
    isFirstSession: values.firstSession === 'yes',
  };
}

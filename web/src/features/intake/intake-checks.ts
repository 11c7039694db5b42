import type { IntakeQuestion, IntakeStepId, QuestionId } from '@corium/contracts';
import { ApiError, describeError } from '../../lib/api';
import type { FieldErrors, FormFailure } from '../../lib/form-errors';
import { isFinishedRow } from './intake-answers';
import { entryOf, isRealDate, type Entry, type IntakeForm } from './intake-values';
import { questionsOf, type IntakeWords, type Questionnaire } from './questionnaire';

const notRealDate = 'This is not a real date. Check the day, month and year.';
const inFuture = 'This date is in the future. Enter the last time it happened.';

/** `missing` is the message for an empty date that the answer needs, or null when empty is fine. */
function dateProblem(date: string, today: string, missing: string | null): string | null {
  if (date === '') return missing;
  if (!isRealDate(date)) return notRealDate;
  // Calendar days in `YYYY-MM-DD` compare correctly as strings.
  return date > today ? inFuture : null;
}

function rowProblems(
  entry: Extract<Entry, { type: 'procedures' }>,
  id: QuestionId,
  today: string,
  words: IntakeWords,
) {
  const errors: FieldErrors = {};
  if (entry.none) return errors;
  entry.rows.forEach((row, index) => {
    // A row added by mistake and left blank is simply ignored.
    if (row.kind === null && row.date === '') return;
    if (row.kind === null) errors[`${id}.${index}.kind`] = 'Choose which treatment this was.';
    const date = dateProblem(row.date, today, words.treatmentDateMissing);
    if (date) errors[`${id}.${index}.date`] = date;
  });
  return errors;
}

/**
 * What stops an entry from being a whole answer although the patient started it, e.g. a
 * treatment without its date. Questions left alone are not problems: the clinic will ask.
 */
function entryProblems(
  question: IntakeQuestion,
  entry: Entry,
  today: string,
  words: IntakeWords,
): FieldErrors {
  const id = question.id;
  let problem: string | null = null;
  if (entry.type === 'procedures') return rowProblems(entry, id, today, words);
  if (entry.type === 'last_date' && !entry.never) problem = dateProblem(entry.date, today, null);
  if (entry.type === 'isotretinoin' && entry.use === 'past') {
    problem = dateProblem(entry.date, today, words.tabletDateMissing);
  }
  return problem ? { [id]: problem } : {};
}

export function stepProblems(
  questionnaire: Questionnaire,
  step: IntakeStepId | undefined,
  form: IntakeForm,
  today: string,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const question of questionsOf(questionnaire, step)) {
    Object.assign(errors, entryProblems(question, entryOf(form, question), today, questionnaire.words));
  }
  return errors;
}

/** The question an error belongs to: `recent_procedures.0.date` → `recent_procedures`. */
export function questionOfError(questionnaire: Questionnaire, path: string): IntakeQuestion | undefined {
  const id = path.split('.')[0];
  return questionnaire.questions.find((question) => question.id === id);
}

/**
 * Where a server path such as `answers.recent_procedures.1.date` shows on screen. The server
 * counts only finished treatments, so its index is turned back into the row the patient sees.
 */
function placeOnScreen(questionnaire: Questionnaire, path: string, form: IntakeForm): string | undefined {
  const [root, id, index, field] = path.split('.');
  const question = root === 'answers' ? questionOfError(questionnaire, id ?? '') : undefined;
  if (!question) return undefined;
  const entry = entryOf(form, question);
  if (entry.type !== 'procedures' || index === undefined) return question.id;
  const row = entry.rows.filter(isFinishedRow)[Number(index)];
  const onScreen = row ? entry.rows.indexOf(row) : -1;
  const rowField = field === 'kind' || field === 'date' ? field : 'kind';
  return onScreen < 0 ? question.id : `${question.id}.${onScreen}.${rowField}`;
}

/** Sorts a refused submission into messages beside the questions and one for the whole form. */
export function submitFailure(error: unknown, form: IntakeForm, questionnaire: Questionnaire): FormFailure {
  if (!(error instanceof ApiError) || error.code !== 'VALIDATION_FAILED') {
    return { fieldErrors: {}, formMessage: describeError(error) };
  }
  const fieldErrors: FieldErrors = {};
  const unplaced: string[] = [];
  for (const issue of error.fieldIssues) {
    const place = placeOnScreen(questionnaire, issue.path, form);
    if (place === undefined) unplaced.push(issue.message);
    else fieldErrors[place] ??= issue.message;
  }
  const formMessage = unplaced.length > 0 ? [error.message, ...unplaced].join(' ') : null;
  return { fieldErrors, formMessage };
}

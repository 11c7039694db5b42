import type { IntakeQuestion } from '@corium/contracts';
import type { Questionnaire } from './questionnaire';
import {
  entryOf,
  isRealDate,
  type Answers,
  type Entry,
  type IntakeForm,
  type ProcedureRow,
} from './intake-values';

/** A treatment with both its kind and a real date; only these are sent. */
export const isFinishedRow = (row: ProcedureRow): boolean => row.kind !== null && isRealDate(row.date);

function optionAnswer(question: IntakeQuestion, value: string | null): unknown {
  if (value === null) return undefined;
  if (question.kind.type === 'yes_no') return value === 'yes';
  if (question.kind.type === 'fitzpatrick') return Number(value);
  return value;
}

function isotretinoinAnswer(entry: Extract<Entry, { type: 'isotretinoin' }>): unknown {
  if (entry.use === 'never') return null;
  if (entry.use === 'current') return 'current';
  return entry.use === 'past' && isRealDate(entry.date) ? entry.date : undefined;
}

/** A list whose "none" box is ticked is an answer (`[]`); an empty list is not answered yet. */
function listAnswer(none: boolean, items: unknown[]): unknown {
  if (none) return [];
  return items.length > 0 ? items : undefined;
}

/**
 * One question's answer in the shape the server checks, or `undefined` while it is not a whole
 * answer: an unfinished date or treatment is kept on screen but never sent.
 */
export function answerOf(question: IntakeQuestion, entry: Entry): unknown {
  switch (entry.type) {
    case 'option':
      return optionAnswer(question, entry.value);
    case 'last_date':
      if (entry.never) return null;
      return isRealDate(entry.date) ? entry.date : undefined;
    case 'isotretinoin':
      return isotretinoinAnswer(entry);
    case 'procedures': {
      const done = entry.rows.filter(isFinishedRow);
      return listAnswer(
        entry.none,
        done.map((row) => ({ kind: row.kind, date: row.date })),
      );
    }
    case 'allergies': {
      const typed = entry.other.map((item) => item.text.trim()).filter((text) => text !== '');
      return listAnswer(entry.none, [...entry.codes, ...typed]);
    }
  }
}

export function answersFromForm(form: IntakeForm, questionnaire: Questionnaire): Answers {
  const answers: Answers = {};
  for (const question of questionnaire.questions) {
    const answer = answerOf(question, entryOf(form, question));
    if (answer !== undefined) answers[question.id] = answer;
  }
  return answers;
}

export function unansweredQuestions(form: IntakeForm, questionnaire: Questionnaire): IntakeQuestion[] {
  return questionnaire.questions.filter(
    (question) => answerOf(question, entryOf(form, question)) === undefined,
  );
}

import type { IntakeQuestion } from '@corium/contracts';
import { answerWords } from '../intake/answer-words';
import type { Answers } from '../intake/intake-values';
import { staffQuestionnaire } from '../intake/questionnaire';
import { sameAnswer } from '../patient-record/answer-text';

/** One question whose answer a new version would change; `null` is "not answered". */
export interface AnswerChange {
  question: IntakeQuestion;
  before: string[] | null;
  after: string[] | null;
}

const wordsOf = (question: IntakeQuestion, answer: unknown): string[] | null =>
  answer === undefined ? null : answerWords(question, answer, staffQuestionnaire.words);

/**
 * What saving `after` would change in the history in force (`before`), in the questionnaire's
 * order: e.g. the toxin date from "Never, or not in the last year" to "3 Nov 2026".
 */
export function historyChanges(before: Record<string, unknown>, after: Answers): AnswerChange[] {
  return staffQuestionnaire.questions.flatMap((question) => {
    const old = before[question.id];
    const next = after[question.id];
    return sameAnswer(old, next)
      ? []
      : [{ question, before: wordsOf(question, old), after: wordsOf(question, next) }];
  });
}

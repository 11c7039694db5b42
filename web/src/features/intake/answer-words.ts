import { allergyLabels, procedureLabels, type IntakeQuestion } from '@corium/contracts';
import { calendarDate } from '../../lib/clinic-time';
import { noneLabels, optionsOf } from './intake-values';
import type { IntakeWords } from './questionnaire';

const label = (options: readonly { value: string; label: string }[], value: string) =>
  options.find((option) => option.value === value)?.label ?? value;

function optionWords(question: IntakeQuestion, answer: unknown): string {
  const value = typeof answer === 'boolean' ? (answer ? 'yes' : 'no') : String(answer);
  return label(optionsOf(question), value);
}

function isotretinoinWords(answer: unknown, words: IntakeWords): string {
  const options = words.isotretinoinOptions;
  if (answer === null) return label(options, 'never');
  if (answer === 'current') return label(options, 'current');
  return `${label(options, 'past')}: the last tablet on ${calendarDate(String(answer))}`;
}

function procedureWords(answer: unknown[]): string[] {
  if (answer.length === 0) return [noneLabels.procedures];
  return answer.map((item) => {
    const { kind, date } = item as { kind: string; date: string };
    return `${procedureLabels[kind] ?? kind}, ${calendarDate(date)}`;
  });
}

function allergyWords(answer: unknown[]): string[] {
  if (answer.length === 0) return [noneLabels.allergies];
  return answer.map((item) => allergyLabels[String(item)] ?? String(item));
}

/**
 * An answer in the words it was chosen by, one line per item of a list, so the review reads
 * back exactly what was ticked; dates as the device writes them.
 */
export function answerWords(question: IntakeQuestion, answer: unknown, words: IntakeWords): string[] {
  switch (question.kind.type) {
    case 'last_date':
      return [answer === null ? question.kind.neverLabel : calendarDate(String(answer))];
    case 'isotretinoin':
      return [isotretinoinWords(answer, words)];
    case 'procedures':
      return procedureWords(answer as unknown[]);
    case 'allergies':
      return allergyWords(answer as unknown[]);
    default:
      return [optionWords(question, answer)];
  }
}

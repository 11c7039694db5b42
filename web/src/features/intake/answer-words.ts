import { allergyLabels, procedureLabels, type IntakeQuestion } from '@corium/contracts';
import { calendarDate } from '../../lib/clinic-time';
import { isotretinoinOptions, noneLabels, optionsOf } from './intake-values';

const label = (options: readonly { value: string; label: string }[], value: string) =>
  options.find((option) => option.value === value)?.label ?? value;

function optionWords(question: IntakeQuestion, answer: unknown): string {
  const value = typeof answer === 'boolean' ? (answer ? 'yes' : 'no') : String(answer);
  return label(optionsOf(question), value);
}

function isotretinoinWords(answer: unknown): string {
  if (answer === null) return label(isotretinoinOptions, 'never');
  if (answer === 'current') return label(isotretinoinOptions, 'current');
  return `${label(isotretinoinOptions, 'past')}: the last tablet on ${calendarDate(String(answer))}`;
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
 * An answer in the words the patient chose it by, one line per item of a list, so the review
 * reads back exactly what was ticked; dates as the patient's device writes them.
 */
export function answerWords(question: IntakeQuestion, answer: unknown): string[] {
  switch (question.kind.type) {
    case 'last_date':
      return [answer === null ? question.kind.neverLabel : calendarDate(String(answer))];
    case 'isotretinoin':
      return [isotretinoinWords(answer)];
    case 'procedures':
      return procedureWords(answer as unknown[]);
    case 'allergies':
      return allergyWords(answer as unknown[]);
    default:
      return [optionWords(question, answer)];
  }
}

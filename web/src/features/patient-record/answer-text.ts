import { intakeQuestions, type IntakeQuestion } from '@corium/contracts';
import { calendarDate, clinicDateTime } from '../../lib/clinic-time';
import { answerWords } from '../intake/answer-words';
import type { IntakeWords } from '../intake/questionnaire';

// Kept in capitals when they appear in a question id, e.g. `hiv_positive` → "HIV positive".
const acronyms = new Set(['hiv', 'hpv', 'hsv', 'ipl', 'led', 'pih', 'prp', 'spf', 'uv']);

/** `pregnant_or_breastfeeding` → "Pregnant or breastfeeding"; camelCase ids read the same way. */
export function readableId(id: string): string {
  const words = id
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[_\s-]+/)
    .filter((word) => word !== '')
    .map((word) => (acronyms.has(word.toLowerCase()) ? word.toUpperCase() : word.toLowerCase()));
  const sentence = words.join(' ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

const calendarDay = /^\d{4}-\d{2}-\d{2}$/;
const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
// Choices stored as ids, e.g. `superficial_peel` or `none`; free text with spaces stays as written.
const choiceId = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;

function stringText(value: string, timeZone: string): string {
  if (value.trim() === '') return '—';
  if (calendarDay.test(value) && !Number.isNaN(Date.parse(value))) return calendarDate(value);
  if (instant.test(value) && !Number.isNaN(Date.parse(value))) return clinicDateTime(value, timeZone);
  return choiceId.test(value) ? readableId(value) : value;
}

/** Any stored answer as words: Yes/No, dates as dates, lists joined, nothing as "—". */
export function answerText(value: unknown, timeZone: string): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return value.toLocaleString();
  if (typeof value === 'string') return stringText(value, timeZone);
  if (Array.isArray(value)) {
    return value.length === 0 ? 'None' : value.map((item) => answerText(item, timeZone)).join(', ');
  }
  if (typeof value === 'object') {
    return Object.entries(value)
      .map(([key, item]) => `${readableId(key)}: ${answerText(item, timeZone)}`)
      .join('; ');
  }
  return String(value);
}

/** The same value however it was stored: object keys in any order, list items in any order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).sort().join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/**
 * True when two answers say the same, e.g. the same allergies ticked in another order; a
 * question answered in one and not in the other has changed.
 */
export const sameAnswer = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);

export interface ReadableAnswer {
  id: string;
  question: string;
  /** "—" for a question not answered in this version. */
  answer: string;
  /** A "yes" in an intake form is what a clinician must not miss, e.g. pregnancy or blood thinners. */
  flagged: boolean;
  /** The answer it is compared with, when that one differs; "—" when it was not answered there. */
  otherAnswer?: string;
}

const questionById = new Map<string, IntakeQuestion>(
  intakeQuestions.map((question) => [question.id, question]),
);
const questionOrder = (id: string) => {
  const index = intakeQuestions.findIndex((question) => question.id === id);
  return index < 0 ? intakeQuestions.length : index;
};

/** A known question's answer in the words it is chosen by ("Never, or not in the last year"). */
function wordsOf(id: string, value: unknown, timeZone: string, words: IntakeWords): string {
  const question = questionById.get(id);
  if (value === undefined) return '—';
  if (!question) return answerText(value, timeZone);
  try {
    return answerWords(question, value, words).join(', ');
  } catch {
    // A stored answer in a shape the question no longer takes is still shown, never hidden.
    return answerText(value, timeZone);
  }
}

interface ReadOptions {
  timeZone: string;
  words: IntakeWords;
  /** Other answers, e.g. an earlier version: those that differ carry `otherAnswer`. */
  compareWith?: Record<string, unknown>;
}

/** Every answer in the questionnaire's order, with any question only the comparison answers. */
export function readableAnswers(answers: Record<string, unknown>, options: ReadOptions): ReadableAnswer[] {
  const { timeZone, words, compareWith } = options;
  const ids = [...new Set([...Object.keys(answers), ...Object.keys(compareWith ?? {})])];
  ids.sort((a, b) => questionOrder(a) - questionOrder(b));
  return ids.map((id) => {
    const value = answers[id];
    const changed = compareWith !== undefined && !sameAnswer(value, compareWith[id]);
    return {
      id,
      question: readableId(id),
      answer: wordsOf(id, value, timeZone, words),
      flagged: value === true,
      ...(changed ? { otherAnswer: wordsOf(id, compareWith[id], timeZone, words) } : {}),
    };
  });
}

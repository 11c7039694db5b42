import { calendarDate, clinicDateTime } from '../../lib/clinic-time';

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

export interface ReadableAnswer {
  id: string;
  question: string;
  answer: string;
  /** A "yes" in an intake form is what a clinician must not miss, e.g. pregnancy or blood thinners. */
  flagged: boolean;
}

export function readableAnswers(answers: Record<string, unknown>, timeZone: string): ReadableAnswer[] {
  return Object.entries(answers).map(([id, value]) => ({
    id,
    question: readableId(id),
    answer: answerText(value, timeZone),
    flagged: value === true,
  }));
}

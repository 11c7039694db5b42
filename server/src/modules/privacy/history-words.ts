import {
  allergyLabels,
  fitzpatrickLabels,
  intakeQuestions,
  procedureLabels,
  type IntakeQuestion,
} from '@corium/contracts';
import { longDate } from '../consent/consent-time';

/**
 * Health-questionnaire answers in plain words for the patient's summary: each question as the
 * patient read it, each answer as the option they chose ("Yes — blackheads and whiteheads
 * only"), dates as `2 November 2026`. Questions not answered are left out.
 */

export interface AnswerLine {
  question: string;
  answer: string;
}

/** `2026-11-02` → `2 November 2026`; anything else as it was stored. */
export const longDay = (day: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(day) ? longDate(day) : day);

const listOr = (items: string[], none: string): string => (items.length === 0 ? none : items.join('; '));

function words(question: IntakeQuestion, value: unknown): string {
  const kind = question.kind;
  switch (kind.type) {
    case 'yes_no':
      return value === true ? 'Yes' : value === false ? 'No' : String(value);
    case 'choice':
      return kind.options.find((o) => o.value === value)?.label ?? String(value);
    case 'last_date':
      return value === null ? kind.neverLabel : longDay(String(value));
    case 'isotretinoin':
      if (value === null) return 'Never';
      return value === 'current' ? 'Yes, I take it now' : `Yes, the last tablet on ${longDay(String(value))}`;
    case 'procedures':
      return listOr(
        (value as { kind: string; date: string }[]).map(
          (p) => `${procedureLabels[p.kind] ?? p.kind}, ${longDay(p.date)}`,
        ),
        'None',
      );
    case 'allergies':
      return listOr(
        (value as string[]).map((a) => allergyLabels[a] ?? a),
        'None',
      );
    case 'fitzpatrick':
      return `Type ${String(value)}: ${fitzpatrickLabels[Number(value)] ?? ''}`.trim();
  }
}

/** Every answered question, in the questionnaire's order; answers of unknown questions last. */
export function historyLines(answers: Record<string, unknown>): AnswerLine[] {
  const known = intakeQuestions
    .filter((q) => answers[q.id] !== undefined)
    .map((q) => {
      try {
        return { question: q.label, answer: words(q, answers[q.id]) };
      } catch {
        // An answer stored in a shape the question no longer takes is still printed, never hidden.
        return { question: q.label, answer: JSON.stringify(answers[q.id]) };
      }
    });
  const ids = new Set(intakeQuestions.map((q) => q.id as string));
  const unknown = Object.entries(answers)
    .filter(([id, value]) => !ids.has(id) && value !== undefined)
    .map(([id, value]) => ({ question: id.replace(/_/g, ' '), answer: JSON.stringify(value) }));
  return [...known, ...unknown];
}

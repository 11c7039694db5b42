import { allergyLabels, intakeQuestions, intakeSteps, type IntakeQuestion } from '@corium/contracts';
import { CORIUM_SYSTEM, INTAKE_QUESTIONNAIRE } from './clinical.mapper';
import type { FhirResource } from './fhir-resource';

/** The answers of the intake's choice questions, coded by their values (`rarely`, `current` …). */
export const INTAKE_ANSWER_SYSTEM = `${CORIUM_SYSTEM}/intake-answer`;

const option = (code: string, display: string) => ({
  valueCoding: { system: INTAKE_ANSWER_SYSTEM, code, display },
});

/** How each kind of intake question is typed, matching the answers its QuestionnaireResponses carry. */
function typed(question: IntakeQuestion): Record<string, unknown> {
  const kind = question.kind;
  switch (kind.type) {
    case 'yes_no':
      return { type: 'boolean' };
    case 'choice':
      return { type: 'choice', answerOption: kind.options.map((o) => option(o.value, o.label)) };
    case 'last_date':
      return { type: 'date' };
    case 'isotretinoin':
      // A date (the last dose), or "current": answered as text (YYYY-MM-DD or current).
      return { type: 'string' };
    case 'procedures':
      return { type: 'string', repeats: true };
    case 'allergies':
      return {
        type: 'open-choice',
        repeats: true,
        answerOption: Object.entries(allergyLabels).map(([code, label]) => option(code, label)),
      };
    case 'fitzpatrick':
      return { type: 'integer' };
  }
}

const stepTitles = new Map<string, string>(intakeSteps.map((s) => [s.id, s.title]));

/**
 * The intake questionnaire, whose item linkIds are the canonical question ids every intake
 * QuestionnaireResponse answers. Items stay flat, as the responses are; each names its step.
 */
export function toIntakeQuestionnaire(): FhirResource {
  return {
    resourceType: 'Questionnaire',
    id: 'intake',
    url: INTAKE_QUESTIONNAIRE,
    name: 'CoriumIntake',
    title: 'Medical history before microneedling',
    status: 'active',
    subjectType: ['Patient'],
    item: intakeQuestions.map((q) => ({
      linkId: q.id,
      prefix: stepTitles.get(q.step),
      text: q.label,
      ...typed(q),
    })),
  };
}

import { outcomeScales, type OutcomeScaleId } from '@corium/contracts';
import { CORIUM_SYSTEM, derivedId } from './clinical.mapper';
import type { CheckInRow } from './fhir-aftercare.repo';
import type { OutcomeScoreRow } from './fhir-observations.repo';
import { reference, type FhirResource } from './fhir-resource';
import { CORIUM_EXTENSION } from './procedure.mapper';

/** Where in a course an outcome score was taken: baseline, before_session, month_3, month_6, other. */
export const OUTCOME_TIMEPOINT_EXTENSION = `${CORIUM_EXTENSION}/outcome-timepoint`;

const codeable = (system: string, code: string, display?: string) => ({
  coding: [{ system, code, ...(display ? { display } : {}) }],
  ...(display ? { text: display } : {}),
});

const category = (code: 'survey' | 'exam') =>
  codeable(
    'http://terminology.hl7.org/CodeSystem/observation-category',
    code,
    code === 'survey' ? 'Survey' : 'Exam',
  );

const triageLabels = {
  expected: 'As expected',
  review: 'Clinic to review within days',
  urgent: 'Clinic to call today',
  emergency: 'Emergency',
} as const;

interface CheckInAnswersJson {
  effects?: Record<string, number>;
  redFlags?: Record<string, boolean>;
  note?: string;
}

/**
 * One answered aftercare check-in: the triage level as the value, each effect's 0–3 score and
 * each red-flag answer as a component. Coded in Corium's own system: no LOINC panel matches
 * this questionnaire.
 */
export function toCheckInObservation(row: CheckInRow): FhirResource {
  const answers = row.answers as CheckInAnswersJson;
  const effects = Object.entries(answers.effects ?? {}).map(([effect, score]) => ({
    code: codeable(`${CORIUM_SYSTEM}/check-in-effect`, effect, effect),
    valueInteger: score,
  }));
  const redFlags = Object.entries(answers.redFlags ?? {}).map(([flag, yes]) => ({
    code: codeable(`${CORIUM_SYSTEM}/check-in-red-flag`, flag, flag.replace(/_/g, ' ')),
    valueBoolean: yes,
  }));
  return {
    resourceType: 'Observation',
    id: row.id,
    meta: { lastUpdated: row.submitted_at.toISOString() },
    basedOn: [reference('CarePlan', row.plan_id)],
    partOf: [reference('Procedure', row.session_id)],
    status: 'final',
    category: [category('survey')],
    code: codeable(
      `${CORIUM_SYSTEM}/observation`,
      'aftercare-check-in',
      `Aftercare check-in, day ${row.day}`,
    ),
    subject: reference('Patient', row.patient_id),
    effectiveDateTime: row.submitted_at.toISOString(),
    performer: [reference('Patient', row.patient_id)],
    valueCodeableConcept: codeable(`${CORIUM_SYSTEM}/triage-level`, row.level, triageLabels[row.level]),
    ...(answers.note ? { note: [{ text: answers.note }] } : {}),
    component: [...effects, ...redFlags],
  };
}

/**
 * One outcome scale score. Coded by the scale in Corium's own system, with the scale's version
 * as the coding's version: no LOINC code was verified for these scales.
 */
export function toOutcomeObservation(row: OutcomeScoreRow): FhirResource {
  const scale = outcomeScales[row.scale as OutcomeScaleId];
  const label = scale?.labels?.[row.score];
  return {
    resourceType: 'Observation',
    id: row.id,
    meta: { lastUpdated: row.recorded_at.toISOString() },
    extension: [{ url: OUTCOME_TIMEPOINT_EXTENSION, valueCode: row.timepoint }],
    ...(row.series_id ? { basedOn: [reference('CarePlan', row.series_id)] } : {}),
    ...(row.session_id ? { partOf: [reference('Procedure', row.session_id)] } : {}),
    status: 'final',
    category: [category(row.rater === 'clinician' ? 'exam' : 'survey')],
    code: {
      coding: [
        {
          system: `${CORIUM_SYSTEM}/outcome-scale`,
          version: row.scale_version,
          code: row.scale,
          ...(scale ? { display: scale.name } : {}),
        },
      ],
      text: scale?.name ?? row.scale,
    },
    subject: reference('Patient', row.patient_id),
    ...(row.concern
      ? { focus: [reference('Condition', derivedId(row.patient_id, `concern:${row.concern}`))] }
      : {}),
    effectiveDateTime: row.rated_on,
    issued: row.recorded_at.toISOString(),
    performer: [
      row.rated_by ? reference('Practitioner', row.rated_by) : reference('Patient', row.patient_id),
    ],
    valueQuantity: { value: row.score },
    ...(label ? { interpretation: [{ text: label }] } : {}),
    ...(row.note ? { note: [{ text: row.note }] } : {}),
  };
}

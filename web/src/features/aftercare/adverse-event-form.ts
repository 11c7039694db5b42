import {
  recordAdverseEventRequest,
  type AftercareAlert,
  type RecordAdverseEventRequest,
} from '@corium/contracts';
import { schemaErrors, type FieldErrors } from '../../lib/form-errors';

/** The form as typed: selects hold strings, numbers may be empty while the person types. */
export interface AdverseEventValues {
  term: string;
  termOther: string;
  description: string;
  onsetDay: number | '';
  severityGrade: string;
  seriousness: string[];
  treatmentGiven: string;
  outcome: string;
  causality: string;
}

export const adverseEventFields = [
  'term',
  'termOther',
  'description',
  'onsetDay',
  'severityGrade',
  'seriousness',
  'treatmentGiven',
  'outcome',
  'causality',
] as const;

/**
 * A fresh form. From an alert, the onset day is its check-in's day and the description starts
 * with what the check-in found, for the clinician to correct and complete; the rest is a judgement
 * the clinician makes, so nothing else is pre-chosen.
 */
export function initialAdverseEvent(alert: AftercareAlert | null): AdverseEventValues {
  return {
    term: '',
    termOther: '',
    description: alert ? alert.reasons.map((reason) => reason.staffText).join('\n') : '',
    onsetDay: alert?.checkInDay ?? '',
    severityGrade: '',
    seriousness: [],
    treatmentGiven: '',
    outcome: '',
    causality: '',
  };
}

/** The request the values make, with the session and alert they belong to. */
export function adverseEventRequest(
  values: AdverseEventValues,
  sessionId: string,
  alertId: string | null,
): Record<string, unknown> {
  const termOther = values.termOther.trim();
  return {
    sessionId,
    ...(alertId ? { alertId } : {}),
    term: values.term || undefined,
    ...(values.term === 'other' ? { termOther } : {}),
    description: values.description.trim(),
    onsetDay: values.onsetDay === '' ? undefined : values.onsetDay,
    severityGrade: values.severityGrade === '' ? undefined : Number(values.severityGrade),
    seriousness: values.seriousness,
    treatmentGiven: values.treatmentGiven.trim(),
    outcome: values.outcome || undefined,
    causality: values.causality || undefined,
  };
}

const blank = {
  term: 'Choose the event’s term',
  termOther: 'Name the event',
  description: 'Describe what happened',
  onsetDay: 'Say on which day after the session it began',
  severityGrade: 'Choose a severity grade',
  outcome: 'Choose the outcome so far',
  causality: 'Choose how likely the treatment caused it',
};

/** Field errors by the contract's own rules; none means `parse` will succeed. */
export function validateAdverseEvent(values: AdverseEventValues, sessionId: string): FieldErrors {
  return schemaErrors(recordAdverseEventRequest, adverseEventRequest(values, sessionId, null), blank);
}

export function parseAdverseEvent(
  values: AdverseEventValues,
  sessionId: string,
  alertId: string | null,
): RecordAdverseEventRequest {
  return recordAdverseEventRequest.parse(adverseEventRequest(values, sessionId, alertId));
}

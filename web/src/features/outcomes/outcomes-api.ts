import {
  followUpsDue,
  outcomeScoreCreated,
  patientOutcomes,
  type FollowUpDue,
  type OutcomeScore,
  type PatientOutcomes,
  type RecordOutcomeScore,
  type RecordOwnOutcomeScore,
} from '@corium/contracts';
import { request, segment } from '../../lib/api';

const patientPath = (patientId: string) => `/api/patients/${segment(patientId)}/outcomes`;

/** Staff: a patient's scores, progress and schedule; recording; marking an error; who is due. */
export const outcomesApi = {
  patient: (patientId: string): Promise<PatientOutcomes> =>
    request('GET', patientPath(patientId), patientOutcomes),
  record: async (patientId: string, body: RecordOutcomeScore): Promise<OutcomeScore> =>
    (await request('POST', patientPath(patientId), outcomeScoreCreated, body)).score,
  markEnteredInError: async (patientId: string, scoreId: string, reason: string): Promise<OutcomeScore> =>
    (
      await request(
        'POST',
        `${patientPath(patientId)}/${segment(scoreId)}/entered-in-error`,
        outcomeScoreCreated,
        { reason },
      )
    ).score,
  followUps: async (): Promise<FollowUpDue[]> =>
    (await request('GET', '/api/outcomes/follow-ups', followUpsDue)).followUps,
};

/** The patient's own progress and questionnaires: always their own record, no id is ever sent. */
export const portalOutcomesApi = {
  progress: (): Promise<PatientOutcomes> => request('GET', '/api/portal/outcomes', patientOutcomes),
  answer: async (body: RecordOwnOutcomeScore): Promise<OutcomeScore> =>
    (await request('POST', '/api/portal/outcomes', outcomeScoreCreated, body)).score,
};

import { historyVersions, medicalHistory, type MedicalHistory } from '@corium/contracts';
import { request, segment, withQuery } from '../../lib/api';
import type { Answers } from '../intake/intake-values';

/** A version as the list of versions gives it: who, when and how, without the answers. */
export type HistoryVersion = Omit<MedicalHistory, 'answers'>;

const historyPath = (patientId: string) => `/api/patients/${segment(patientId)}/medical-history`;

/** A patient's medical history for clinical staff. Every call is logged as a look at the record. */
export const historyApi = {
  /** The history in force now; refused with `NOT_FOUND` while none has been recorded. */
  current: (patientId: string): Promise<MedicalHistory> =>
    request('GET', historyPath(patientId), medicalHistory),
  /** What was known at the end of `day` (`YYYY-MM-DD`, the clinic's calendar); `NOT_FOUND` before any. */
  asOf: (patientId: string, day: string): Promise<MedicalHistory> =>
    request('GET', withQuery(historyPath(patientId), { asOf: day }), medicalHistory),
  /** Every version, newest first. */
  versions: async (patientId: string): Promise<HistoryVersion[]> =>
    (await request('GET', `${historyPath(patientId)}/versions`, historyVersions)).versions,
  /** The whole set of answers as a new version, entered by the signed-in staff member. */
  record: (patientId: string, answers: Answers): Promise<MedicalHistory> =>
    request('POST', historyPath(patientId), medicalHistory, { answers }),
};

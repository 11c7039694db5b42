import {
  patientScreening,
  patientScreeningList,
  type DayOfCheckRequest,
  type OverrideRequest,
  type PatientScreening,
  type ScreenPatientRequest,
} from '@corium/contracts';
import { request, segment } from '../../lib/api';

const screeningsPath = (patientId: string) => `/api/patients/${segment(patientId)}/screenings`;

/** A patient's screenings: each is stored with its inputs, rule-set version and overrides. */
export const screeningApi = {
  /** Newest first. */
  list: async (patientId: string): Promise<PatientScreening[]> =>
    (await request('GET', screeningsPath(patientId), patientScreeningList)).screenings,
  /** Screens the current medical history against a planned treatment. */
  screen: (patientId: string, body: ScreenPatientRequest): Promise<PatientScreening> =>
    request('POST', screeningsPath(patientId), patientScreening, body),
  /** "Anything changed since last time?": changes become a new history version, then it screens. */
  dayOfCheck: (patientId: string, body: DayOfCheckRequest): Promise<PatientScreening> =>
    request('POST', `${screeningsPath(patientId)}/day-of`, patientScreening, body),
  /** Prescribers only; refused for `block` findings. Answers with the screening as it now stands. */
  signOverride: (patientId: string, screeningId: string, body: OverrideRequest): Promise<PatientScreening> =>
    request('POST', `${screeningsPath(patientId)}/${segment(screeningId)}/overrides`, patientScreening, body),
};

import {
  otherTreatment,
  otherTreatmentList,
  type OtherTreatment,
  type OtherTreatmentRequest,
} from '@corium/contracts';
import { request, segment } from '../../lib/api';

const recordsPath = (patientId: string) => `/api/patients/${segment(patientId)}/other-treatments`;

/**
 * A patient's toxin, filler, peel and laser records: listed newest first, added, corrected by
 * superseding, withdrawn when entered in error.
 */
export const otherTreatmentsApi = {
  list: async (patientId: string): Promise<OtherTreatment[]> =>
    (await request('GET', recordsPath(patientId), otherTreatmentList)).otherTreatments,
  record: (patientId: string, body: OtherTreatmentRequest): Promise<OtherTreatment> =>
    request('POST', recordsPath(patientId), otherTreatment, body),
  enteredInError: (patientId: string, recordId: string, reason: string): Promise<OtherTreatment> =>
    request('POST', `${recordsPath(patientId)}/${segment(recordId)}/entered-in-error`, otherTreatment, {
      reason,
    }),
};

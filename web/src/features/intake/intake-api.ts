import { medicalHistory, portalIntake, type MedicalHistory, type PortalIntake } from '@corium/contracts';
import { request, requestNoContent } from '../../lib/api';
import type { Answers } from './intake-values';

/** The portal intake's three calls. */
export const intakeApi = {
  /** Where the patient left off, and what they last sent. */
  load: (): Promise<PortalIntake> => request('GET', '/api/portal/intake', portalIntake),
  /** Keeps the answers so far, so the questionnaire can be finished later or on another device. */
  saveDraft: (answers: Answers): Promise<void> =>
    requestNoContent('PUT', '/api/portal/intake/draft', { answers }),
  /** Sends the answers to the clinic as a new version of the medical history; the draft is removed. */
  send: (answers: Answers): Promise<MedicalHistory> =>
    request('POST', '/api/portal/intake', medicalHistory, { answers }),
};

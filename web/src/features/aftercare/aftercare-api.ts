import {
  adverseEvent,
  adverseEventReport,
  aftercareAlert,
  aftercareDashboard,
  aftercareSettings,
  aftercareTimelineVersion,
  aftercareTimelineVersionList,
  checkInForm,
  checkInOutcome,
  patientAftercare,
  portalRecovery,
  type AdverseEvent,
  type AdverseEventReport,
  type AftercareAlert,
  type AftercareDashboard,
  type AftercareSettings,
  type AftercareSettingsRequest,
  type AftercareTimelineVersion,
  type AftercareTimelineVersionList,
  type CheckInAnswers,
  type CheckInForm,
  type CheckInOutcome,
  type PatientAftercare,
  type PortalRecovery,
  type PublishTimelineRequest,
  type RecordAdverseEventRequest,
} from '@corium/contracts';
import { request, segment } from '../../lib/api';

const patientPath = (patientId: string) => `/api/patients/${segment(patientId)}`;
const alertPath = (alertId: string) => `/api/aftercare/alerts/${segment(alertId)}`;

/** The regulator-style report of an adverse event as a PDF; the browser sends the session cookie. */
export const adverseEventPdfUrl = (patientId: string, eventId: string): string =>
  `${patientPath(patientId)}/adverse-events/${segment(eventId)}/report.pdf`;

/** Staff: the dashboard, alerts, a patient's aftercare, adverse events and the clinic's timeline. */
export const aftercareApi = {
  dashboard: (): Promise<AftercareDashboard> =>
    request('GET', '/api/aftercare/dashboard', aftercareDashboard),
  acknowledge: (alertId: string): Promise<AftercareAlert> =>
    request('POST', `${alertPath(alertId)}/acknowledge`, aftercareAlert, {}),
  resolve: (alertId: string, note: string): Promise<AftercareAlert> =>
    request('POST', `${alertPath(alertId)}/resolve`, aftercareAlert, { note }),
  patient: (patientId: string): Promise<PatientAftercare> =>
    request('GET', `${patientPath(patientId)}/aftercare`, patientAftercare),
  recordAdverseEvent: (patientId: string, body: RecordAdverseEventRequest): Promise<AdverseEvent> =>
    request('POST', `${patientPath(patientId)}/adverse-events`, adverseEvent, body),
  adverseEventReport: (patientId: string, eventId: string): Promise<AdverseEventReport> =>
    request('GET', `${patientPath(patientId)}/adverse-events/${segment(eventId)}/report`, adverseEventReport),
  timeline: (): Promise<AftercareTimelineVersion> =>
    request('GET', '/api/aftercare/timeline', aftercareTimelineVersion),
  timelineVersions: (): Promise<AftercareTimelineVersionList> =>
    request('GET', '/api/aftercare/timeline/versions', aftercareTimelineVersionList),
  publishTimeline: (body: PublishTimelineRequest): Promise<AftercareTimelineVersion> =>
    request('POST', '/api/aftercare/timeline/versions', aftercareTimelineVersion, body),
  settings: (): Promise<AftercareSettings> => request('GET', '/api/aftercare/settings', aftercareSettings),
  saveSettings: (body: AftercareSettingsRequest): Promise<AftercareSettings> =>
    request('PUT', '/api/aftercare/settings', aftercareSettings, body),
};

const portalCheckIn = (checkInId: string) => `/api/portal/aftercare/check-ins/${segment(checkInId)}`;

/** The patient's own recovery: always their own record, so no patient id is ever sent. */
export const portalAftercareApi = {
  recovery: (): Promise<PortalRecovery> => request('GET', '/api/portal/aftercare', portalRecovery),
  checkInForm: (checkInId: string): Promise<CheckInForm> =>
    request('GET', portalCheckIn(checkInId), checkInForm),
  submitCheckIn: (checkInId: string, answers: CheckInAnswers): Promise<CheckInOutcome> =>
    request('POST', portalCheckIn(checkInId), checkInOutcome, { answers }),
};

/**
 * The e-mailed link: the token opens one form and answering uses it up. It travels in the body,
 * never in a URL, so it stays out of logs and browser history.
 */
export const checkInLinkApi = {
  form: (token: string): Promise<CheckInForm> =>
    request('POST', '/api/check-in-links/form', checkInForm, { token }),
  submit: (token: string, answers: CheckInAnswers): Promise<CheckInOutcome> =>
    request('POST', '/api/check-in-links/answers', checkInOutcome, { token, answers }),
};

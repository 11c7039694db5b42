import {
  appointment,
  cartridgeScanResult,
  chartingOptions,
  sessionChart,
  sessionList,
  sessionReadiness,
  treatmentSummaryList,
  type AddendumRequest,
  type AnaestheticRequest,
  type Appointment,
  type CartridgeScanResult,
  type CartridgeUseRequest,
  type ChartingOptions,
  type SessionChart,
  type SessionList,
  type SessionReadiness,
  type StartSessionRequest,
  type TopicalRequest,
  type TreatmentSummary,
  type ZoneId,
  type ZoneTreatmentRequest,
} from '@corium/contracts';
import { request, segment, withQuery } from '../../lib/api';

const patientPath = (patientId: string) => `/api/patients/${segment(patientId)}`;
const appointmentPath = (patientId: string, appointmentId: string) =>
  `${patientPath(patientId)}/appointments/${segment(appointmentId)}`;
const sessionPath = (patientId: string, sessionId: string) =>
  `${patientPath(patientId)}/sessions/${segment(sessionId)}`;

/** One session's address; every change to a chart answers with the whole chart as it now stands. */
export interface SessionRef {
  patientId: string;
  sessionId: string;
}

const chartPath = (ref: SessionRef, rest = '') => `${sessionPath(ref.patientId, ref.sessionId)}${rest}`;

/** The treatment room: check-in, the checks before starting, the session chart and the portal's summaries. */
export const chartingApi = {
  checkIn: (patientId: string, appointmentId: string): Promise<Appointment> =>
    request('POST', `${appointmentPath(patientId, appointmentId)}/check-in`, appointment),
  readiness: (patientId: string, appointmentId: string): Promise<SessionReadiness> =>
    request('GET', `${appointmentPath(patientId, appointmentId)}/session-readiness`, sessionReadiness),
  start: (patientId: string, body: StartSessionRequest): Promise<SessionChart> =>
    request('POST', `${patientPath(patientId)}/sessions`, sessionChart, body),
  sessions: (patientId: string): Promise<SessionList> =>
    request('GET', `${patientPath(patientId)}/sessions`, sessionList),

  chart: (ref: SessionRef): Promise<SessionChart> => request('GET', chartPath(ref), sessionChart),
  options: (ref: SessionRef): Promise<ChartingOptions> =>
    request('GET', chartPath(ref, '/options'), chartingOptions),
  setDevice: (ref: SessionRef, deviceId: string): Promise<SessionChart> =>
    request('PUT', chartPath(ref, '/device'), sessionChart, { deviceId }),

  addAnaesthetic: (ref: SessionRef, body: AnaestheticRequest): Promise<SessionChart> =>
    request('POST', chartPath(ref, '/anaesthetics'), sessionChart, body),
  removeAnaesthetic: (ref: SessionRef, anaestheticId: string, removedAt: string): Promise<SessionChart> =>
    request('PUT', chartPath(ref, `/anaesthetics/${segment(anaestheticId)}/removal`), sessionChart, {
      removedAt,
    }),

  saveZone: (ref: SessionRef, zone: ZoneId, body: ZoneTreatmentRequest): Promise<SessionChart> =>
    request('PUT', chartPath(ref, `/zones/${segment(zone)}`), sessionChart, body),
  deleteZone: (ref: SessionRef, zone: ZoneId): Promise<SessionChart> =>
    request('DELETE', chartPath(ref, `/zones/${segment(zone)}`), sessionChart),

  scanCartridge: (code: string): Promise<CartridgeScanResult> =>
    request('GET', withQuery('/api/cartridge-scan', { code }), cartridgeScanResult),
  addCartridge: (ref: SessionRef, body: CartridgeUseRequest): Promise<SessionChart> =>
    request('POST', chartPath(ref, '/cartridges'), sessionChart, body),
  voidCartridge: (ref: SessionRef, cartridgeId: string, reason: string): Promise<SessionChart> =>
    request('POST', chartPath(ref, `/cartridges/${segment(cartridgeId)}/void`), sessionChart, { reason }),

  addTopical: (ref: SessionRef, body: TopicalRequest): Promise<SessionChart> =>
    request('POST', chartPath(ref, '/topicals'), sessionChart, body),
  removeTopical: (ref: SessionRef, topicalId: string): Promise<SessionChart> =>
    request('DELETE', chartPath(ref, `/topicals/${segment(topicalId)}`), sessionChart),

  sign: (ref: SessionRef): Promise<SessionChart> =>
    request('POST', chartPath(ref, '/sign'), sessionChart, { confirm: true }),
  addAddendum: (ref: SessionRef, body: AddendumRequest): Promise<SessionChart> =>
    request('POST', chartPath(ref, '/addenda'), sessionChart, body),

  portalSummaries: async (): Promise<TreatmentSummary[]> =>
    (await request('GET', '/api/portal/treatment-summaries', treatmentSummaryList)).summaries,
};

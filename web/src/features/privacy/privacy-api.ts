import {
  breakGlassAccess,
  breakGlassList,
  erasureRequest,
  erasureRequestList,
  patientExport,
  patientExportList,
  portalPrivacy,
  type BreakGlassAccess,
  type BreakGlassList,
  type ErasureRequest,
  type ErasureRequestList,
  type PatientExport,
  type PatientExportList,
  type PortalPrivacy,
  type StaffErasureBody,
} from '@corium/contracts';
import { request } from '../../lib/api';

/** Patients' rights: copies of the record, erasure requests, break-glass access. */
export const privacyApi = {
  // The patient's own, in the portal.
  portalOverview: (): Promise<PortalPrivacy> => request('GET', '/api/portal/privacy', portalPrivacy),
  requestOwnCopy: (): Promise<PatientExport> => request('POST', '/api/portal/privacy/exports', patientExport),
  requestOwnErasure: (reason: string): Promise<ErasureRequest> =>
    request('POST', '/api/portal/privacy/erasure-requests', erasureRequest, { reason }),

  // An admin's, for one patient.
  requestCopy: (patientId: string): Promise<PatientExport> =>
    request('POST', `/api/patients/${patientId}/privacy-exports`, patientExport),
  recordErasure: (patientId: string, body: StaffErasureBody): Promise<ErasureRequest> =>
    request('POST', `/api/patients/${patientId}/erasure-requests`, erasureRequest, body),

  // The admins' privacy page.
  copies: (): Promise<PatientExportList> => request('GET', '/api/privacy/exports', patientExportList),
  erasureRequests: (): Promise<ErasureRequestList> =>
    request('GET', '/api/privacy/erasure-requests', erasureRequestList),
  carryOut: (requestId: string, note: string): Promise<ErasureRequest> =>
    request('POST', `/api/privacy/erasure-requests/${requestId}/carry-out`, erasureRequest, { note }),
  decline: (requestId: string, note: string): Promise<ErasureRequest> =>
    request('POST', `/api/privacy/erasure-requests/${requestId}/decline`, erasureRequest, { note }),
  breakGlassAccesses: (): Promise<BreakGlassList> =>
    request('GET', '/api/privacy/break-glass', breakGlassList),
  review: (accessId: string, note: string): Promise<BreakGlassAccess> =>
    request('POST', `/api/privacy/break-glass/${accessId}/review`, breakGlassAccess, { note }),

  // Any member of staff, at a restricted record.
  breakGlass: (patientId: string, reason: string): Promise<BreakGlassAccess> =>
    request('POST', '/api/break-glass', breakGlassAccess, { patientId, reason }),
};

import {
  consentTemplateList,
  consentVerification,
  patientConsents,
  photoScopeStateList,
  renderedConsent,
  signedConsent,
  templateVersion,
  templateVersionList,
  type ConsentTemplate,
  type ConsentTreatment,
  type ConsentVerification,
  type PatientConsents,
  type PhotoScopeChange,
  type PhotoScopeState,
  type PublishTemplateRequest,
  type RenderedConsent,
  type SignConsentRequest,
  type SignedConsent,
  type TemplateVersion,
} from '@corium/contracts';
import { request, segment } from '../../lib/api';

/**
 * Whose consents a screen works on: the patient's own in the portal, or one patient's on the
 * clinic's tablet. Signing, reading and the photo-use switches are the same either way; only
 * the addresses differ, and the server records which way a consent was signed.
 */
export interface ConsentChannel {
  kind: 'portal' | 'staff';
  load: () => Promise<PatientConsents>;
  /** The current text filled in for the patient, with the hash to send back when signing. */
  render: (treatment: ConsentTreatment) => Promise<RenderedConsent>;
  /** Refused with `CONFLICT` when the text changed since it was rendered. */
  sign: (body: SignConsentRequest) => Promise<SignedConsent>;
  withdraw: (consentId: string, reason: string) => Promise<SignedConsent>;
  /** Granting a use needs a valid photography consent (`CONSENT_REQUIRED` otherwise). */
  changePhotoScope: (change: PhotoScopeChange) => Promise<PhotoScopeState[]>;
  /** The stored PDF, downloaded with the session cookie: a plain link is enough. */
  pdfUrl: (consentId: string) => string;
}

export const portalConsents: ConsentChannel = {
  kind: 'portal',
  load: () => request('GET', '/api/portal/consents', patientConsents),
  render: (treatment) => request('GET', `/api/portal/consents/render/${segment(treatment)}`, renderedConsent),
  sign: (body) => request('POST', '/api/portal/consents', signedConsent, body),
  withdraw: (consentId, reason) =>
    request('POST', `/api/portal/consents/${segment(consentId)}/withdraw`, signedConsent, { reason }),
  changePhotoScope: async (change) =>
    (await request('PUT', '/api/portal/photo-scopes', photoScopeStateList, change)).photoScopes,
  pdfUrl: (consentId) => `/api/portal/consents/${segment(consentId)}/pdf`,
};

const patientPath = (patientId: string) => `/api/patients/${segment(patientId)}`;
const consentPath = (patientId: string, consentId: string) =>
  `${patientPath(patientId)}/consents/${segment(consentId)}`;

/** One patient's consents for staff: what a patient signs on the clinic's tablet is recorded as such. */
export function staffConsents(patientId: string): ConsentChannel {
  const base = patientPath(patientId);
  return {
    kind: 'staff',
    load: () => request('GET', `${base}/consents`, patientConsents),
    render: (treatment) => request('GET', `${base}/consents/render/${segment(treatment)}`, renderedConsent),
    sign: (body) => request('POST', `${base}/consents`, signedConsent, body),
    withdraw: (consentId, reason) =>
      request('POST', `${consentPath(patientId, consentId)}/withdraw`, signedConsent, { reason }),
    changePhotoScope: async (change) =>
      (await request('PUT', `${base}/photo-scopes`, photoScopeStateList, change)).photoScopes,
    pdfUrl: (consentId) => `${consentPath(patientId, consentId)}/pdf`,
  };
}

/** What only staff do to a patient's consents. */
export const staffConsentApi = {
  /** The patient sees the request in the portal; answers with the patient's consents as they now stand. */
  requestSignature: (patientId: string, treatment: ConsentTreatment): Promise<PatientConsents> =>
    request('POST', `${patientPath(patientId)}/consent-requests`, patientConsents, { treatment }),
  /** Practitioners and the medical director witness a signature. */
  countersign: (patientId: string, consentId: string): Promise<SignedConsent> =>
    request('POST', `${consentPath(patientId, consentId)}/countersign`, signedConsent),
  /** Admins: the stored PDF and text hashed again against the hashes recorded at signing. */
  verify: (patientId: string, consentId: string): Promise<ConsentVerification> =>
    request('POST', `${consentPath(patientId, consentId)}/verify`, consentVerification),
};

/** The clinic's consent templates: read by all staff, published by the admin or the medical director. */
export const templateApi = {
  list: async (): Promise<ConsentTemplate[]> =>
    (await request('GET', '/api/consent/templates', consentTemplateList)).templates,
  /** Newest first. */
  versions: async (templateId: string): Promise<TemplateVersion[]> =>
    (await request('GET', `/api/consent/templates/${segment(templateId)}/versions`, templateVersionList))
      .versions,
  /** Refused with `CONFLICT` when another version was published since `basedOnVersion`. */
  publish: (templateId: string, body: PublishTemplateRequest): Promise<TemplateVersion> =>
    request('POST', `/api/consent/templates/${segment(templateId)}/versions`, templateVersion, body),
};

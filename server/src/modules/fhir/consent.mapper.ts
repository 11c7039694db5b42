import { CORIUM_SYSTEM } from './clinical.mapper';
import type { ConsentRow } from './fhir-consent.repo';
import { reference, type FhirResource } from './fhir-resource';

const photoScopes = ['clinical_record', 'education', 'marketing'] as const;

function photoProvisions(value: unknown) {
  const scopes = value as Partial<Record<(typeof photoScopes)[number], boolean>> | null;
  if (!scopes) return undefined;
  return photoScopes
    .filter((scope) => typeof scopes[scope] === 'boolean')
    .map((scope) => ({
      type: scopes[scope] ? 'permit' : 'deny',
      purpose: [{ system: `${CORIUM_SYSTEM}/photo-scope`, code: scope }],
    }));
}

/**
 * A signed consent. The signed PDF is linked, not embedded: the URL is the API route that serves
 * it to this caller (staff through the patient's record, a patient through the portal).
 */
export function toConsent(row: ConsentRow, pdfUrl: string): FhirResource {
  const scopes = photoProvisions(row.photo_scopes);
  const scope = row.treatment === 'photography' ? 'patient-privacy' : 'treatment';
  return {
    resourceType: 'Consent',
    id: row.id,
    meta: { lastUpdated: (row.withdrawn_at ?? row.signed_at).toISOString() },
    status: row.withdrawn_at ? 'inactive' : 'active',
    scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: scope }] },
    category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0', display: 'Patient Consent' }] }],
    patient: reference('Patient', row.patient_id),
    dateTime: row.signed_at.toISOString(),
    sourceAttachment: {
      contentType: 'application/pdf',
      url: pdfUrl,
      title: row.title,
      creation: row.signed_at.toISOString(),
    },
    policyRule: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'OPTIN' }] },
    provision: {
      type: 'permit',
      ...(row.withdrawn_at
        ? { period: { start: row.signed_at.toISOString(), end: row.withdrawn_at.toISOString() } }
        : {}),
      code: [{ coding: [{ system: `${CORIUM_SYSTEM}/treatment`, code: row.treatment }], text: row.title }],
      ...(scopes && scopes.length > 0 ? { provision: scopes } : {}),
    },
  };
}

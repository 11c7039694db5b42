import type { CreatePatientRequest } from '@corium/contracts';
import { z } from 'zod';
import { AppError } from '../../platform/errors/app-error';
import { listOf, maybe, readShape } from './fhir-input';
import { URI_SYSTEM, type FhirPatientRow } from './fhir-patients.repo';
import type { FhirResource } from './fhir-resource';

const EMERGENCY_CONTACT = {
  system: 'http://terminology.hl7.org/CodeSystem/v2-0131',
  code: 'C',
  display: 'Emergency Contact',
};

/** A weak ETag for a record version, as FHIR puts it in `ETag` and expects it in `If-Match`. */
export const versionTag = (version: number | string): string => `W/"${version}"`;

function contactOf(value: unknown) {
  const contact = value as { name: string; phone: string; relationship?: string } | null;
  if (!contact) return undefined;
  return [
    {
      relationship: [
        { coding: [EMERGENCY_CONTACT], ...(contact.relationship ? { text: contact.relationship } : {}) },
      ],
      name: { text: contact.name },
      telecom: [{ system: 'phone', value: contact.phone }],
    },
  ];
}

/** Corium's patient record as a FHIR Patient: identity and contact details, no clinical data. */
export function toFhirPatient(row: FhirPatientRow): FhirResource {
  const telecom = [
    ...(row.email ? [{ system: 'email', value: row.email }] : []),
    ...(row.phone ? [{ system: 'phone', value: row.phone }] : []),
  ];
  const contact = contactOf(row.emergency_contact);
  return {
    resourceType: 'Patient',
    id: row.id,
    meta: { versionId: String(row.version), lastUpdated: row.updated_at.toISOString() },
    identifier: [{ system: URI_SYSTEM, value: `urn:uuid:${row.id}` }],
    active: row.merged_into === null,
    name: [{ use: 'official', family: row.family_name, given: [row.given_name] }],
    ...(telecom.length > 0 ? { telecom } : {}),
    gender: row.sex,
    birthDate: row.date_of_birth,
    ...(row.address ? { address: [{ text: row.address }] } : {}),
    ...(contact ? { contact } : {}),
    communication: [
      {
        language: { coding: [{ system: 'urn:ietf:bcp:47', code: row.preferred_language }] },
        preferred: true,
      },
    ],
    ...(row.merged_into
      ? { link: [{ other: { reference: `Patient/${row.merged_into}` }, type: 'replaced-by' }] }
      : {}),
  };
}

const patientInput = z.looseObject({
  resourceType: maybe,
  id: maybe,
  name: listOf({ family: maybe, given: z.array(maybe).optional(), text: maybe }),
  gender: maybe,
  birthDate: maybe,
  telecom: listOf({ system: maybe, value: maybe }),
  address: listOf({
    text: maybe,
    line: z.array(maybe).optional(),
    city: maybe,
    postalCode: maybe,
  }),
  communication: listOf({
    language: z.looseObject({ coding: listOf({ code: maybe }) }).optional(),
  }),
});
type PatientInput = z.infer<typeof patientInput>;

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function addressText(address: PatientInput['address']): string | null {
  const first = address?.[0];
  if (!first) return null;
  const parts = [...(first.line ?? []), first.city, first.postalCode].map(text).filter(Boolean);
  return text(first.text) ?? (parts.length > 0 ? parts.join(', ') : null);
}

/**
 * A FHIR Patient from a client as Corium's registration fields; the patients module then
 * validates them as it validates its own forms. A PUT replaces: absent contact details are cleared.
 */
export function fromFhirPatient(
  body: unknown,
): Omit<CreatePatientRequest, 'concerns' | 'confirmNotDuplicate'> {
  const resource = readShape(patientInput, body, 'Patient');
  if (resource.resourceType !== 'Patient')
    throw new AppError('VALIDATION_FAILED', 'The body must be a Patient resource', [
      { path: 'resourceType', message: 'Expected "Patient"' },
    ]);
  const name = resource.name?.[0];
  const telecom = (system: string) => text(resource.telecom?.find((t) => t.system === system)?.value) ?? null;
  return {
    givenName: text(name?.given?.[0]) ?? '',
    familyName: text(name?.family) ?? '',
    dateOfBirth: text(resource.birthDate) ?? '',
    sex: (text(resource.gender) ?? 'unknown') as CreatePatientRequest['sex'],
    email: telecom('email'),
    phone: telecom('phone'),
    address: addressText(resource.address),
    preferredLanguage: text(resource.communication?.[0]?.language?.coding?.[0]?.code) ?? 'en',
  };
}

import {
  patientInput,
  type PatientInput,
  type PatientRecord,
  type UpdatePatientRequest,
} from '@corium/contracts';
import { schemaErrors, type FieldErrors } from '../../lib/form-errors';
import { inConcernOrder, type Concern, type Sex } from '../patient-record/patient-words';

export interface PatientValues {
  givenName: string;
  familyName: string;
  /** `YYYY-MM-DD`, as a date field gives it; empty until chosen. */
  dateOfBirth: string;
  sex: Sex | null;
  email: string;
  phone: string;
  preferredLanguage: string | null;
  address: string;
  emergencyContact: { name: string; phone: string; relationship: string };
  concerns: Concern[];
  /** `'1'`–`'6'`, as the select gives it; null when not assessed. */
  fitzpatrickType: string | null;
  notes: string;
}

/** Field paths in reading order; they match the server's error paths, e.g. `emergencyContact.phone`. */
export const patientFields = [
  'givenName',
  'familyName',
  'dateOfBirth',
  'sex',
  'email',
  'phone',
  'preferredLanguage',
  'address',
  'emergencyContact.name',
  'emergencyContact.phone',
  'emergencyContact.relationship',
  'concerns',
  'fitzpatrickType',
  'notes',
] as const;

export const emptyPatient: PatientValues = {
  givenName: '',
  familyName: '',
  dateOfBirth: '',
  sex: null,
  email: '',
  phone: '',
  preferredLanguage: 'en',
  address: '',
  emergencyContact: { name: '', phone: '', relationship: '' },
  concerns: [],
  fitzpatrickType: null,
  notes: '',
};

export function valuesFromRecord(record: PatientRecord): PatientValues {
  const contact = record.emergencyContact;
  const fitzpatrickType = record.clinical?.fitzpatrickType ?? null;
  return {
    givenName: record.givenName,
    familyName: record.familyName,
    dateOfBirth: record.dateOfBirth,
    sex: record.sex,
    email: record.email ?? '',
    phone: record.phone ?? '',
    preferredLanguage: record.preferredLanguage,
    address: record.address ?? '',
    emergencyContact: {
      name: contact?.name ?? '',
      phone: contact?.phone ?? '',
      relationship: contact?.relationship ?? '',
    },
    concerns: record.concerns,
    fitzpatrickType: fitzpatrickType === null ? null : String(fitzpatrickType),
    notes: record.clinical?.notes ?? '',
  };
}

/** The request before validation: choices not yet made are still null. */
type PatientDraft = Omit<PatientInput, 'sex' | 'preferredLanguage'> & {
  sex: Sex | null;
  preferredLanguage: string | null;
};

// Autofill and pasting often bring stray spaces; an emptied optional field means "none".
function textOrNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/** No contact at all when every field is empty; otherwise the schema asks for name and phone. */
function emergencyContactOf(contact: PatientValues['emergencyContact']): PatientDraft['emergencyContact'] {
  const relationship = contact.relationship.trim();
  if (contact.name.trim() === '' && contact.phone.trim() === '' && relationship === '') return null;
  return { name: contact.name.trim(), phone: contact.phone.trim(), ...(relationship && { relationship }) };
}

/** Clinical fields are left out for roles that may not set them; the server would refuse the request. */
function draftOf(values: PatientValues, clinical: boolean): PatientDraft {
  return {
    givenName: values.givenName.trim(),
    familyName: values.familyName.trim(),
    dateOfBirth: values.dateOfBirth,
    sex: values.sex,
    email: textOrNull(values.email),
    phone: textOrNull(values.phone),
    preferredLanguage: values.preferredLanguage,
    address: textOrNull(values.address),
    emergencyContact: emergencyContactOf(values.emergencyContact),
    concerns: inConcernOrder(values.concerns),
    ...(clinical && {
      fitzpatrickType: values.fitzpatrickType === null ? null : Number(values.fitzpatrickType),
      notes: textOrNull(values.notes),
    }),
  };
}

const blankMessages = {
  givenName: 'Enter the patient’s first name',
  familyName: 'Enter the patient’s last name',
  dateOfBirth: 'Enter the date of birth',
  sex: 'Choose the patient’s sex, or “Not recorded”',
  preferredLanguage: 'Choose a language',
  'emergencyContact.name': 'Enter the contact’s name, or empty all three contact fields',
  'emergencyContact.phone': 'Enter the contact’s phone number, or empty all three contact fields',
};

/** `today` is the clinic's calendar day, `YYYY-MM-DD`: nobody is registered before being born. */
export function validatePatient(values: PatientValues, clinical: boolean, today: string): FieldErrors {
  const errors = schemaErrors(patientInput, draftOf(values, clinical), blankMessages);
  if (errors.dateOfBirth === undefined && values.dateOfBirth > today) {
    errors.dateOfBirth = 'The date of birth cannot be in the future';
  }
  return errors;
}

/** Only for values `validatePatient` accepted; the schema turns them into the request. */
export function toPatientInput(values: PatientValues, clinical: boolean): PatientInput {
  return patientInput.parse(draftOf(values, clinical));
}

/**
 * The fields the person changed, and nothing else, so saving never overwrites what someone
 * else changed meanwhile in another field. Both sides are compared as they would be sent.
 */
export function patientChanges(
  record: PatientRecord,
  values: PatientValues,
  clinical: boolean,
): UpdatePatientRequest {
  const before: Record<string, unknown> = draftOf(valuesFromRecord(record), clinical);
  const after: Record<string, unknown> = draftOf(values, clinical);
  const request: Record<string, unknown> = toPatientInput(values, clinical);
  const changed = Object.keys(after).filter(
    (key) => JSON.stringify(after[key]) !== JSON.stringify(before[key]),
  );
  return Object.fromEntries(changed.map((key) => [key, request[key]]));
}

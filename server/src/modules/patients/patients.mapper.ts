import type { MedicalHistory, PatientSummary } from '@corium/contracts';

export interface PatientRow {
  id: string;
  given_name: string;
  family_name: string;
  date_of_birth: string;
  sex: PatientSummary['sex'];
  email: string | null;
  phone: string | null;
  preferred_language: string;
}

export const toPatientSummary = (r: PatientRow): PatientSummary => ({
  id: r.id,
  givenName: r.given_name,
  familyName: r.family_name,
  dateOfBirth: r.date_of_birth,
  sex: r.sex,
  email: r.email,
  phone: r.phone,
  preferredLanguage: r.preferred_language,
});

export const toMedicalHistory = (r: {
  patient_id: string;
  version: number;
  answers: unknown;
  entered_at: Date;
  entered_by: string | null;
}): MedicalHistory => ({
  patientId: r.patient_id,
  version: r.version,
  answers: r.answers as Record<string, unknown>,
  enteredAt: r.entered_at.toISOString(),
  enteredBy: r.entered_by,
});

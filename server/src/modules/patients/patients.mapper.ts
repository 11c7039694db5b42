import type { MedicalHistory, PatientRecord, PatientSummary } from '@corium/contracts';
import type { Selectable } from 'kysely';
import type { PatientTable } from '../../platform/db/schema';

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
  source: 'staff' | 'patient';
}): MedicalHistory => ({
  patientId: r.patient_id,
  version: r.version,
  answers: r.answers as Record<string, unknown>,
  enteredAt: r.entered_at.toISOString(),
  enteredBy: r.entered_by,
  source: r.source,
});

/** How a record relates to merges; a record that was never part of one has neither. */
export type MergeLinks = Pick<PatientRecord, 'mergedInto' | 'mergedFrom'>;
const unmerged: MergeLinks = { mergedInto: null, mergedFrom: [] };

/** The full record; `clinical` only for roles that may see clinical data. */
export const toPatientRecord = (
  r: Selectable<PatientTable>,
  clinical: boolean,
  links: MergeLinks = unmerged,
): PatientRecord => ({
  ...toPatientSummary(r),
  address: r.address,
  emergencyContact: (r.emergency_contact as PatientRecord['emergencyContact']) ?? null,
  concerns: r.concerns as PatientRecord['concerns'],
  clinical: clinical ? { fitzpatrickType: r.fitzpatrick_type, notes: r.notes } : null,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
  ...links,
});

interface MergedIntoRow {
  id: string;
  name: string;
  merged_at: Date;
  merged_by: string | null;
  merge_reason: string;
}

export const toMergeLinks = (
  into: MergedIntoRow | undefined,
  from: { id: string; name: string; merged_at: Date }[],
): MergeLinks => ({
  mergedInto: into
    ? {
        id: into.id,
        name: into.name,
        at: into.merged_at.toISOString(),
        by: into.merged_by,
        reason: into.merge_reason,
      }
    : null,
  mergedFrom: from.map((f) => ({ id: f.id, name: f.name, at: f.merged_at.toISOString() })),
});

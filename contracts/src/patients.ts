import { z } from 'zod';
import { id } from './common';

/** What front desk may see: identity and contact details, no clinical data. */
export const patientSummary = z.object({
  id,
  givenName: z.string(),
  familyName: z.string(),
  dateOfBirth: z.iso.date(),
  sex: z.enum(['female', 'male', 'other', 'unknown']),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  preferredLanguage: z.string(),
});
export type PatientSummary = z.infer<typeof patientSummary>;

export const patientSearchQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).default(0),
});
export const patientList = z.object({ patients: z.array(patientSummary), total: z.number().int() });
export type PatientList = z.infer<typeof patientList>;

/** The latest version of the intake answers, keyed by the canonical question ids. */
export const medicalHistory = z.object({
  patientId: id,
  version: z.number().int(),
  answers: z.record(z.string(), z.unknown()),
  enteredAt: z.iso.datetime(),
  enteredBy: z.string().nullable(),
});
export type MedicalHistory = z.infer<typeof medicalHistory>;

export const portalRecord = z.object({
  patient: patientSummary,
  history: medicalHistory.nullable(),
});
export type PortalRecord = z.infer<typeof portalRecord>;

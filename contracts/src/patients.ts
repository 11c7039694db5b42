import { z } from 'zod';
import { email, id } from './common';

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
  /** The name of who entered it. */
  enteredBy: z.string().nullable(),
  source: z.enum(['staff', 'patient']),
});
export type MedicalHistory = z.infer<typeof medicalHistory>;

export const portalRecord = z.object({
  patient: patientSummary,
  history: medicalHistory.nullable(),
});
export type PortalRecord = z.infer<typeof portalRecord>;

/** The nine concerns of the public pages, and melasma as its own code. */
export const concernCodes = [
  'acne_scars',
  'uneven_tone',
  'texture',
  'pigmentation',
  'enlarged_pores',
  'sunspots',
  'stretch_marks',
  'wrinkles',
  'fine_lines',
  'melasma',
] as const;
export const concern = z.enum(concernCodes);

export const emergencyContact = z.strictObject({
  name: z.string().trim().min(1).max(120),
  phone: z.string().trim().min(3).max(40),
  relationship: z.string().trim().max(60).optional(),
});

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

/** What staff enter at registration; clinical fields only clinical staff may set. */
export const patientInput = z.strictObject({
  givenName: z.string().trim().min(1).max(80),
  familyName: z.string().trim().min(1).max(80),
  dateOfBirth: z.iso
    .date()
    .refine((d) => d >= '1900-01-01', 'A date of birth before 1900 is surely a typing slip'),
  sex: z.enum(['female', 'male', 'other', 'unknown']),
  email: email.nullable().optional(),
  phone: optionalText(40),
  preferredLanguage: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'A language code such as en or pt-BR'),
  address: optionalText(300),
  emergencyContact: emergencyContact.nullable().optional(),
  concerns: z.array(concern).max(10),
  fitzpatrickType: z.number().int().min(1).max(6).nullable().optional(),
  notes: optionalText(4000),
});
export type PatientInput = z.input<typeof patientInput>;

/** Registration: set `confirmNotDuplicate` after reviewing the possible duplicates offered. */
export const createPatientRequest = patientInput.extend({
  preferredLanguage: patientInput.shape.preferredLanguage.default('en'),
  concerns: patientInput.shape.concerns.default([]),
  confirmNotDuplicate: z.boolean().default(false),
});
export type CreatePatientRequest = z.input<typeof createPatientRequest>;

/** A change: only the fields sent are touched (no defaults, so nothing is reset by omission). */
export const updatePatientRequest = patientInput.partial();
export type UpdatePatientRequest = z.input<typeof updatePatientRequest>;

/** Where a merged-away duplicate went, shown on its page in place of editing. */
export const mergedInto = z.object({
  /** The record that survived; follow it for everything the duplicate held. */
  id,
  name: z.string(),
  at: z.iso.datetime(),
  /** The name of who merged it. */
  by: z.string().nullable(),
  reason: z.string(),
});
export type MergedInto = z.infer<typeof mergedInto>;

/** A duplicate that was merged into this record. */
export const mergedFrom = z.object({ id, name: z.string(), at: z.iso.datetime() });
export type MergedFrom = z.infer<typeof mergedFrom>;

export const patientRecord = patientSummary.extend({
  address: z.string().nullable(),
  emergencyContact: z
    .object({ name: z.string(), phone: z.string(), relationship: z.string().optional() })
    .nullable(),
  concerns: z.array(concern),
  /** Present for clinical staff only; null for front desk and admin. */
  clinical: z
    .object({ fitzpatrickType: z.number().int().nullable(), notes: z.string().nullable() })
    .nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** Set once this record was merged into another: it is kept to be read, never edited. */
  mergedInto: mergedInto.nullable(),
  /** Duplicates merged into this record, oldest merge first. */
  mergedFrom: z.array(mergedFrom),
});
export type PatientRecord = z.infer<typeof patientRecord>;

/** 409 CONFLICT details when a new patient looks like one already registered. */
export const possibleDuplicates = z.object({ possibleDuplicates: z.array(patientSummary) });

export const historyQuery = z.strictObject({
  /** "What did we know on this day?": the version in force at the end of it (clinic time). */
  asOf: z.iso.date().optional(),
});

export const historyVersions = z.object({
  versions: z.array(medicalHistory.omit({ answers: true })),
});

/**
 * Merging a duplicate into the record at the path, which survives. `reason` is kept on the
 * duplicate and in the audit log, so it must say why these are the same person.
 */
export const mergePatientsRequest = z.strictObject({
  duplicateId: id,
  reason: z.string().trim().min(10, 'Say in a sentence why these are the same person').max(1000),
});
export type MergePatientsRequest = z.infer<typeof mergePatientsRequest>;

export const mergePreviewQuery = z.strictObject({ duplicateId: id });

/** Fields of the surviving record that take something from the duplicate. */
export const mergeFilledFields = [
  'sex',
  'email',
  'phone',
  'address',
  'emergencyContact',
  'concerns',
  'fitzpatrickType',
  'notes',
] as const;

/** What a merge moves to the surviving record; nothing of the duplicate is deleted. */
export const mergeMoves = z.object({
  /** Medical-history versions, numbered after the survivor's own and keeping when and by whom. */
  historyVersions: z.number().int(),
  screenings: z.number().int(),
  /** Prescribers' signed overrides of those screenings' findings. */
  overrides: z.number().int(),
  /** Signed consents (withdrawn ones too), requests to sign, and changes of photo-use choices. */
  consents: z.number().int(),
  consentRequests: z.number().int(),
  photoScopeChanges: z.number().int(),
  /** Appointments (booked, cancelled or past) and treatment series. */
  appointments: z.number().int(),
  treatmentSeries: z.number().int(),
  /** Toxin, filler, peel or laser recorded as given (booking spaces needling from them). */
  otherTreatments: z.number().int(),
  waitlistEntries: z.number().int(),
  /** The log of appointment messages sent; each record keeps its own channel preferences. */
  sentMessages: z.number().int(),
  /** Treatment sessions (charts, signed or not) and photographs. */
  treatmentSessions: z.number().int(),
  photos: z.number().int(),
  /** Recovery after treatment: plans, their check-ins and messages, alerts, adverse events. */
  aftercarePlans: z.number().int(),
  checkIns: z.number().int(),
  aftercareMessages: z.number().int(),
  aftercareAlerts: z.number().int(),
  adverseEvents: z.number().int(),
  /** Outcome scores (clinician and patient ratings), entered-in-error ones too. */
  outcomeScores: z.number().int(),
  /**
   * The unfinished portal questionnaire: `moved` when only the duplicate had one; with two,
   * the newer is kept (`kept_survivors` or `took_duplicates`) and the older discarded.
   */
  intakeDraft: z.enum(['none', 'moved', 'kept_survivors', 'took_duplicates']),
  /** The portal sign-in: `moved` when only the duplicate has an active one. */
  portalAccount: z.enum(['none', 'moved', 'kept_survivors']),
  /** Empty fields filled from the duplicate, concerns united, its notes appended. */
  filled: z.array(z.enum(mergeFilledFields)),
});
export type MergeMoves = z.infer<typeof mergeMoves>;

/** Both records as the caller may see them, and what merging them would do. */
export const mergePreview = z.object({
  survivor: patientRecord,
  duplicate: patientRecord,
  moves: mergeMoves,
});
export type MergePreview = z.infer<typeof mergePreview>;

export const mergeResult = z.object({ patient: patientRecord, moves: mergeMoves });
export type MergeResult = z.infer<typeof mergeResult>;

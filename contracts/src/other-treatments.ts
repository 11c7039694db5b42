import { z } from 'zod';
import { id } from './common';
import { zoneId, zoneIds } from './screening';

/**
 * Other aesthetic treatments the clinic records — given here or elsewhere — because they change
 * when microneedling may be booked (screening rules C12/C13; clinical-reference.md §3 and §6):
 * botulinum toxin, dermal filler, chemical peel, laser. A record is never edited: a correction is
 * a new record that supersedes it.
 */

export const otherTreatmentKinds = [
  'botulinum_toxin',
  'dermal_filler',
  'chemical_peel',
  'laser',
  'other',
] as const;
export const otherTreatmentKind = z.enum(otherTreatmentKinds);
export type OtherTreatmentKind = z.infer<typeof otherTreatmentKind>;

export const otherTreatmentRequest = z.strictObject({
  kind: otherTreatmentKind,
  /** The day it was (or, given here, will be) given, on the clinic's calendar. */
  date: z.iso.date(),
  zones: z
    .array(zoneId)
    .min(1, 'Choose at least one zone')
    .max(zoneIds.length)
    .refine((zones) => new Set(zones).size === zones.length, 'Each zone once'),
  /** Product and dose, e.g. "Bocouture 20 U glabella". */
  product: z.string().trim().max(200).optional(),
  notes: z.string().trim().max(2000).optional(),
  givenElsewhere: z.boolean(),
  /** The record this one corrects; it stays on file, marked as superseded. */
  supersedes: id.optional(),
});
export type OtherTreatmentRequest = z.infer<typeof otherTreatmentRequest>;

/** Withdraws a record entered in error (e.g. on the wrong patient); it stays on file, marked. */
export const otherTreatmentEnteredInErrorRequest = z.strictObject({
  reason: z.string().trim().min(3, 'Give a reason of at least 3 characters').max(500),
});
export type OtherTreatmentEnteredInErrorRequest = z.infer<typeof otherTreatmentEnteredInErrorRequest>;

export const otherTreatment = z.object({
  id,
  patientId: id,
  kind: otherTreatmentKind,
  date: z.iso.date(),
  zones: z.array(zoneId),
  product: z.string().nullable(),
  notes: z.string().nullable(),
  givenElsewhere: z.boolean(),
  supersedes: id.nullable(),
  /** The correction (or retraction) that replaced this record; null while it is current. */
  supersededBy: id.nullable(),
  recordedAt: z.iso.datetime(),
  recordedBy: z.object({ id, displayName: z.string() }),
  /**
   * Set once the record was withdrawn as entered in error: `id` is the retraction (it equals
   * `supersededBy`). The record stays listed, marked; booking no longer counts it.
   */
  enteredInError: z
    .object({
      id,
      reason: z.string(),
      at: z.iso.datetime(),
      by: z.object({ id, displayName: z.string() }),
    })
    .nullable(),
});
export type OtherTreatment = z.infer<typeof otherTreatment>;

/**
 * Newest first, superseded and withdrawn records too (marked), so every correction can be traced;
 * retractions are not items of their own but each withdrawn record's `enteredInError`.
 */
export const otherTreatmentList = z.object({ otherTreatments: z.array(otherTreatment) });
export type OtherTreatmentList = z.infer<typeof otherTreatmentList>;

import { z } from 'zod';
import { id } from './common';

/**
 * Recalls: a lot, or a pen over the period it may have been faulty. The affected list is every
 * session that used it, with the patient's contact details for the staff who call them.
 */

const instant = z.iso.datetime({ offset: true });
const person = z.object({ id, name: z.string() });
const reason = z.string().trim().min(3).max(1000);
const reference = z.string().trim().min(1).max(120).optional();

/** `POST /api/recalls`. */
export const recallRequest = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('lot'), lotId: id, reason, reference }),
  z
    .strictObject({
      kind: z.literal('device'),
      deviceId: id,
      /** Sessions started from this instant (included) … */
      from: instant,
      /** … until this one (excluded) are affected. */
      until: instant,
      reason,
      reference,
    })
    .refine((r) => Date.parse(r.until) > Date.parse(r.from), {
      path: ['until'],
      message: 'The end of the affected period comes after its start',
    }),
]);
export type RecallRequest = z.infer<typeof recallRequest>;

export const recall = z.object({
  id,
  kind: z.enum(['lot', 'device']),
  lot: z.object({ id, lotNumber: z.string(), productName: z.string(), expiresOn: z.iso.date() }).nullable(),
  device: z.object({ id, model: z.string(), serial: z.string() }).nullable(),
  /** For a pen: the affected period, [from, until). */
  period: z.object({ from: instant, until: instant }).nullable(),
  reason: z.string(),
  reference: z.string().nullable(),
  createdBy: person,
  createdAt: instant,
  notified: z.object({ at: instant, by: person }).nullable(),
});
export type Recall = z.infer<typeof recall>;

export const recallList = z.object({ recalls: z.array(recall) });
export type RecallList = z.infer<typeof recallList>;

/** One session that used what was recalled, with whom to contact. */
export const affectedSession = z.object({
  sessionId: id,
  startedAt: instant,
  /** The session's day on the clinic's calendar. */
  sessionDate: z.iso.date(),
  signed: z.boolean(),
  practitioner: person,
  patient: z.object({
    id,
    name: z.string(),
    dateOfBirth: z.iso.date(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
  }),
});
export type AffectedSession = z.infer<typeof affectedSession>;

/** `GET /api/recalls/:recallId/affected`: sessions in start order. */
export const recallAffected = z.object({
  recall,
  sessions: z.array(affectedSession),
  patientCount: z.number().int(),
});
export type RecallAffected = z.infer<typeof recallAffected>;

/** `POST /api/recalls/:recallId/notify`: one message per affected patient, once per recall. */
export const recallNotifyRequest = z.strictObject({ confirm: z.literal(true) });

export const recallNotifyResult = z.object({
  recall,
  /** Patients an e-mail was queued for. */
  emailed: z.number().int(),
  /** Patients without an e-mail address: the clinic phones them. */
  withoutEmail: z.array(person),
});
export type RecallNotifyResult = z.infer<typeof recallNotifyResult>;

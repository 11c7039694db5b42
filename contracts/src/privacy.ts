import { z } from 'zod';
import { id } from './common';

/**
 * Patients' rights over their data: a copy of the whole record (export), erasure of what no
 * retention duty covers, and break-glass access to records that erasure restricted.
 */

export const patientExportStatuses = ['preparing', 'ready', 'expired'] as const;

/** One copy of a patient's record, as its requester sees it. */
export const patientExport = z.object({
  id,
  patientId: id,
  patientName: z.string(),
  requestedVia: z.enum(['portal', 'staff']),
  status: z.enum(patientExportStatuses),
  requestedAt: z.iso.datetime(),
  readyAt: z.iso.datetime().nullable(),
  /** After this the archive is removed; the request stays on record. */
  expiresAt: z.iso.datetime().nullable(),
  sizeBytes: z.number().int().nonnegative().nullable(),
  /** Only the person who asked for the copy may download it. */
  downloadable: z.boolean(),
  /** Path of the download, while it is downloadable. */
  downloadUrl: z.string().nullable(),
});
export type PatientExport = z.infer<typeof patientExport>;

export const patientExportList = z.object({ exports: z.array(patientExport) });
export type PatientExportList = z.infer<typeof patientExportList>;

/** What erasure does with each kind of data; the erasure record lists every one. */
export const erasureCategories = [
  'portal_account',
  'photo_uses',
  'notification_preferences',
  'message_addresses',
  'waitlist',
  'intake_draft',
  'pending_messages',
  'record_copies',
  'clinical_record',
  'consents',
  'contact_details',
  'access_log',
] as const;
export type ErasureCategory = (typeof erasureCategories)[number];

export interface ErasureRule {
  /** The data, in a patient's words. */
  label: string;
  outcome: 'deleted' | 'withdrawn' | 'kept';
  /** Why it is kept, or what deleting it means, in plain words. */
  why: string;
  /** Where the duty or the right comes from. */
  references: readonly string[];
}

/**
 * The retention rules erasure applies, as versioned data: the portal explains them before a
 * patient asks, and every erasure record names the version it followed.
 */
export const erasureRules = {
  version: 'corium-retention-2026.11',
  categories: {
    portal_account: {
      label: 'Your portal account: sign-in details, sessions and access tokens',
      outcome: 'deleted',
      why: 'You will no longer be able to sign in. Entries you made yourself stay in your clinical record.',
      references: ['GDPR Art. 17(1)'],
    },
    photo_uses: {
      label: 'Permission to use your photos for teaching or marketing',
      outcome: 'withdrawn',
      why: 'Your photos will not be used for teaching or marketing. The history of what you allowed, and when, is kept as proof that they were only used as allowed.',
      references: ['GDPR Art. 7(3)', 'GDPR Art. 17(1)(b)'],
    },
    notification_preferences: {
      label: 'How you chose to hear from us about visits',
      outcome: 'deleted',
      why: 'No longer needed once you have left the clinic.',
      references: ['GDPR Art. 17(1)(a)'],
    },
    message_addresses: {
      label: 'The addresses and numbers our messages were sent to',
      outcome: 'deleted',
      why: 'The date and kind of each message (for example a reminder with pre-care advice) stay with your visits, because what you were told is part of your care.',
      references: ['GDPR Art. 17(1)(a)'],
    },
    waitlist: {
      label: 'Your places on the waiting list and offers of earlier times',
      outcome: 'deleted',
      why: 'No longer needed.',
      references: ['GDPR Art. 17(1)(a)'],
    },
    intake_draft: {
      label: 'A health questionnaire you started but did not send',
      outcome: 'deleted',
      why: 'It never became part of your record.',
      references: ['GDPR Art. 17(1)(a)'],
    },
    pending_messages: {
      label: 'Reminders and other messages not yet sent',
      outcome: 'deleted',
      why: 'They are cancelled and will never be sent.',
      references: ['GDPR Art. 17(1)', 'GDPR Art. 21(3)'],
    },
    record_copies: {
      label: 'Copies of your record prepared for download',
      outcome: 'deleted',
      why: 'Copies are not the record itself; the record is kept as explained below.',
      references: ['GDPR Art. 17(1)(a)'],
    },
    clinical_record: {
      label:
        'Your clinical record: health questionnaires, screenings, treatment plans, visits, treatment charts and clinical photos',
      outcome: 'kept',
      why: 'The law requires clinics to keep medical records for a minimum period after the last treatment (for adults in England, 8 years). It is hidden from everyday use and opened only when a clinician states why, which is logged and reviewed.',
      references: [
        'GDPR Art. 17(3)(b) and (c), Art. 9(2)(h)',
        'NHS England Records Management Code of Practice 2023 (adult records: 8 years)',
      ],
    },
    consents: {
      label: 'The consent forms you signed',
      outcome: 'kept',
      why: 'They are the proof that you agreed to each treatment, and part of the clinical record.',
      references: ['GDPR Art. 17(3)(e)', 'GDPR Art. 17(3)(b)'],
    },
    contact_details: {
      label: 'Your name, date of birth and contact details on the record',
      outcome: 'kept',
      why: 'A record must say whose it is, and we must be able to reach you if a product used in your treatment is recalled.',
      references: ['GDPR Art. 17(3)(c)', 'EU MDR 2017/745 Art. 89 (field safety corrective actions)'],
    },
    access_log: {
      label: 'The log of who opened your record and when',
      outcome: 'kept',
      why: 'It protects your record and cannot be changed by anyone; you can still ask to see it.',
      references: ['GDPR Art. 5(2) and Art. 32', 'HIPAA 45 CFR 164.312(b)'],
    },
  } satisfies Record<ErasureCategory, ErasureRule>,
} as const;

/** One line of an erasure: what was (or will be) done with one kind of data, and why. */
export const erasureLine = z.object({
  category: z.enum(erasureCategories),
  label: z.string(),
  outcome: z.enum(['deleted', 'withdrawn', 'kept']),
  /** Rows affected; null for what is kept. */
  count: z.number().int().nonnegative().nullable(),
  why: z.string(),
});
export type ErasureLine = z.infer<typeof erasureLine>;

export const erasureRequestStatuses = ['requested', 'carried_out', 'declined'] as const;

export const erasureRequest = z.object({
  id,
  patientId: id,
  patientName: z.string(),
  requestedVia: z.enum(['portal', 'staff']),
  requestedAt: z.iso.datetime(),
  reason: z.string(),
  status: z.enum(erasureRequestStatuses),
  decidedAt: z.iso.datetime().nullable(),
  decidedBy: z.string().nullable(),
  decisionNote: z.string().nullable(),
  /** What carrying it out will do (while requested) or did (once carried out); empty if declined. */
  lines: z.array(erasureLine),
  retentionVersion: z.string(),
});
export type ErasureRequest = z.infer<typeof erasureRequest>;

export const erasureRequestList = z.object({ requests: z.array(erasureRequest) });
export type ErasureRequestList = z.infer<typeof erasureRequestList>;

const plainText = (min: number, max: number) => z.string().trim().min(min).max(max);

/** A patient asking in the portal: the reason is their own words, and optional. */
export const portalErasureBody = z.strictObject({ reason: z.string().trim().max(2000).default('') });
export type PortalErasureBody = z.input<typeof portalErasureBody>;

/** Staff recording a request made at the desk, by phone or by letter. */
export const staffErasureBody = z.strictObject({
  receivedVia: z.enum(['in_person', 'phone', 'email', 'letter']),
  reason: plainText(3, 2000),
});
export type StaffErasureBody = z.input<typeof staffErasureBody>;

export const erasureDecisionBody = z.strictObject({ note: plainText(10, 2000) });
export type ErasureDecisionBody = z.input<typeof erasureDecisionBody>;

export const requestIdParams = z.object({ requestId: id });
export const exportIdParams = z.object({ exportId: id });
export const accessIdParams = z.object({ accessId: id });

/** What the portal's "Your data" page shows. */
export const portalPrivacy = z.object({
  exports: z.array(patientExport),
  erasureRequests: z.array(erasureRequest),
});
export type PortalPrivacy = z.infer<typeof portalPrivacy>;

/** How long a break-glass access lasts, minutes. */
export const BREAK_GLASS_MINUTES = 60;

export const breakGlassBody = z.strictObject({
  patientId: id,
  reason: plainText(10, 1000),
});
export type BreakGlassBody = z.input<typeof breakGlassBody>;

export const breakGlassAccess = z.object({
  id,
  patientId: id,
  patientName: z.string(),
  userName: z.string(),
  role: z.string(),
  reason: z.string(),
  openedAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  /** Whether the record was restricted when it was opened. */
  restricted: z.boolean(),
  reviewedAt: z.iso.datetime().nullable(),
  reviewedBy: z.string().nullable(),
  reviewNote: z.string().nullable(),
});
export type BreakGlassAccess = z.infer<typeof breakGlassAccess>;

export const breakGlassList = z.object({ accesses: z.array(breakGlassAccess) });
export type BreakGlassList = z.infer<typeof breakGlassList>;

export const breakGlassReviewBody = z.strictObject({ note: z.string().trim().max(2000).default('') });
export type BreakGlassReviewBody = z.input<typeof breakGlassReviewBody>;

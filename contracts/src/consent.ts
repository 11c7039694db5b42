import { z } from 'zod';
import { id } from './common';
import { unknownPlaceholders } from './consent-text';

/**
 * Informed consent: versioned templates per treatment, signatures drawn by the patient, an
 * immutable signed PDF, and photo-use scopes granted and revoked one by one.
 */

export const consentTreatments = ['microneedling', 'rf_microneedling', 'prp', 'photography'] as const;
export const consentTreatment = z.enum(consentTreatments);
export type ConsentTreatment = z.infer<typeof consentTreatment>;

/** How a treatment is named to the patient: in the `{{treatment}}` placeholder, lists and the PDF. */
export const consentTreatmentLabels: Record<ConsentTreatment, string> = {
  microneedling: 'Microneedling',
  rf_microneedling: 'Radiofrequency (RF) microneedling',
  prp: 'Platelet-rich plasma (PRP) with microneedling',
  photography: 'Clinical photography',
};

export const photoScopes = ['clinical_record', 'education', 'marketing'] as const;
export const photoScope = z.enum(photoScopes);
export type PhotoScope = z.infer<typeof photoScope>;

export const photoScopeLabels: Record<PhotoScope, string> = {
  clinical_record: 'Clinical record only',
  education: 'Education and training (de-identified)',
  marketing: 'Marketing (website, social media, advertising)',
};

const person = z.object({ id, displayName: z.string() });
const text = (max: number) => z.string().trim().min(1).max(max);
/** A SHA-256 digest in lower-case hex. */
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const templateVersion = z.object({
  id,
  templateId: id,
  treatment: consentTreatment,
  version: z.number().int().positive(),
  title: z.string(),
  /** The template in the consent markup of consent-text.ts, placeholders unfilled. */
  body: z.string(),
  /**
   * Bumped by a material change (new adjunct, modality, deeper protocol): consents signed on an
   * earlier material revision no longer cover future sessions and must be signed again.
   */
  materialRevision: z.number().int().positive(),
  changeNote: z.string(),
  /** Null for the text Corium ships. */
  publishedBy: person.nullable(),
  publishedAt: z.iso.datetime(),
});
export type TemplateVersion = z.infer<typeof templateVersion>;

export const consentTemplate = z.object({
  id,
  treatment: consentTreatment,
  current: templateVersion,
});
export const consentTemplateList = z.object({ templates: z.array(consentTemplate) });
export type ConsentTemplate = z.infer<typeof consentTemplate>;
export const templateVersionList = z.object({ versions: z.array(templateVersion) });

export const publishTemplateRequest = z
  .strictObject({
    /** The version the editor started from; a newer one published meanwhile → 409. */
    basedOnVersion: z.number().int().positive(),
    // One line: the canonical text is the title, a blank line, then the body.
    title: text(200).regex(/^[^\r\n]+$/, 'The title is one line'),
    body: text(50_000),
    material: z.boolean(),
    changeNote: text(2000),
  })
  .superRefine((request, ctx) => {
    const unknown = unknownPlaceholders(request.body);
    if (unknown.length > 0)
      ctx.addIssue({
        code: 'custom',
        path: ['body'],
        message: `Unknown placeholders: ${unknown.map((name) => `{{${name}}}`).join(', ')}`,
      });
  });
export type PublishTemplateRequest = z.infer<typeof publishTemplateRequest>;

/** Pointer positions of a drawn signature, in the pad's own pixels. */
export const drawnSignature = z
  .strictObject({
    width: z.number().int().min(100).max(4000),
    height: z.number().int().min(50).max(4000),
    strokes: z
      .array(
        z
          .array(z.tuple([z.number().min(0).max(4000), z.number().min(0).max(4000)]))
          .min(1)
          .max(5000),
      )
      .max(200),
  })
  .superRefine((signature, ctx) => {
    // A tap or a stray dot is not a signature.
    let length = 0;
    for (const stroke of signature.strokes)
      for (let i = 1; i < stroke.length; i++)
        length += Math.hypot(stroke[i]![0] - stroke[i - 1]![0], stroke[i]![1] - stroke[i - 1]![1]);
    if (length < 40) ctx.addIssue({ code: 'custom', path: ['strokes'], message: 'The signature is empty' });
  });
export type DrawnSignature = z.infer<typeof drawnSignature>;

export const photoScopeChoices = z.strictObject({
  clinical_record: z.boolean(),
  education: z.boolean(),
  marketing: z.boolean(),
});
export type PhotoScopeChoices = z.infer<typeof photoScopeChoices>;

export const signConsentRequest = z.strictObject({
  /** Exactly the version the patient read; signing a superseded one → 409. */
  templateVersionId: id,
  typedName: text(200),
  signature: drawnSignature,
  /** Required for the photography consent, refused for the others. */
  photoScopes: photoScopeChoices.optional(),
  /**
   * The `sha256` of the rendered consent the patient read. When given, a text that renders
   * differently by the time they sign (a new version, a changed name, the next day's date) → 409.
   */
  documentSha256: sha256.optional(),
});
export type SignConsentRequest = z.infer<typeof signConsentRequest>;

/** A template filled in for one patient: what they read and what the hash covers. */
export const renderedConsent = z.object({
  templateVersion,
  /** Title, then the filled-in body (consent-text.ts `canonicalConsentText`). */
  text: z.string(),
  sha256,
});
export type RenderedConsent = z.infer<typeof renderedConsent>;

export const consentStatuses = ['valid', 'needs_resigning', 'withdrawn'] as const;

export const signedConsent = z.object({
  id,
  patientId: id,
  treatment: consentTreatment,
  templateVersionId: id,
  templateVersion: z.number().int(),
  materialRevision: z.number().int(),
  title: z.string(),
  typedName: z.string(),
  signedAt: z.iso.datetime(),
  signedVia: z.enum(['portal', 'tablet']),
  /** The staff member whose tablet the patient signed on. */
  facilitatedBy: person.nullable(),
  documentSha256: z.string(),
  pdfSha256: z.string(),
  /** The photography consent's choices at signing; null for the other treatments. */
  photoScopes: photoScopeChoices.nullable(),
  countersignedBy: person.nullable(),
  countersignedAt: z.iso.datetime().nullable(),
  withdrawnAt: z.iso.datetime().nullable(),
  /** Who recorded the withdrawal: the patient in the portal, or staff on the patient's word. */
  withdrawnBy: person.nullable(),
  withdrawalReason: z.string().nullable(),
  status: z.enum(consentStatuses),
});
export type SignedConsent = z.infer<typeof signedConsent>;

/** Per treatment: whether a session may go ahead on the consent the patient has. */
export const treatmentConsent = z.object({
  treatment: consentTreatment,
  status: z.enum(['valid', 'missing', 'needs_resigning', 'withdrawn']),
  /** The consent that decides the status, if any. */
  consentId: id.nullable(),
  /** The clinic asked the patient to sign it (shown in the portal). */
  requested: z.boolean(),
  currentVersionId: id,
});
export type TreatmentConsent = z.infer<typeof treatmentConsent>;

export const photoScopeState = z.object({
  scope: photoScope,
  granted: z.boolean(),
  changedAt: z.iso.datetime().nullable(),
  changedBy: z.string().nullable(),
  /** The photography consent the current state was given or changed under. */
  consentId: id.nullable(),
});
export type PhotoScopeState = z.infer<typeof photoScopeState>;
export const photoScopeStateList = z.object({ photoScopes: z.array(photoScopeState) });

export const patientConsents = z.object({
  treatments: z.array(treatmentConsent),
  consents: z.array(signedConsent),
  photoScopes: z.array(photoScopeState),
});
export type PatientConsents = z.infer<typeof patientConsents>;

export const withdrawConsentRequest = z.strictObject({ reason: text(2000) });
export const requestConsentRequest = z.strictObject({ treatment: consentTreatment });
export const photoScopeChange = z.strictObject({ scope: photoScope, granted: z.boolean() });
export type PhotoScopeChange = z.infer<typeof photoScopeChange>;

export const consentVerification = z.object({
  consentId: id,
  valid: z.boolean(),
  /** The stored PDF hashed now, against the hash recorded at signing. */
  recordedSha256: z.string(),
  actualSha256: z.string(),
  /** The stored text the patient read hashed now, against its hash recorded at signing. */
  recordedDocumentSha256: z.string(),
  actualDocumentSha256: z.string(),
  documentMatches: z.boolean(),
});
export type ConsentVerification = z.infer<typeof consentVerification>;

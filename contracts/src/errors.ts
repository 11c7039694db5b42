import { z } from 'zod';

/**
 * The closed set of error codes Corium returns. The server maps each to one HTTP status
 * (server/src/platform/errors/status.ts); the web app switches on the code, never on text.
 */
export const errorCodes = [
  'VALIDATION_FAILED',
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'ALREADY_ONBOARDED',
  /** A screening finding at `block`: no override exists, the treatment must wait. */
  'NOT_OVERRIDABLE',
  /** No valid consent for the treatment: missing, withdrawn, or the text changed materially since. */
  'CONSENT_REQUIRED',
  /** Another booking holds a resource of this slot: someone was quicker. */
  'SLOT_TAKEN',
  /** Booking a treatment the patient's screening blocks for that date. */
  'SCREENING_BLOCKED',
  /** The booking's screening has findings a prescriber must override first. */
  'OVERRIDE_REQUIRED',
  /** Too close to another needling session of the patient, without a prescriber's override. */
  'SPACING_TOO_CLOSE',
  /** An idempotency key sent again with a different request. */
  'IDEMPOTENCY_KEY_REUSED',
  /** An `If-Match` version that is no longer current: someone changed the record since it was read. */
  'PRECONDITION_FAILED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** One invalid field: `path` is the field's location in the request, e.g. `admin.email`. */
export const fieldIssue = z.object({
  path: z.string(),
  message: z.string(),
});
export type FieldIssue = z.infer<typeof fieldIssue>;

export const errorBody = z.object({
  error: z.enum(errorCodes),
  message: z.string(),
  details: z.unknown().optional(),
});
export type ErrorBody = z.infer<typeof errorBody>;

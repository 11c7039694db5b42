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
  /** A signed treatment chart is read-only: corrections are addenda. */
  'CHART_SIGNED',
  /** A stock lot that cannot be charted: expired, recalled, or none left on hand. */
  'LOT_UNUSABLE',
  /** A single-use cartridge's serial already charted on a session. */
  'CARTRIDGE_REUSED',
  /** A needle depth above the patient's cap for the zone, without a prescriber's override. */
  'DEPTH_OVER_CAP',
  /** A product put on needled skin that is not sterile and meant for it (granuloma risk). */
  'NOT_FOR_NEEDLED_SKIN',
  /** An idempotency key sent again with a different request. */
  'IDEMPOTENCY_KEY_REUSED',
  /** An `If-Match` version that is no longer current: someone changed the record since it was read. */
  'PRECONDITION_FAILED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  /** An image of an accepted type that cannot be decoded: truncated, corrupt, or not what it claims. */
  'IMAGE_UNREADABLE',
  /** A restricted record: the caller must state why they open it (break-glass) first. */
  'BREAK_GLASS_REQUIRED',
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

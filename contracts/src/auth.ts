import { z } from 'zod';
import { email, id, newPassword, role } from './common';

export const signInRequest = z.strictObject({
  email,
  password: z.string().min(1).max(1024),
});
export type SignInRequest = z.input<typeof signInRequest>;

export const currentUser = z.object({
  user: z.object({ id, email: z.string(), displayName: z.string(), role, isPrescriber: z.boolean() }),
  clinic: z.object({ id, name: z.string(), timeZone: z.string() }),
});
export type CurrentUser = z.infer<typeof currentUser>;

/**
 * Where a browser stands. Staff need a TOTP code after their password: `totp_required`, or
 * `totp_enrolment_required` at their first sign-in. `csrfToken` goes back in the
 * `X-CSRF-Token` header of every POST/PUT/PATCH/DELETE made with the session cookie.
 */
export const sessionState = z.discriminatedUnion('state', [
  z.object({ state: z.literal('signed_out') }),
  z.object({ state: z.literal('totp_required'), csrfToken: z.string() }),
  z.object({ state: z.literal('totp_enrolment_required'), csrfToken: z.string() }),
  z.object({ state: z.literal('signed_in'), csrfToken: z.string(), current: currentUser }),
]);
export type SessionState = z.infer<typeof sessionState>;

/** A 6-digit code from the authenticator app. */
export const totpCode = z.string().regex(/^\d{6}$/, 'Enter the 6-digit code from your authenticator app');

export const totpEnrolment = z.object({
  /** Base32 secret, for typing into an app by hand. */
  secret: z.string(),
  otpauthUrl: z.string(),
  /** The same URL as an SVG QR code. */
  qrSvg: z.string(),
});
export type TotpEnrolment = z.infer<typeof totpEnrolment>;

export const totpEnrolRequest = z.strictObject({ code: totpCode });

/** Shown once: each code signs in once instead of a TOTP code, e.g. when a phone is lost. */
export const totpEnrolResponse = z.object({ recoveryCodes: z.array(z.string()), session: sessionState });
export type TotpEnrolResponse = z.infer<typeof totpEnrolResponse>;

export const totpVerifyRequest = z.union([
  z.strictObject({ code: totpCode }),
  z.strictObject({ recoveryCode: z.string().trim().min(8).max(32) }),
]);
export type TotpVerifyRequest = z.infer<typeof totpVerifyRequest>;

export const invitationDetails = z.object({
  email: z.string(),
  displayName: z.string(),
  role,
  clinicName: z.string(),
});
export type InvitationDetails = z.infer<typeof invitationDetails>;

export const acceptInvitationRequest = z.strictObject({ password: newPassword });

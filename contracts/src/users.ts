import { z } from 'zod';
import { email, id, staffRoles } from './common';

export const staffRole = z.enum(staffRoles);

export const staffUser = z.object({
  id,
  email: z.string(),
  displayName: z.string(),
  role: staffRole,
  isPrescriber: z.boolean(),
  status: z.enum(['invited', 'active', 'disabled']),
  totpEnrolled: z.boolean(),
});
export type StaffUser = z.infer<typeof staffUser>;

export const staffList = z.object({ users: z.array(staffUser) });

export const inviteRequest = z.strictObject({
  email,
  displayName: z.string().trim().min(1).max(120),
  role: staffRole,
  isPrescriber: z.boolean().default(false),
});
export type InviteRequest = z.input<typeof inviteRequest>;

/** The link is also e-mailed; the admin may pass it on by hand where e-mail is not set up. */
export const inviteResponse = z.object({
  user: staffUser,
  inviteUrl: z.string(),
  expiresAt: z.iso.datetime(),
});
export type InviteResponse = z.infer<typeof inviteResponse>;

export const updateUserRequest = z.strictObject({
  role: staffRole.optional(),
  isPrescriber: z.boolean().optional(),
  disabled: z.boolean().optional(),
});
export type UpdateUserRequest = z.input<typeof updateUserRequest>;

export const apiToken = z.object({
  id,
  name: z.string(),
  user: z.object({ id, email: z.string(), role: z.string() }),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime().nullable(),
  lastUsedAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
});
export type ApiToken = z.infer<typeof apiToken>;
export const apiTokenList = z.object({ tokens: z.array(apiToken) });

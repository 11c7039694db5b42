import { z } from 'zod';
import { email, id, role } from './common';

export const signInRequest = z.strictObject({
  email,
  password: z.string().min(1).max(1024),
});
export type SignInRequest = z.input<typeof signInRequest>;

export const currentUser = z.object({
  user: z.object({ id, email: z.string(), displayName: z.string(), role }),
  clinic: z.object({ id, name: z.string(), timeZone: z.string() }),
});
export type CurrentUser = z.infer<typeof currentUser>;

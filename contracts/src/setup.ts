import { z } from 'zod';
import { email, id, newPassword, timeZone } from './common';

/** What the web app asks first: is there a clinic yet, or should it show onboarding? */
export const setupStatus = z.object({
  needsOnboarding: z.boolean(),
  clinic: z.object({ name: z.string(), timeZone: z.string() }).nullable(),
});
export type SetupStatus = z.infer<typeof setupStatus>;

export const onboardingRequest = z.strictObject({
  clinicName: z.string().trim().min(2).max(120),
  timeZone,
  admin: z.strictObject({
    displayName: z.string().trim().min(1).max(120),
    email,
    password: newPassword,
  }),
});
export type OnboardingRequest = z.input<typeof onboardingRequest>;

export const onboardingResponse = z.object({
  clinic: z.object({ id, name: z.string(), timeZone: z.string() }),
  admin: z.object({ id, email: z.string(), displayName: z.string() }),
});
export type OnboardingResponse = z.infer<typeof onboardingResponse>;

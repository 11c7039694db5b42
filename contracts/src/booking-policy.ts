import { z } from 'zod';
import { id } from './common';

/**
 * The clinic's booking rules: what patients may do themselves in the portal, and how long a
 * waitlist offer stays open. Bounds match the CHECK constraints of `booking_policy`.
 */

/** Up to 336 h (two weeks) before a visit; 0: until it starts. */
export const CANCEL_NOTICE_HOURS = { min: 0, max: 336 } as const;
/** 15 min to 2880 min (two days). */
export const OFFER_MINUTES = { min: 15, max: 2880 } as const;

const { min: noticeMin, max: noticeMax } = CANCEL_NOTICE_HOURS;
const { min: offerMin, max: offerMax } = OFFER_MINUTES;

export const bookingPolicyRequest = z.strictObject({
  /** Patients cancel or move a visit in the portal up to this many hours before it. */
  cancelNoticeHours: z
    .number({ error: 'A number of hours' })
    .int('Whole hours')
    .min(noticeMin, `At least ${noticeMin} hours`)
    .max(noticeMax, `At most ${noticeMax} hours (two weeks)`),
  /** A new patient's first visit is a consultation. */
  consultationFirst: z.boolean({ error: 'Yes or no' }),
  /** A waitlist offer stays open this long before the next patient is asked. */
  offerMinutes: z
    .number({ error: 'A number of minutes' })
    .int('Whole minutes')
    .min(offerMin, `At least ${offerMin} minutes`)
    .max(offerMax, `At most ${offerMax} minutes (two days)`),
});
export type BookingPolicyRequest = z.infer<typeof bookingPolicyRequest>;

/** The rules in force; `updatedAt` and `updatedBy` are null while the clinic keeps Corium's defaults. */
export const bookingPolicy = z.object({
  ...bookingPolicyRequest.shape,
  updatedAt: z.iso.datetime().nullable(),
  updatedBy: z.object({ id, displayName: z.string() }).nullable(),
});
export type BookingPolicy = z.infer<typeof bookingPolicy>;

import { z } from 'zod';
import { id } from './common';

/**
 * The waitlist: a patient waiting for a time (service, location, days, optionally a
 * practitioner, mornings or afternoons). When a visit is cancelled, the first matching waiting
 * patient is offered its time by e-mail with a link that works for a limited while.
 */

const day = z.iso.date();
const instant = z.iso.datetime();

export const timesOfDay = ['morning', 'afternoon', 'any'] as const;
export const timeOfDay = z.enum(timesOfDay);
export type TimeOfDay = z.infer<typeof timeOfDay>;

/** The longest wait one entry may cover: half a year. */
export const WAITLIST_MAX_DAYS = 183;

export const waitlistEntryRequest = z
  .strictObject({
    serviceId: id,
    locationId: id,
    earliestDate: day,
    latestDate: day,
    practitionerId: id.optional(),
    timeOfDay: timeOfDay.default('any'),
  })
  .superRefine(({ earliestDate, latestDate }, ctx) => {
    const days = (Date.parse(latestDate) - Date.parse(earliestDate)) / 86_400_000;
    if (days < 0)
      ctx.addIssue({ code: 'custom', path: ['latestDate'], message: 'The last day is before the first' });
    else if (days > WAITLIST_MAX_DAYS)
      ctx.addIssue({ code: 'custom', path: ['latestDate'], message: `At most ${WAITLIST_MAX_DAYS} days` });
  });
export type WaitlistEntryRequest = z.infer<typeof waitlistEntryRequest>;

export const waitlistEntryStatus = z.enum(['waiting', 'offered', 'booked', 'withdrawn']);
export const waitlistOfferStatus = z.enum(['open', 'accepted', 'declined', 'expired', 'unavailable']);

export const waitlistEntry = z.object({
  id,
  patient: z.object({ id, displayName: z.string() }),
  service: z.object({ id, name: z.string() }),
  location: z.object({ id, name: z.string() }),
  practitioner: z.object({ id, displayName: z.string() }).nullable(),
  earliestDate: day,
  latestDate: day,
  timeOfDay,
  status: waitlistEntryStatus,
  createdAt: instant,
  /** The offer waiting for the patient's answer, if any. */
  openOffer: z.object({ id, start: instant, expiresAt: instant }).nullable(),
});
export type WaitlistEntry = z.infer<typeof waitlistEntry>;
export const waitlistEntryList = z.object({ entries: z.array(waitlistEntry) });
export type WaitlistEntryList = z.infer<typeof waitlistEntryList>;

/** Staff's list: by location, service and status (waiting and offered by default). */
export const waitlistQuery = z.strictObject({
  locationId: id.optional(),
  serviceId: id.optional(),
  status: waitlistEntryStatus.optional(),
});
export type WaitlistQuery = z.infer<typeof waitlistQuery>;

/** The link's secret, sent back with every look at or answer to an offer. */
export const offerToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'Not an offer link');
export const offerTokenQuery = z.strictObject({ token: offerToken });
export const offerAnswer = z.strictObject({ token: offerToken });
export type OfferAnswer = z.infer<typeof offerAnswer>;

export const waitlistOffer = z.object({
  id,
  status: waitlistOfferStatus,
  serviceName: z.string(),
  locationName: z.string(),
  timeZone: z.string(),
  start: instant,
  end: instant,
  practitionerName: z.string().nullable(),
  expiresAt: instant,
  /** Once accepted: the booked visit. */
  appointmentId: id.nullable(),
});
export type WaitlistOffer = z.infer<typeof waitlistOffer>;

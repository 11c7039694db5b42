import {
  waitlistEntry,
  waitlistEntryList,
  waitlistOffer,
  type WaitlistEntry,
  type WaitlistEntryList,
  type WaitlistEntryRequest,
  type WaitlistOffer,
  type WaitlistQuery,
} from '@corium/contracts';
import { request, segment, withQuery } from '../../lib/api';

/** z.input: `timeOfDay` has a default, so a form may leave it out. */
type EntryRequest = Omit<WaitlistEntryRequest, 'timeOfDay'> &
  Partial<Pick<WaitlistEntryRequest, 'timeOfDay'>>;

export const waitlistApi = {
  own: (): Promise<WaitlistEntryList> => request('GET', '/api/portal/waitlist', waitlistEntryList),
  join: (body: EntryRequest): Promise<WaitlistEntry> =>
    request('POST', '/api/portal/waitlist', waitlistEntry, body),
  withdrawOwn: (entryId: string): Promise<WaitlistEntry> =>
    request('POST', `/api/portal/waitlist/${segment(entryId)}/withdraw`, waitlistEntry, {}),
  offer: (offerId: string, token: string): Promise<WaitlistOffer> =>
    request('GET', withQuery(`/api/portal/waitlist/offers/${segment(offerId)}`, { token }), waitlistOffer),
  accept: (offerId: string, token: string): Promise<WaitlistOffer> =>
    request('POST', `/api/portal/waitlist/offers/${segment(offerId)}/accept`, waitlistOffer, { token }),
  decline: (offerId: string, token: string): Promise<WaitlistOffer> =>
    request('POST', `/api/portal/waitlist/offers/${segment(offerId)}/decline`, waitlistOffer, { token }),
  clinic: (query: WaitlistQuery): Promise<WaitlistEntryList> =>
    request('GET', withQuery('/api/waitlist', { ...query }), waitlistEntryList),
};

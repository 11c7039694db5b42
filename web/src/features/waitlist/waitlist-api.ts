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
export type EntryRequest = Omit<WaitlistEntryRequest, 'timeOfDay'> &
  Partial<Pick<WaitlistEntryRequest, 'timeOfDay'>>;

const patientWaitlist = (patientId: string) => `/api/patients/${segment(patientId)}/waitlist`;

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
  /** Staff, for a patient who called or came to the desk. */
  patientEntries: (patientId: string): Promise<WaitlistEntryList> =>
    request('GET', patientWaitlist(patientId), waitlistEntryList),
  add: (patientId: string, body: EntryRequest): Promise<WaitlistEntry> =>
    request('POST', patientWaitlist(patientId), waitlistEntry, body),
  withdraw: (patientId: string, entryId: string): Promise<WaitlistEntry> =>
    request('POST', `${patientWaitlist(patientId)}/${segment(entryId)}/withdraw`, waitlistEntry, {}),
};

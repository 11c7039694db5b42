import type { NotificationChannel } from '@corium/contracts';

/** A patient's stored choice; no stored choice means e-mail only. */
export interface ChannelPreference {
  email: boolean;
  sms: boolean;
}

export const DEFAULT_PREFERENCE: ChannelPreference = { email: true, sms: false };

/** Where a message can go, as the patient's record is now. */
export interface Reachability {
  email: string | null;
  /** The phone in E.164 form, or null when the record's phone cannot receive texts. */
  mobile: string | null;
  smsAvailable: boolean;
}

/**
 * A phone number a text-message provider accepts: E.164, `+` then 8–15 digits. Spaces,
 * dashes, dots and brackets are dropped, and a leading `00` is the `+`:
 * `+44 (0)7700 900123` is not accepted (the `(0)` is ambiguous), `+44 7700 900123` → `+447700900123`.
 */
export function mobileNumber(phone: string | null): string | null {
  if (!phone || phone.includes('(0)')) return null;
  const compact = phone.replace(/[\s\-.()]/g, '').replace(/^00/, '+');
  return /^\+[1-9]\d{7,14}$/.test(compact) ? compact : null;
}

/**
 * The channels a message goes out on: those chosen and possible. When none of the chosen ones
 * is possible (texts chosen, but the phone cannot take them or the clinic has no provider), the
 * message still goes by e-mail if there is an address: a patient is never left unaware.
 */
export function channelsFor(preference: ChannelPreference, reach: Reachability): NotificationChannel[] {
  const smsPossible = reach.smsAvailable && reach.mobile !== null;
  const chosen: NotificationChannel[] = [];
  if (preference.email && reach.email) chosen.push('email');
  if (preference.sms && smsPossible) chosen.push('sms');
  if (chosen.length === 0 && reach.email) chosen.push('email');
  return chosen;
}

/** The address a message on this channel goes to, or null when it does not go on this channel. */
export function recipientFor(
  channel: NotificationChannel,
  preference: ChannelPreference,
  reach: Reachability,
): string | null {
  if (!channelsFor(preference, reach).includes(channel)) return null;
  return channel === 'email' ? reach.email : reach.mobile;
}

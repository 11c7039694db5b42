import type { NotificationPreferences, SentNotification } from '@corium/contracts';
import { DEFAULT_PREFERENCE, mobileNumber } from './channel-choice';
import type * as repo from './notifications.repo';

type PreferenceRow = NonNullable<Awaited<ReturnType<typeof repo.findPreference>>>;
type ContactRow = NonNullable<Awaited<ReturnType<typeof repo.patientContact>>>;
type SentRow = Awaited<ReturnType<typeof repo.listSent>>[number];

export const toPreferences = (
  row: PreferenceRow | undefined,
  contact: ContactRow,
  smsAvailable: boolean,
): NotificationPreferences => ({
  email: row?.email ?? DEFAULT_PREFERENCE.email,
  sms: row?.sms ?? DEFAULT_PREFERENCE.sms,
  hasEmail: contact.email !== null && contact.email !== '',
  hasMobile: mobileNumber(contact.phone) !== null,
  smsAvailable,
  updatedAt: row?.updated_at.toISOString() ?? null,
});

export const toSentNotification = (row: SentRow): SentNotification => ({
  id: row.id,
  appointmentId: row.appointment_id,
  channel: row.channel,
  kind: row.kind,
  status: row.status,
  at: row.at.toISOString(),
  recipient: row.recipient,
  detail: row.detail,
  preCareVersion: row.pre_care_version,
});

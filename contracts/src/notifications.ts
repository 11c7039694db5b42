import { z } from 'zod';
import { id } from './common';

/**
 * Appointment messages: how a patient wants to hear about their visits (confirmation with a
 * calendar invite, the reminder a day before, a moved or cancelled visit), and the record of
 * what was sent.
 */

export const notificationChannels = ['email', 'sms'] as const;
export const notificationChannel = z.enum(notificationChannels);
export type NotificationChannel = z.infer<typeof notificationChannel>;

export const appointmentNoticeKinds = ['confirmation', 'reminder', 'moved', 'cancellation'] as const;
export const appointmentNoticeKind = z.enum(appointmentNoticeKinds);
export type AppointmentNoticeKind = z.infer<typeof appointmentNoticeKind>;

/** The choice itself: at least one channel, so a patient always hears about a change to a visit. */
export const notificationPreferencesRequest = z
  .strictObject({ email: z.boolean(), sms: z.boolean() })
  .refine((p) => p.email || p.sms, { message: 'Choose e-mail, text message or both', path: ['email'] });
export type NotificationPreferencesRequest = z.infer<typeof notificationPreferencesRequest>;

export const notificationPreferences = z.object({
  email: z.boolean(),
  sms: z.boolean(),
  /** The record has an e-mail address to send to. */
  hasEmail: z.boolean(),
  /** The record has a phone number in international form (+44 …) that can receive texts. */
  hasMobile: z.boolean(),
  /** The clinic has a text-message provider configured. */
  smsAvailable: z.boolean(),
  /** Null until the patient or the clinic first chose; the default is e-mail only. */
  updatedAt: z.iso.datetime().nullable(),
});
export type NotificationPreferences = z.infer<typeof notificationPreferences>;

export const notificationStatus = z.enum(['sent', 'failed']);
export type NotificationStatus = z.infer<typeof notificationStatus>;

export const sentNotification = z.object({
  id,
  appointmentId: id,
  channel: notificationChannel,
  kind: appointmentNoticeKind,
  status: notificationStatus,
  /** When it was handed to the mail server or the text-message provider (or refused by it). */
  at: z.iso.datetime(),
  /** Where it went: the e-mail address or phone number at the time. */
  recipient: z.string(),
  /** Why a failed message could not be delivered, in the provider's words. */
  detail: z.string().nullable(),
  /** The version of the pre-care instructions a reminder e-mail carried. */
  preCareVersion: z.string().nullable(),
});
export type SentNotification = z.infer<typeof sentNotification>;

export const sentNotificationList = z.object({ notifications: z.array(sentNotification) });
export type SentNotificationList = z.infer<typeof sentNotificationList>;

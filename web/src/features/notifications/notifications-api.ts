import {
  notificationPreferences,
  sentNotificationList,
  type NotificationPreferences,
  type NotificationPreferencesRequest,
  type SentNotification,
} from '@corium/contracts';
import { request, segment } from '../../lib/api';

const patientPath = (patientId: string) => `/api/patients/${segment(patientId)}`;

/** Appointment messages: a patient's channels, and what was sent to them. */
export const notificationsApi = {
  preferences: (patientId: string): Promise<NotificationPreferences> =>
    request('GET', `${patientPath(patientId)}/notification-preferences`, notificationPreferences),
  savePreferences: (
    patientId: string,
    choice: NotificationPreferencesRequest,
  ): Promise<NotificationPreferences> =>
    request('PUT', `${patientPath(patientId)}/notification-preferences`, notificationPreferences, choice),
  sent: async (patientId: string): Promise<SentNotification[]> =>
    (await request('GET', `${patientPath(patientId)}/notifications`, sentNotificationList)).notifications,
  ownPreferences: (): Promise<NotificationPreferences> =>
    request('GET', '/api/portal/notification-preferences', notificationPreferences),
  saveOwnPreferences: (choice: NotificationPreferencesRequest): Promise<NotificationPreferences> =>
    request('PUT', '/api/portal/notification-preferences', notificationPreferences, choice),
};

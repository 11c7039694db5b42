/** Kysely's view of the appointment-message tables (server/migrations/*_notifications.sql); kept beside schema.ts. */

export interface NotificationPreferenceTable {
  clinic_id: string;
  patient_id: string;
  email: boolean;
  sms: boolean;
  updated_by: string;
  updated_at: Date;
}

export interface AppointmentInviteTable {
  clinic_id: string;
  appointment_id: string;
  sequence: number;
}

export interface NotificationLogTable {
  id: string;
  clinic_id: string;
  patient_id: string;
  appointment_id: string;
  channel: 'email' | 'sms';
  kind: 'confirmation' | 'reminder' | 'moved' | 'cancellation';
  status: 'sent' | 'failed';
  recipient: string;
  detail: string | null;
  pre_care_version: string | null;
  outbox_id: string;
  at: Date;
}

export interface NotificationTables {
  notification_preference: NotificationPreferenceTable;
  appointment_invite: AppointmentInviteTable;
  notification_log: NotificationLogTable;
}

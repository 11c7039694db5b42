-- Appointment messages: each patient's channels (e-mail by default, text messages by choice),
-- the calendar invite's revision per appointment, and the record of every message sent.

-- How a patient wants to hear about their visits. No row means the default: e-mail only.
CREATE TABLE notification_preference (
  clinic_id   uuid NOT NULL,
  patient_id  uuid NOT NULL,
  email       boolean NOT NULL,
  sms         boolean NOT NULL,
  updated_by  uuid NOT NULL,
  updated_at  timestamptz NOT NULL,
  PRIMARY KEY (clinic_id, patient_id),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patient (clinic_id, id),
  FOREIGN KEY (clinic_id, updated_by) REFERENCES app_user (clinic_id, id),
  -- A patient always hears about a change to a visit somehow.
  CHECK (email OR sms)
);

-- The calendar invite of an appointment: one UID for its whole life, and the RFC 5545
-- SEQUENCE, raised each time the visit moves or is cancelled so calendars replace the old copy.
CREATE TABLE appointment_invite (
  clinic_id       uuid NOT NULL,
  appointment_id  uuid NOT NULL,
  sequence        integer NOT NULL DEFAULT 0 CHECK (sequence >= 0),
  PRIMARY KEY (clinic_id, appointment_id),
  FOREIGN KEY (clinic_id, appointment_id) REFERENCES appointment (clinic_id, id)
);

-- Every appointment message handed to the mail server or the text-message provider, or
-- refused by it: one row per visit it told of (a series' confirmation tells of several).
-- `outbox_id` makes a retried job's record the same rows, never second ones.
CREATE TABLE notification_log (
  id              uuid PRIMARY KEY,
  clinic_id       uuid NOT NULL,
  patient_id      uuid NOT NULL,
  appointment_id  uuid NOT NULL,
  channel         text NOT NULL CHECK (channel IN ('email', 'sms')),
  kind            text NOT NULL CHECK (kind IN ('confirmation', 'reminder', 'moved', 'cancellation')),
  status          text NOT NULL CHECK (status IN ('sent', 'failed')),
  recipient       text NOT NULL,
  detail          text,
  -- The version of the pre-care instructions a reminder carried (pre-care.ts), for what was said.
  pre_care_version text,
  outbox_id       uuid NOT NULL,
  at              timestamptz NOT NULL,
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patient (clinic_id, id),
  FOREIGN KEY (clinic_id, appointment_id) REFERENCES appointment (clinic_id, id),
  UNIQUE (outbox_id, appointment_id)
);
CREATE INDEX notification_log_patient_idx ON notification_log (clinic_id, patient_id, at DESC);

-- Aftercare and recovery: the clinic's timeline versions, the plan built when a chart is signed,
-- daily check-ins (reached by single-use links stored hashed), alerts with response timers, the
-- clinic's on-call list, messages sent (by outbox id), and adverse-event records.

-- A clinic's own aftercare timeline, as the medical director publishes it. Append-only: each
-- plan names the version it was built from. No rows = Corium's default (in code).
CREATE TABLE aftercare_timeline_version (
  id            uuid PRIMARY KEY,
  clinic_id     uuid NOT NULL REFERENCES clinic (id),
  number        integer NOT NULL CHECK (number > 0),
  version       text NOT NULL,
  timeline      jsonb NOT NULL CHECK (jsonb_typeof(timeline) = 'object'),
  change_note   text NOT NULL CHECK (length(trim(change_note)) BETWEEN 3 AND 500),
  published_by  uuid NOT NULL REFERENCES app_user (id),
  published_at  timestamptz NOT NULL,
  UNIQUE (clinic_id, number)
);
CREATE TRIGGER aftercare_timeline_version_append_only
  BEFORE UPDATE OR DELETE ON aftercare_timeline_version
  FOR EACH ROW EXECUTE FUNCTION consent_record_is_append_only();

-- Who is on call for aftercare alerts, and how long each level may wait for an acknowledgement.
CREATE TABLE aftercare_settings (
  clinic_id          uuid PRIMARY KEY REFERENCES clinic (id),
  on_call_user_ids   uuid[] NOT NULL DEFAULT '{}',
  review_minutes     integer NOT NULL CHECK (review_minutes BETWEEN 15 AND 10080),
  urgent_minutes     integer NOT NULL CHECK (urgent_minutes BETWEEN 5 AND 1440),
  emergency_minutes  integer NOT NULL CHECK (emergency_minutes BETWEEN 5 AND 240),
  updated_by         uuid NOT NULL REFERENCES app_user (id),
  updated_at         timestamptz NOT NULL
);

-- One plan per signed session: the facts it was built from and the plan as the patient was told
-- it (in their language), so a later timeline version never rewrites what was sent.
CREATE TABLE aftercare_plan (
  id                uuid PRIMARY KEY,
  clinic_id         uuid NOT NULL,
  patient_id        uuid NOT NULL,
  session_id        uuid NOT NULL,
  practitioner_id   uuid NOT NULL,
  treatment_date    date NOT NULL,
  time_zone         text NOT NULL,
  timeline_version  text NOT NULL,
  language          text NOT NULL,
  facts             jsonb NOT NULL CHECK (jsonb_typeof(facts) = 'object'),
  plan              jsonb NOT NULL CHECK (jsonb_typeof(plan) = 'object'),
  status            text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'cancelled')),
  created_at        timestamptz NOT NULL,
  cancelled_at      timestamptz,
  cancelled_by      uuid REFERENCES app_user (id),
  cancel_reason     text,
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patient (clinic_id, id),
  FOREIGN KEY (clinic_id, session_id) REFERENCES treatment_session (clinic_id, id),
  FOREIGN KEY (clinic_id, practitioner_id) REFERENCES app_user (clinic_id, id),
  UNIQUE (clinic_id, session_id),
  UNIQUE (clinic_id, id),
  CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL)),
  CHECK ((cancelled_at IS NULL) = (cancelled_by IS NULL) AND (cancelled_at IS NULL) = (cancel_reason IS NULL))
);
CREATE INDEX aftercare_plan_patient_idx ON aftercare_plan (clinic_id, patient_id, treatment_date DESC);

-- A check-in due on one day of a plan: open from its morning until closes_at; answered once.
CREATE TABLE aftercare_check_in (
  id                uuid PRIMARY KEY,
  clinic_id         uuid NOT NULL,
  plan_id           uuid NOT NULL,
  patient_id        uuid NOT NULL,
  day               smallint NOT NULL CHECK (day BETWEEN 1 AND 42),
  due_date          date NOT NULL,
  opens_at          timestamptz NOT NULL,
  remind_at         timestamptz NOT NULL CHECK (remind_at >= opens_at),
  closes_at         timestamptz NOT NULL CHECK (closes_at > remind_at),
  status            text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'submitted', 'cancelled')),
  reminder_sent_at  timestamptz,
  submitted_at      timestamptz,
  via               text CHECK (via IN ('portal', 'link')),
  answers           jsonb,
  triage            jsonb,
  level             text CHECK (level IN ('expected', 'review', 'urgent', 'emergency')),
  FOREIGN KEY (clinic_id, plan_id) REFERENCES aftercare_plan (clinic_id, id),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patient (clinic_id, id),
  UNIQUE (plan_id, day),
  UNIQUE (clinic_id, id),
  CHECK ((status = 'submitted') = (submitted_at IS NOT NULL)),
  CHECK ((submitted_at IS NULL) = (answers IS NULL) AND (submitted_at IS NULL) = (triage IS NULL)
         AND (submitted_at IS NULL) = (level IS NULL) AND (submitted_at IS NULL) = (via IS NULL))
);
CREATE INDEX aftercare_check_in_open_idx ON aftercare_check_in (clinic_id, closes_at) WHERE status = 'open';

-- A link sent by e-mail: only the SHA-256 of its token is kept. It opens one check-in's form
-- until the check-in closes; answering with it uses it up.
CREATE TABLE aftercare_check_in_link (
  token_hash   bytea PRIMARY KEY CHECK (length(token_hash) = 32),
  clinic_id    uuid NOT NULL,
  check_in_id  uuid NOT NULL,
  created_at   timestamptz NOT NULL,
  expires_at   timestamptz NOT NULL CHECK (expires_at > created_at),
  used_at      timestamptz,
  FOREIGN KEY (clinic_id, check_in_id) REFERENCES aftercare_check_in (clinic_id, id)
);
CREATE INDEX aftercare_check_in_link_check_in_idx ON aftercare_check_in_link (check_in_id);

-- An adverse event, as a clinician records it for the clinic and for regulators.
CREATE TABLE adverse_event (
  id               uuid PRIMARY KEY,
  clinic_id        uuid NOT NULL,
  patient_id       uuid NOT NULL,
  session_id       uuid NOT NULL,
  device_id        uuid,
  term             text NOT NULL CHECK (term ~ '^[a-z_]{3,60}$'),
  term_other       text CHECK (length(trim(term_other)) BETWEEN 3 AND 200),
  description      text NOT NULL CHECK (length(trim(description)) BETWEEN 3 AND 5000),
  onset_day        integer NOT NULL CHECK (onset_day >= 0),
  severity_grade   smallint NOT NULL CHECK (severity_grade BETWEEN 1 AND 5),
  seriousness      text[] NOT NULL DEFAULT '{}',
  treatment_given  text NOT NULL,
  outcome          text NOT NULL,
  causality        text NOT NULL,
  recorded_by      uuid NOT NULL REFERENCES app_user (id),
  recorded_at      timestamptz NOT NULL,
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patient (clinic_id, id),
  FOREIGN KEY (clinic_id, session_id) REFERENCES treatment_session (clinic_id, id),
  FOREIGN KEY (clinic_id, device_id) REFERENCES device (clinic_id, id),
  CHECK ((term = 'other') = (term_other IS NOT NULL)),
  UNIQUE (clinic_id, id)
);
CREATE INDEX adverse_event_patient_idx ON adverse_event (clinic_id, patient_id, recorded_at DESC);
CREATE TRIGGER adverse_event_append_only
  BEFORE UPDATE OR DELETE ON adverse_event
  FOR EACH ROW EXECUTE FUNCTION consent_record_is_append_only();

-- The cartridge and topical lots of the session an adverse event links to: what a recall or a
-- regulator asks for ("every event with lot X").
CREATE TABLE adverse_event_lot (
  clinic_id         uuid NOT NULL,
  adverse_event_id  uuid NOT NULL,
  lot_id            uuid NOT NULL,
  role              text NOT NULL CHECK (role IN ('cartridge', 'topical')),
  PRIMARY KEY (adverse_event_id, lot_id, role),
  FOREIGN KEY (clinic_id, adverse_event_id) REFERENCES adverse_event (clinic_id, id),
  FOREIGN KEY (clinic_id, lot_id) REFERENCES stock_lot (clinic_id, id)
);
CREATE INDEX adverse_event_lot_lot_idx ON adverse_event_lot (lot_id);

-- An alert from a check-in that was not as expected, for the treating practitioner and the
-- on-call staff; unacknowledged at respond_by, it escalates to the medical director.
CREATE TABLE aftercare_alert (
  id                uuid PRIMARY KEY,
  clinic_id         uuid NOT NULL,
  patient_id        uuid NOT NULL,
  plan_id           uuid NOT NULL,
  session_id        uuid NOT NULL,
  check_in_id       uuid,
  level             text NOT NULL CHECK (level IN ('review', 'urgent', 'emergency')),
  reasons           jsonb NOT NULL CHECK (jsonb_typeof(reasons) = 'array'),
  recipient_ids     uuid[] NOT NULL,
  raised_at         timestamptz NOT NULL,
  respond_by        timestamptz NOT NULL CHECK (respond_by > raised_at),
  escalated_at      timestamptz,
  acknowledged_at   timestamptz,
  acknowledged_by   uuid REFERENCES app_user (id),
  resolved_at       timestamptz,
  resolved_by       uuid REFERENCES app_user (id),
  resolution_note   text,
  adverse_event_id  uuid,
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patient (clinic_id, id),
  FOREIGN KEY (clinic_id, plan_id) REFERENCES aftercare_plan (clinic_id, id),
  FOREIGN KEY (clinic_id, check_in_id) REFERENCES aftercare_check_in (clinic_id, id),
  FOREIGN KEY (clinic_id, adverse_event_id) REFERENCES adverse_event (clinic_id, id),
  UNIQUE (clinic_id, id),
  CHECK ((acknowledged_at IS NULL) = (acknowledged_by IS NULL)),
  CHECK ((resolved_at IS NULL) = (resolved_by IS NULL) AND (resolved_at IS NULL) = (resolution_note IS NULL)),
  -- Resolving acknowledges too: a resolved alert is never waiting for anyone.
  CHECK (resolved_at IS NULL OR acknowledged_at IS NOT NULL)
);
CREATE INDEX aftercare_alert_open_idx ON aftercare_alert (clinic_id, raised_at) WHERE resolved_at IS NULL;
CREATE INDEX aftercare_alert_patient_idx ON aftercare_alert (clinic_id, patient_id, raised_at DESC);

-- Every aftercare message handed to the mail server: one row per outbox job and recipient, so a retried
-- send after a crash is recognisable (the e-mail's Message-ID is the outbox id too).
CREATE TABLE aftercare_message (
  id            uuid PRIMARY KEY,
  clinic_id     uuid NOT NULL,
  patient_id    uuid,
  plan_id       uuid,
  alert_id      uuid,
  kind          text NOT NULL CHECK (kind IN ('plan', 'morning', 'check_in', 'check_in_reminder', 'alert', 'escalation')),
  recipient     text NOT NULL,
  outbox_id     uuid NOT NULL,
  sent_at       timestamptz NOT NULL,
  UNIQUE (outbox_id, recipient),
  FOREIGN KEY (clinic_id, plan_id) REFERENCES aftercare_plan (clinic_id, id),
  FOREIGN KEY (clinic_id, alert_id) REFERENCES aftercare_alert (clinic_id, id)
);
CREATE INDEX aftercare_message_plan_idx ON aftercare_message (plan_id, sent_at);

-- Identity and the audit spine: staff two-step sign-in (TOTP), recovery codes, invitations,
-- API tokens, sign-in throttling, CSRF tokens on sessions, and the tamper-evident audit log.

ALTER TABLE app_user
  ADD COLUMN totp_secret text,
  ADD COLUMN totp_enrolled_at timestamptz,
  -- The last accepted 30-second step: a code is never accepted twice (RFC 6238 §5.2).
  ADD COLUMN totp_last_step bigint NOT NULL DEFAULT 0;

-- A session is 'full' only after the whole sign-in; staff pass through 'totp' or
-- 'totp_enrolment' first, where nothing but that step is allowed.
ALTER TABLE user_session
  ADD COLUMN stage text NOT NULL DEFAULT 'full' CHECK (stage IN ('totp', 'totp_enrolment', 'full')),
  ADD COLUMN csrf_token text NOT NULL DEFAULT md5(random()::text);
ALTER TABLE user_session ALTER COLUMN csrf_token DROP DEFAULT;

CREATE TABLE recovery_code (
  id         uuid PRIMARY KEY,
  clinic_id  uuid NOT NULL,
  user_id    uuid NOT NULL,
  code_hash  text NOT NULL,
  used_at    timestamptz,
  FOREIGN KEY (clinic_id, user_id) REFERENCES app_user (clinic_id, id) ON DELETE CASCADE
);
CREATE INDEX recovery_code_user_idx ON recovery_code (user_id);

CREATE TABLE invitation (
  id          uuid PRIMARY KEY,
  clinic_id   uuid NOT NULL,
  user_id     uuid NOT NULL,
  token_hash  bytea NOT NULL UNIQUE,
  created_by  uuid NOT NULL REFERENCES app_user (id),
  expires_at  timestamptz NOT NULL,
  accepted_at timestamptz,
  FOREIGN KEY (clinic_id, user_id) REFERENCES app_user (clinic_id, id) ON DELETE CASCADE
);

CREATE TABLE api_token (
  id            uuid PRIMARY KEY,
  clinic_id     uuid NOT NULL,
  user_id       uuid NOT NULL,
  name          text NOT NULL,
  token_hash    bytea NOT NULL UNIQUE,
  created_at    timestamptz NOT NULL DEFAULT now(),
  expires_at    timestamptz,
  last_used_at  timestamptz,
  revoked_at    timestamptz,
  FOREIGN KEY (clinic_id, user_id) REFERENCES app_user (clinic_id, id) ON DELETE CASCADE
);

-- Failed sign-in and TOTP attempts per key ('ip:…', 'account:…'), shared by every process.
CREATE TABLE auth_throttle (
  key           text PRIMARY KEY,
  failures      integer NOT NULL,
  window_start  timestamptz NOT NULL,
  blocked_until timestamptz
);

-- Append-only. Each event carries the hash of the previous event of its chain (one chain per
-- clinic; events with no clinic, such as a sign-in with an unknown e-mail, form their own).
CREATE TABLE audit_event (
  id             uuid PRIMARY KEY,
  chain          uuid NOT NULL,
  seq            bigint NOT NULL,
  clinic_id      uuid,
  occurred_at    timestamptz NOT NULL,
  actor_user_id  uuid,
  actor_role     text,
  actor_token_id uuid,
  action         text NOT NULL,
  resource_type  text NOT NULL,
  resource_id    text,
  patient_ids    uuid[] NOT NULL DEFAULT '{}',
  outcome        text NOT NULL CHECK (outcome IN ('success', 'denied', 'failure')),
  ip             text,
  request_id     text,
  details        jsonb NOT NULL DEFAULT '{}',
  prev_hash      bytea NOT NULL,
  hash           bytea NOT NULL,
  UNIQUE (chain, seq)
);
CREATE INDEX audit_event_patients_idx ON audit_event USING gin (patient_ids);
CREATE INDEX audit_event_clinic_time_idx ON audit_event (clinic_id, occurred_at);

CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only';
END;
$$;
CREATE TRIGGER audit_event_append_only
  BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
CREATE TRIGGER audit_event_no_truncate
  BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();

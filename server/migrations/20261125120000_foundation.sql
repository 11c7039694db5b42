-- Foundation: tenants, staff accounts, sessions, the clinic's physical resources, patients,
-- their intake history, and the transactional outbox.
-- PostgreSQL 15 subset: runs unchanged on the embedded PostgreSQL 18 and an external 15+.
-- Ids are UUIDv7 made by the application; every clinical table carries clinic_id.

CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE clinic (
  id          uuid PRIMARY KEY,
  name        text NOT NULL CHECK (length(name) BETWEEN 2 AND 120),
  time_zone   text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE location (
  id          uuid PRIMARY KEY,
  clinic_id   uuid NOT NULL REFERENCES clinic (id),
  name        text NOT NULL,
  time_zone   text NOT NULL,
  address     text,
  created_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (clinic_id, id)
);

CREATE TABLE app_user (
  id             uuid PRIMARY KEY,
  clinic_id      uuid NOT NULL REFERENCES clinic (id),
  email          text NOT NULL CHECK (email = lower(email)),
  display_name   text NOT NULL,
  role           text NOT NULL CHECK (role IN ('admin', 'medical_director', 'practitioner', 'front_desk', 'patient')),
  is_prescriber  boolean NOT NULL DEFAULT false,
  password_hash  text,
  disabled_at    timestamptz,
  created_at     timestamptz NOT NULL DEFAULT now(),
  UNIQUE (email),
  UNIQUE (clinic_id, id)
);

-- Session ids are random 256-bit values; only their SHA-256 is stored, so a copy of this
-- table cannot be replayed as cookies.
CREATE TABLE user_session (
  id_hash       bytea PRIMARY KEY,
  clinic_id     uuid NOT NULL,
  user_id       uuid NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  last_seen_at  timestamptz NOT NULL DEFAULT now(),
  expires_at    timestamptz NOT NULL,
  ip            text,
  user_agent    text,
  FOREIGN KEY (clinic_id, user_id) REFERENCES app_user (clinic_id, id) ON DELETE CASCADE
);
CREATE INDEX user_session_user_idx ON user_session (user_id);

CREATE TABLE room (
  id           uuid PRIMARY KEY,
  clinic_id    uuid NOT NULL,
  location_id  uuid NOT NULL,
  name         text NOT NULL,
  kind         text NOT NULL CHECK (kind IN ('treatment', 'consult')),
  active       boolean NOT NULL DEFAULT true,
  FOREIGN KEY (clinic_id, location_id) REFERENCES location (clinic_id, id),
  UNIQUE (location_id, name)
);

CREATE TABLE device (
  id           uuid PRIMARY KEY,
  clinic_id    uuid NOT NULL,
  location_id  uuid NOT NULL,
  kind         text NOT NULL CHECK (kind IN ('pen', 'rf_unit')),
  model        text NOT NULL,
  serial       text NOT NULL,
  status       text NOT NULL DEFAULT 'in_service' CHECK (status IN ('in_service', 'maintenance', 'retired')),
  FOREIGN KEY (clinic_id, location_id) REFERENCES location (clinic_id, id),
  UNIQUE (clinic_id, serial)
);

-- A lot of sterile, single-use needle cartridges as received from the supplier.
CREATE TABLE cartridge_lot (
  id                 uuid PRIMARY KEY,
  clinic_id          uuid NOT NULL REFERENCES clinic (id),
  product            text NOT NULL,
  needle_config      text NOT NULL,
  lot_number         text NOT NULL,
  expires_on         date NOT NULL,
  quantity_received  integer NOT NULL CHECK (quantity_received > 0),
  received_on        date NOT NULL,
  UNIQUE (clinic_id, product, lot_number)
);

-- Wall-clock opening hours in the location's IANA zone; ISO weekday 1 = Monday.
CREATE TABLE opening_hours (
  id           uuid PRIMARY KEY,
  clinic_id    uuid NOT NULL,
  location_id  uuid NOT NULL,
  weekday      smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  opens_at     time NOT NULL,
  closes_at    time NOT NULL CHECK (closes_at > opens_at),
  FOREIGN KEY (clinic_id, location_id) REFERENCES location (clinic_id, id)
);
CREATE INDEX opening_hours_location_idx ON opening_hours (location_id, weekday);

CREATE TABLE patient (
  id                  uuid PRIMARY KEY,
  clinic_id           uuid NOT NULL REFERENCES clinic (id),
  given_name          text NOT NULL,
  family_name         text NOT NULL,
  date_of_birth       date NOT NULL,
  sex                 text NOT NULL CHECK (sex IN ('female', 'male', 'other', 'unknown')),
  email               text,
  phone               text,
  preferred_language  text NOT NULL DEFAULT 'en',
  fitzpatrick_type    smallint CHECK (fitzpatrick_type BETWEEN 1 AND 6),
  concerns            text[] NOT NULL DEFAULT '{}',
  notes               text,
  user_id             uuid REFERENCES app_user (id),
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  UNIQUE (clinic_id, id)
);
CREATE INDEX patient_clinic_family_idx ON patient (clinic_id, family_name, given_name);

-- Medical history is versioned: an update inserts a new version, never overwrites one.
-- Answers are keyed by the canonical question ids of shared/domain/intake-questions.md.
CREATE TABLE medical_history (
  id          uuid PRIMARY KEY,
  clinic_id   uuid NOT NULL,
  patient_id  uuid NOT NULL,
  version     integer NOT NULL CHECK (version > 0),
  answers     jsonb NOT NULL,
  entered_by  uuid REFERENCES app_user (id),
  entered_at  timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patient (clinic_id, id),
  UNIQUE (patient_id, version)
);

-- Transactional outbox: rows are written in the same transaction as the change that causes
-- them, and drained by workers with FOR UPDATE SKIP LOCKED.
CREATE TABLE outbox (
  id            uuid PRIMARY KEY,
  clinic_id     uuid REFERENCES clinic (id),
  job           text NOT NULL,
  payload       jsonb NOT NULL,
  status        text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'dead')),
  attempts      integer NOT NULL DEFAULT 0,
  max_attempts  integer NOT NULL DEFAULT 8,
  run_at        timestamptz NOT NULL DEFAULT now(),
  last_error    text,
  created_at    timestamptz NOT NULL DEFAULT now(),
  done_at       timestamptz
);
CREATE INDEX outbox_due_idx ON outbox (run_at) WHERE status = 'pending';

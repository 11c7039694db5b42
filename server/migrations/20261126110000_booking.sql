-- Booking: services as sequences of segments that each need resources, who may perform them
-- and where, practitioners' working hours with exceptions and time off, treatment series, and
-- appointments with the resources each one holds. The database itself forbids double booking:
-- an exclusion constraint per resource on the time it is held.

CREATE EXTENSION IF NOT EXISTS btree_gist;

-- Appointment resources point at rooms and devices of the same clinic.
ALTER TABLE room ADD CONSTRAINT room_clinic_id_id_key UNIQUE (clinic_id, id);
ALTER TABLE device ADD CONSTRAINT device_clinic_id_id_key UNIQUE (clinic_id, id);

-- What a clinic books: a consultation, a treatment, a review. `roles` names what a visit needs
-- ([{key, kind: room|practitioner|device, roomKind?, deviceKind?}]); `segments` is the visit in
-- order ([{name, minutes, uses: [roleKey]}]), e.g. numbing 45 [room] → needling 30 [room,
-- practitioner, pen] → aftercare 10 [room]. Both are checked by the contracts' schema on write.
CREATE TABLE service (
  id          uuid PRIMARY KEY,
  clinic_id   uuid NOT NULL REFERENCES clinic (id),
  code        text NOT NULL CHECK (code ~ '^[a-z][a-z0-9_]{1,39}$'),
  name        text NOT NULL CHECK (length(trim(name)) BETWEEN 2 AND 120),
  kind        text NOT NULL CHECK (kind IN ('consultation', 'treatment', 'review')),
  modality    text CHECK (modality IN ('microneedling', 'rf-microneedling')),
  roles       jsonb NOT NULL CHECK (jsonb_typeof(roles) = 'array' AND jsonb_array_length(roles) > 0),
  segments    jsonb NOT NULL CHECK (jsonb_typeof(segments) = 'array' AND jsonb_array_length(segments) > 0),
  active      boolean NOT NULL DEFAULT true,
  created_at  timestamptz NOT NULL,
  -- A treatment is of a modality; consultations and reviews are of none.
  CHECK ((kind = 'treatment') = (modality IS NOT NULL)),
  UNIQUE (clinic_id, code),
  UNIQUE (clinic_id, id)
);

-- Where a practitioner works; their hours are kept per location.
CREATE TABLE practitioner_location (
  clinic_id    uuid NOT NULL,
  user_id      uuid NOT NULL,
  location_id  uuid NOT NULL,
  PRIMARY KEY (user_id, location_id),
  FOREIGN KEY (clinic_id, user_id) REFERENCES app_user (clinic_id, id),
  FOREIGN KEY (clinic_id, location_id) REFERENCES location (clinic_id, id),
  UNIQUE (clinic_id, user_id, location_id)
);

-- The services a practitioner may perform.
CREATE TABLE practitioner_service (
  clinic_id   uuid NOT NULL,
  user_id     uuid NOT NULL,
  service_id  uuid NOT NULL,
  PRIMARY KEY (user_id, service_id),
  FOREIGN KEY (clinic_id, user_id) REFERENCES app_user (clinic_id, id),
  FOREIGN KEY (clinic_id, service_id) REFERENCES service (clinic_id, id)
);
CREATE INDEX practitioner_service_service_idx ON practitioner_service (clinic_id, service_id);

-- A practitioner's weekly pattern: wall-clock times in the location's IANA zone, ISO weekday
-- 1 = Monday. Several rows a day make a split shift.
CREATE TABLE working_hours (
  id           uuid PRIMARY KEY,
  clinic_id    uuid NOT NULL,
  user_id      uuid NOT NULL,
  location_id  uuid NOT NULL,
  weekday      smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  starts_at    time NOT NULL,
  ends_at      time NOT NULL CHECK (ends_at > starts_at),
  FOREIGN KEY (clinic_id, user_id, location_id)
    REFERENCES practitioner_location (clinic_id, user_id, location_id) ON DELETE CASCADE
);
CREATE INDEX working_hours_user_idx ON working_hours (clinic_id, user_id, location_id, weekday);

-- One day worked differently from the weekly pattern at a location: `intervals` replaces that
-- day's hours ([{start: 'HH:MM', end: 'HH:MM'}]; [] = not working that day).
CREATE TABLE schedule_exception (
  id           uuid PRIMARY KEY,
  clinic_id    uuid NOT NULL,
  user_id      uuid NOT NULL,
  location_id  uuid NOT NULL,
  day          date NOT NULL,
  intervals    jsonb NOT NULL CHECK (jsonb_typeof(intervals) = 'array'),
  reason       text,
  FOREIGN KEY (clinic_id, user_id, location_id)
    REFERENCES practitioner_location (clinic_id, user_id, location_id) ON DELETE CASCADE,
  UNIQUE (user_id, location_id, day)
);

-- Leave, training, illness: the practitioner is unavailable everywhere for these instants.
CREATE TABLE time_off (
  id          uuid PRIMARY KEY,
  clinic_id   uuid NOT NULL,
  user_id     uuid NOT NULL,
  during      tstzrange NOT NULL CHECK (NOT isempty(during) AND NOT lower_inf(during) AND NOT upper_inf(during)),
  reason      text,
  created_by  uuid REFERENCES app_user (id),
  created_at  timestamptz NOT NULL,
  FOREIGN KEY (clinic_id, user_id) REFERENCES app_user (clinic_id, id)
);
CREATE INDEX time_off_user_idx ON time_off USING gist (user_id, during);

-- A course of treatment planned for a patient (clinical-reference.md §2.7): how many sessions,
-- how far apart (the typical interval, and the least and most the plan allows), how deep in
-- each zone ({zoneId: mm}).
CREATE TABLE treatment_series (
  id                 uuid PRIMARY KEY,
  clinic_id          uuid NOT NULL,
  patient_id         uuid NOT NULL,
  concerns           text[] NOT NULL CHECK (cardinality(concerns) > 0),
  modality           text NOT NULL CHECK (modality IN ('microneedling', 'rf-microneedling')),
  sessions           smallint NOT NULL CHECK (sessions BETWEEN 1 AND 12),
  interval_days      smallint NOT NULL,
  -- Two needling sessions less than 14 days apart need a prescriber's override, whatever the plan.
  min_interval_days  smallint NOT NULL CHECK (min_interval_days BETWEEN 14 AND 365),
  max_interval_days  smallint NOT NULL CHECK (max_interval_days <= 365),
  planned_depth_mm   jsonb NOT NULL CHECK (jsonb_typeof(planned_depth_mm) = 'object'),
  notes              text,
  status             text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'completed', 'stopped')),
  created_by         uuid NOT NULL REFERENCES app_user (id),
  created_at         timestamptz NOT NULL,
  CHECK (min_interval_days <= interval_days AND interval_days <= max_interval_days),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patient (clinic_id, id),
  UNIQUE (clinic_id, id)
);
CREATE INDEX treatment_series_patient_idx ON treatment_series (clinic_id, patient_id, created_at DESC);

CREATE TABLE appointment (
  id                       uuid PRIMARY KEY,
  clinic_id                uuid NOT NULL,
  location_id              uuid NOT NULL,
  patient_id               uuid NOT NULL,
  service_id               uuid NOT NULL,
  series_id                uuid,
  session_number           smallint CHECK (session_number > 0),
  status                   text NOT NULL DEFAULT 'booked'
                           CHECK (status IN ('booked', 'cancelled', 'no_show', 'completed')),
  starts_at                timestamptz NOT NULL,
  ends_at                  timestamptz NOT NULL CHECK (ends_at > starts_at),
  -- The screening that cleared a treatment for this date; null for consultations and reviews.
  screening_id             uuid,
  -- Booked closer to another needling session than the spacing rules allow: the prescriber who
  -- took that decision, and why.
  spacing_override_by      uuid REFERENCES app_user (id),
  spacing_override_reason  text,
  -- A retried request (same key) gets this appointment back instead of a second one; the hash
  -- of the request tells a retry from a different request reusing the key.
  idempotency_key          text NOT NULL CHECK (length(idempotency_key) BETWEEN 8 AND 200),
  request_hash             text NOT NULL CHECK (request_hash ~ '^[0-9a-f]{64}$'),
  created_by               uuid NOT NULL REFERENCES app_user (id),
  created_at               timestamptz NOT NULL,
  cancelled_at             timestamptz,
  cancelled_by             uuid REFERENCES app_user (id),
  cancellation_reason      text,
  no_show_recorded_at      timestamptz,
  no_show_recorded_by      uuid REFERENCES app_user (id),
  FOREIGN KEY (clinic_id, location_id) REFERENCES location (clinic_id, id),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patient (clinic_id, id),
  FOREIGN KEY (clinic_id, service_id) REFERENCES service (clinic_id, id),
  FOREIGN KEY (clinic_id, series_id) REFERENCES treatment_series (clinic_id, id),
  FOREIGN KEY (clinic_id, screening_id) REFERENCES screening_evaluation (clinic_id, id),
  UNIQUE (clinic_id, idempotency_key),
  UNIQUE (clinic_id, id),
  CHECK ((series_id IS NULL) = (session_number IS NULL)),
  CHECK ((spacing_override_by IS NULL) = (spacing_override_reason IS NULL)),
  CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL)
     AND (cancelled_at IS NULL) = (cancelled_by IS NULL)
     AND (cancelled_at IS NULL) = (cancellation_reason IS NULL)),
  CHECK ((status = 'no_show') = (no_show_recorded_at IS NOT NULL)
     AND (no_show_recorded_at IS NULL) = (no_show_recorded_by IS NULL)),
  -- A patient is in one place at a time.
  CONSTRAINT appointment_patient_no_overlap
    EXCLUDE USING gist (patient_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (status = 'booked')
);
CREATE INDEX appointment_patient_idx ON appointment (clinic_id, patient_id, starts_at);
CREATE INDEX appointment_calendar_idx ON appointment (clinic_id, location_id, starts_at);
-- Each session of a series is booked once (a cancelled one may be booked again).
CREATE UNIQUE INDEX appointment_series_session_key ON appointment (series_id, session_number)
  WHERE status IN ('booked', 'completed');

-- What an appointment holds and when: one row per role and stretch of time (the room for the
-- whole visit; the practitioner and the pen for the needling only). Exactly one of room,
-- device and practitioner is set; resource_id is that one, so one constraint covers all three.
CREATE TABLE appointment_resource (
  id               uuid PRIMARY KEY,
  clinic_id        uuid NOT NULL,
  appointment_id   uuid NOT NULL,
  role_key         text NOT NULL,
  room_id          uuid,
  device_id        uuid,
  practitioner_id  uuid,
  resource_id      uuid NOT NULL GENERATED ALWAYS AS (coalesce(room_id, device_id, practitioner_id)) STORED,
  during           tstzrange NOT NULL CHECK (NOT isempty(during) AND NOT lower_inf(during) AND NOT upper_inf(during)),
  -- False once the appointment is cancelled or missed: the time is free again.
  active           boolean NOT NULL DEFAULT true,
  FOREIGN KEY (clinic_id, appointment_id) REFERENCES appointment (clinic_id, id),
  FOREIGN KEY (clinic_id, room_id) REFERENCES room (clinic_id, id),
  FOREIGN KEY (clinic_id, device_id) REFERENCES device (clinic_id, id),
  FOREIGN KEY (clinic_id, practitioner_id) REFERENCES app_user (clinic_id, id),
  CHECK (num_nonnulls(room_id, device_id, practitioner_id) = 1),
  -- No resource is ever held twice at once: two concurrent bookings of one slot give exactly
  -- one success; the other fails with 23P01. Back-to-back is fine ([) ranges).
  CONSTRAINT appointment_resource_no_double_booking
    EXCLUDE USING gist (resource_id WITH =, during WITH &&) WHERE (active)
);
CREATE INDEX appointment_resource_appointment_idx ON appointment_resource (clinic_id, appointment_id);

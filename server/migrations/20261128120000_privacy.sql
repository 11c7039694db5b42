-- Patients' rights over their data: copies of the record (export), erasure requests and what
-- each one did, and break-glass access to records that are restricted.

-- Set when an erasure kept the clinical record under a retention duty: the record leaves
-- search, lists and FHIR, and staff reach it only through a break-glass access.
ALTER TABLE patient ADD COLUMN restricted_at timestamptz;

-- A copy of a patient's record (FHIR Bundle, signed consent PDFs, a readable summary) in one
-- ZIP archive, made by the worker. Kept in the row rather than the data directory: the archive
-- and its state commit together, every app process can serve it, and it is bounded (no photos,
-- consent PDFs of ~100 KB). Only its requester downloads it, until `expires_at`; then the
-- archive is removed and the row stays as the record of the request.
CREATE TABLE patient_export (
  id             uuid PRIMARY KEY,
  clinic_id      uuid NOT NULL REFERENCES clinic (id),
  patient_id     uuid NOT NULL,
  requested_by   uuid NOT NULL,
  requested_via  text NOT NULL CHECK (requested_via IN ('portal', 'staff')),
  status         text NOT NULL DEFAULT 'preparing' CHECK (status IN ('preparing', 'ready', 'expired')),
  requested_at   timestamptz NOT NULL,
  ready_at       timestamptz,
  expires_at     timestamptz,
  archive        bytea,
  archive_sha256 text CHECK (archive_sha256 ~ '^[0-9a-f]{64}$'),
  size_bytes     integer,
  contents       jsonb NOT NULL DEFAULT '[]',
  UNIQUE (clinic_id, id),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patient (clinic_id, id),
  FOREIGN KEY (clinic_id, requested_by) REFERENCES app_user (clinic_id, id),
  CHECK ((status = 'ready') = (archive IS NOT NULL))
);
CREATE INDEX patient_export_patient_idx ON patient_export (clinic_id, patient_id, requested_at DESC);

-- A request to erase a patient's data, from the portal or recorded by staff; an admin carries
-- it out (in one transaction) or declines it. `outcome` lists each category of data: deleted,
-- withdrawn, or kept under a retention duty with the reason.
CREATE TABLE erasure_request (
  id             uuid PRIMARY KEY,
  clinic_id      uuid NOT NULL REFERENCES clinic (id),
  patient_id     uuid NOT NULL,
  requested_via  text NOT NULL CHECK (requested_via IN ('portal', 'staff')),
  requested_by   uuid NOT NULL,
  requested_at   timestamptz NOT NULL,
  reason         text NOT NULL,
  status         text NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'carried_out', 'declined')),
  decided_by     uuid,
  decided_at     timestamptz,
  decision_note  text,
  outcome        jsonb,
  retention_version text,
  UNIQUE (clinic_id, id),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patient (clinic_id, id),
  FOREIGN KEY (clinic_id, requested_by) REFERENCES app_user (clinic_id, id),
  FOREIGN KEY (clinic_id, decided_by) REFERENCES app_user (clinic_id, id),
  CHECK ((status = 'requested') = (decided_at IS NULL)),
  CHECK ((status = 'carried_out') = (outcome IS NOT NULL))
);
-- One open request per patient at a time.
CREATE UNIQUE INDEX erasure_request_open_idx ON erasure_request (clinic_id, patient_id) WHERE status = 'requested';

-- Opening a record without the usual right to it, with a written reason, for a limited time.
-- Every one is reviewed by an admin afterwards.
CREATE TABLE break_glass_access (
  id           uuid PRIMARY KEY,
  clinic_id    uuid NOT NULL REFERENCES clinic (id),
  patient_id   uuid NOT NULL,
  user_id      uuid NOT NULL,
  reason       text NOT NULL CHECK (length(trim(reason)) >= 10),
  -- Whether the record was restricted (erased) when it was opened.
  restricted   boolean NOT NULL,
  opened_at    timestamptz NOT NULL,
  expires_at   timestamptz NOT NULL,
  reviewed_by  uuid,
  reviewed_at  timestamptz,
  review_note  text,
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patient (clinic_id, id),
  FOREIGN KEY (clinic_id, user_id) REFERENCES app_user (clinic_id, id),
  FOREIGN KEY (clinic_id, reviewed_by) REFERENCES app_user (clinic_id, id),
  CHECK (expires_at > opened_at),
  CHECK ((reviewed_at IS NULL) = (reviewed_by IS NULL))
);
CREATE INDEX break_glass_access_open_idx ON break_glass_access (clinic_id, user_id, patient_id, expires_at DESC);
CREATE INDEX break_glass_access_review_idx ON break_glass_access (clinic_id, opened_at DESC);

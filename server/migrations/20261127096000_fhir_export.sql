-- FHIR R4: a version number on the patient record, so FHIR clients can update with
-- `If-Match: W/"<version>"` and learn when someone changed the record since they read it.
-- A trigger bumps it on every change, whichever module makes the change (edits, merges).
ALTER TABLE patient ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version > 0);

CREATE FUNCTION patient_bump_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.version := OLD.version + 1;
  RETURN NEW;
END;
$$;
CREATE TRIGGER patient_version
  BEFORE UPDATE ON patient
  FOR EACH ROW EXECUTE FUNCTION patient_bump_version();

-- FHIR Bulk Data export requests: one row per kick-off. The worker writes one NDJSON file per
-- resource type into the data directory and lists them in `output`; the files are served only
-- to the user who asked.
CREATE TABLE fhir_export (
  id            uuid PRIMARY KEY,
  clinic_id     uuid NOT NULL REFERENCES clinic (id),
  requested_by  uuid NOT NULL,
  level         text NOT NULL CHECK (level IN ('system', 'patient')),
  -- Set when a patient exports their own record: the export holds only their compartment.
  patient_id    uuid,
  types         text[] NOT NULL,
  since         timestamptz,
  request_url   text NOT NULL,
  status        text NOT NULL DEFAULT 'accepted'
                CHECK (status IN ('accepted', 'completed', 'cancelled')),
  output        jsonb NOT NULL DEFAULT '[]',
  created_at    timestamptz NOT NULL,
  finished_at   timestamptz,
  UNIQUE (clinic_id, id),
  FOREIGN KEY (clinic_id, requested_by) REFERENCES app_user (clinic_id, id),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patient (clinic_id, id)
);
CREATE INDEX fhir_export_requester_idx ON fhir_export (clinic_id, requested_by, created_at);

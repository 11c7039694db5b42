-- Screening becomes part of the record: each clinic's own rule-set versions (edited by the
-- medical director, with who/when/why), every evaluation of a patient with the inputs and
-- rule-set version that produced it, prescribers' signed overrides, and merges of duplicates.

-- Clinical records that are corrected by adding, never by editing. The one permitted change is
-- moving a row to the surviving patient when two duplicate records are merged (a screening's
-- history version is renumbered with the history it screened).
CREATE FUNCTION screening_record_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND (to_jsonb(NEW) - 'patient_id') = (to_jsonb(OLD) - 'patient_id') THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'screening_evaluation'
     AND NEW.patient_id IS DISTINCT FROM OLD.patient_id
     AND (to_jsonb(NEW) - 'patient_id' - 'history_version') = (to_jsonb(OLD) - 'patient_id' - 'history_version') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;

CREATE TABLE screening_rule_set (
  id          uuid PRIMARY KEY,
  clinic_id   uuid NOT NULL REFERENCES clinic (id),
  revision    integer NOT NULL CHECK (revision > 0),
  -- Reported in every result, e.g. `clinic-2026.11-r3`.
  version     text NOT NULL,
  based_on    text NOT NULL,
  rule_set    jsonb NOT NULL,
  changes     jsonb NOT NULL,
  reason      text NOT NULL,
  created_by  uuid NOT NULL REFERENCES app_user (id),
  created_at  timestamptz NOT NULL,
  UNIQUE (clinic_id, revision),
  UNIQUE (clinic_id, version)
);
CREATE TRIGGER screening_rule_set_append_only
  BEFORE UPDATE OR DELETE ON screening_rule_set
  FOR EACH ROW EXECUTE FUNCTION screening_record_is_append_only();

CREATE TABLE screening_evaluation (
  id                uuid PRIMARY KEY,
  clinic_id         uuid NOT NULL,
  patient_id        uuid NOT NULL,
  occasion          text NOT NULL CHECK (occasion IN ('review', 'booking', 'day_of')),
  -- The medical-history version screened; null when none had been recorded.
  history_version   integer,
  -- Everything the engine was given: answers, dateOfBirth, plannedTreatment, isFirstSession.
  inputs            jsonb NOT NULL,
  rule_set_version  text NOT NULL,
  outcome           text NOT NULL CHECK (outcome IN ('clear', 'warn', 'needs-doctor', 'block')),
  result            jsonb NOT NULL,
  -- Rule ids of the findings that need a prescriber's override before treatment, decided when
  -- screening from the rule set that produced the result (a `warn` needs one only for some
  -- rules, and only at booking or on the day), so reading it later needs no rule-set version.
  needs_override    text[] NOT NULL,
  -- Day of treatment: who confirmed "anything changed since last time?" and the answer.
  attestation       jsonb,
  created_by        uuid REFERENCES app_user (id),
  created_at        timestamptz NOT NULL,
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patient (clinic_id, id),
  UNIQUE (clinic_id, id)
);
CREATE INDEX screening_evaluation_patient_idx
  ON screening_evaluation (clinic_id, patient_id, created_at DESC);
CREATE TRIGGER screening_evaluation_append_only
  BEFORE UPDATE OR DELETE ON screening_evaluation
  FOR EACH ROW EXECUTE FUNCTION screening_record_is_append_only();

CREATE TABLE screening_override (
  id             uuid PRIMARY KEY,
  clinic_id      uuid NOT NULL,
  evaluation_id  uuid NOT NULL,
  patient_id     uuid NOT NULL,
  rule_id        text NOT NULL,
  -- `block` is never overridable: the database refuses it too.
  level          text NOT NULL CHECK (level IN ('warn', 'needs-doctor')),
  reason         text NOT NULL,
  signed_by      uuid NOT NULL REFERENCES app_user (id),
  signed_at      timestamptz NOT NULL,
  FOREIGN KEY (clinic_id, evaluation_id) REFERENCES screening_evaluation (clinic_id, id),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patient (clinic_id, id),
  UNIQUE (evaluation_id, rule_id)
);
CREATE TRIGGER screening_override_append_only
  BEFORE UPDATE OR DELETE ON screening_override
  FOR EACH ROW EXECUTE FUNCTION screening_record_is_append_only();

ALTER TABLE patient
  ADD COLUMN merged_at timestamptz,
  ADD COLUMN merged_by uuid REFERENCES app_user (id),
  ADD COLUMN merge_reason text;

-- Every record read lists the records merged into it.
CREATE INDEX patient_merged_into_idx ON patient (clinic_id, merged_into) WHERE merged_into IS NOT NULL;

-- Outcome scores: a validated scale rated for one concern at one point of a course, by the
-- clinician or by the patient, on the photos it was rated from. Scores are never edited: a wrong
-- entry is marked "entered in error" (who, when, why) and a new one recorded, so every report can
-- be reproduced as it was. Scale ids and their ranges are data in contracts/src/outcome-scales.ts
-- (ids are only ever added), so no list is frozen here beyond the id's shape.

CREATE TABLE outcome_score (
  id                  uuid PRIMARY KEY,
  clinic_id           uuid NOT NULL REFERENCES clinic (id),
  patient_id          uuid NOT NULL,
  -- The course it belongs to, and the treatment session it was rated at (before needling).
  series_id           uuid,
  session_id          uuid,
  scale               text NOT NULL CHECK (scale ~ '^[a-z][a-z0-9_]{1,39}$'),
  -- The version of the scale's definition the score was computed with (e.g. '2026.1').
  scale_version       text NOT NULL CHECK (length(scale_version) BETWEEN 1 AND 20),
  -- A concern code of contracts/src/patients.ts; null only for scales that rate the whole face.
  concern             text CHECK (concern ~ '^[a-z][a-z_]{1,39}$'),
  timepoint           text NOT NULL CHECK (timepoint IN ('baseline', 'before_session', 'month_3', 'month_6', 'other')),
  -- The total, in the scale's own unit (mMASI 0–24 in tenths; grades as integers).
  score               numeric(7, 2) NOT NULL,
  -- The item answers the total was computed from (mMASI area and darkness per region, the
  -- questionnaire's items), kept so the total can be recomputed and audited.
  inputs              jsonb NOT NULL DEFAULT '{}'::jsonb,
  rater               text NOT NULL CHECK (rater IN ('clinician', 'patient')),
  -- The clinician who rated; null when the patient rated themselves.
  rated_by            uuid,
  rated_on            date NOT NULL,
  -- The photographs the rating was made from (photo ids of the same patient).
  photo_ids           uuid[] NOT NULL DEFAULT '{}',
  note                text CHECK (length(note) <= 2000),
  recorded_at         timestamptz NOT NULL,
  entered_in_error_at timestamptz,
  entered_in_error_by uuid,
  entered_in_error_reason text CHECK (length(entered_in_error_reason) <= 500),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patient (clinic_id, id),
  FOREIGN KEY (clinic_id, series_id) REFERENCES treatment_series (clinic_id, id),
  FOREIGN KEY (clinic_id, session_id) REFERENCES treatment_session (clinic_id, id),
  FOREIGN KEY (clinic_id, rated_by) REFERENCES app_user (clinic_id, id),
  FOREIGN KEY (clinic_id, entered_in_error_by) REFERENCES app_user (clinic_id, id),
  UNIQUE (clinic_id, id),
  CHECK ((rater = 'clinician') = (rated_by IS NOT NULL)),
  CHECK ((entered_in_error_at IS NULL) = (entered_in_error_by IS NULL)
     AND (entered_in_error_at IS NULL) = (entered_in_error_reason IS NULL))
);
-- A patient's progress per concern and scale, in date order; and the clinic's reports by scale.
CREATE INDEX outcome_score_patient_idx ON outcome_score (clinic_id, patient_id, concern, scale, rated_on)
  WHERE entered_in_error_at IS NULL;
CREATE INDEX outcome_score_scale_idx ON outcome_score (clinic_id, scale, rated_on)
  WHERE entered_in_error_at IS NULL;

-- A score is a record: the permitted changes are moving it to the surviving patient when
-- duplicates are merged, and marking it entered in error once.
CREATE FUNCTION outcome_score_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND (to_jsonb(NEW) - ARRAY['patient_id', 'entered_in_error_at', 'entered_in_error_by', 'entered_in_error_reason'])
       = (to_jsonb(OLD) - ARRAY['patient_id', 'entered_in_error_at', 'entered_in_error_by', 'entered_in_error_reason'])
     AND (OLD.entered_in_error_at IS NULL
          OR (NEW.entered_in_error_at, NEW.entered_in_error_by, NEW.entered_in_error_reason)
             IS NOT DISTINCT FROM (OLD.entered_in_error_at, OLD.entered_in_error_by, OLD.entered_in_error_reason)) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'outcome scores are kept: only a merge or marking one entered in error may change them';
END;
$$;
CREATE TRIGGER outcome_score_append_only
  BEFORE UPDATE OR DELETE ON outcome_score
  FOR EACH ROW EXECUTE FUNCTION outcome_score_is_append_only();

-- Clinical photographs. The image bytes live in the blob store (DATA_DIR/blobs by default) under
-- random keys; a row points at the cleaned full image and its thumbnail. The files are written
-- first and the row after, so a crash leaves at most files without a row, which the reconcile
-- job removes; never a row without its files.

CREATE TABLE photo (
  id              uuid PRIMARY KEY,
  clinic_id       uuid NOT NULL REFERENCES clinic (id),
  patient_id      uuid NOT NULL,
  -- The treatment session or the visit it was taken at, when it was taken in the clinic.
  session_id      uuid,
  appointment_id  uuid,
  view            text NOT NULL CHECK (view IN ('front', 'left_45', 'right_45', 'left_90', 'right_90', 'close_up')),
  -- A zone id of contracts/src/screening.ts (ids are only ever added, so no list is frozen here).
  zone            text CHECK (zone ~ '^[a-z][a-z_]{1,39}$'),
  taken_at        timestamptz NOT NULL,
  source          text NOT NULL CHECK (source IN ('clinic', 'patient')),
  image_key       text NOT NULL UNIQUE,
  thumbnail_key   text NOT NULL UNIQUE,
  -- SHA-256 of the stored full image: what is served can be shown to be what was stored.
  sha256          text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  byte_size       integer NOT NULL CHECK (byte_size > 0),
  width           integer NOT NULL CHECK (width > 0),
  height          integer NOT NULL CHECK (height > 0),
  uploaded_by     uuid NOT NULL,
  uploaded_at     timestamptz NOT NULL,
  -- Taken out of the record (a wrong patient, a blurred shot, or the patient's own withdrawal):
  -- the files are deleted, the row stays as the trace that a photo existed and who removed it.
  removed_at      timestamptz,
  removed_by      uuid,
  removed_reason  text,
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patient (clinic_id, id),
  FOREIGN KEY (clinic_id, session_id) REFERENCES treatment_session (clinic_id, id),
  FOREIGN KEY (clinic_id, appointment_id) REFERENCES appointment (clinic_id, id),
  FOREIGN KEY (clinic_id, uploaded_by) REFERENCES app_user (clinic_id, id),
  FOREIGN KEY (clinic_id, removed_by) REFERENCES app_user (clinic_id, id),
  UNIQUE (clinic_id, id),
  CHECK ((view = 'close_up') = (zone IS NOT NULL)),
  CHECK ((removed_at IS NULL) = (removed_by IS NULL) AND (removed_at IS NULL) = (removed_reason IS NULL))
);
-- Lists by view and the baseline (earliest) of a view.
CREATE INDEX photo_patient_view_idx ON photo (clinic_id, patient_id, view, zone, taken_at) WHERE removed_at IS NULL;
CREATE INDEX photo_session_idx ON photo (clinic_id, session_id) WHERE session_id IS NOT NULL;

-- A photo is a record: what was taken, when and by whom never changes. The permitted changes are
-- moving it to the surviving patient when duplicates are merged, and removing it once.
CREATE FUNCTION photo_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND (to_jsonb(NEW) - ARRAY['patient_id', 'removed_at', 'removed_by', 'removed_reason'])
       = (to_jsonb(OLD) - ARRAY['patient_id', 'removed_at', 'removed_by', 'removed_reason'])
     AND (OLD.removed_at IS NULL OR (NEW.removed_at, NEW.removed_by, NEW.removed_reason)
                                    IS NOT DISTINCT FROM (OLD.removed_at, OLD.removed_by, OLD.removed_reason)) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'photo rows are kept: only a merge or one removal may change them';
END;
$$;
CREATE TRIGGER photo_append_only
  BEFORE UPDATE OR DELETE ON photo
  FOR EACH ROW EXECUTE FUNCTION photo_is_append_only();

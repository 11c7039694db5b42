-- Other aesthetic treatments a patient had, here or elsewhere (toxin, filler, peel, laser), for
-- the spacing rules of microneedling bookings (screening rules C12/C13). Corrected by adding a
-- record that supersedes the old one, never by editing: the append-only trigger of the
-- screening records applies (only a merge of duplicates may move a row to another patient).
CREATE TABLE other_treatment (
  id               uuid PRIMARY KEY,
  clinic_id        uuid NOT NULL REFERENCES clinic (id),
  patient_id       uuid NOT NULL,
  kind             text NOT NULL
                   CHECK (kind IN ('botulinum_toxin', 'dermal_filler', 'chemical_peel', 'laser', 'other')),
  given_on         date NOT NULL,
  zones            text[] NOT NULL CHECK (cardinality(zones) > 0),
  product          text,
  notes            text,
  given_elsewhere  boolean NOT NULL,
  supersedes       uuid,
  recorded_by      uuid NOT NULL REFERENCES app_user (id),
  recorded_at      timestamptz NOT NULL,
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patient (clinic_id, id),
  FOREIGN KEY (clinic_id, supersedes) REFERENCES other_treatment (clinic_id, id),
  UNIQUE (clinic_id, id),
  -- A record is corrected once; a later correction supersedes the correction.
  UNIQUE (supersedes)
);
CREATE INDEX other_treatment_patient_idx ON other_treatment (clinic_id, patient_id, given_on);
CREATE TRIGGER other_treatment_append_only
  BEFORE UPDATE OR DELETE ON other_treatment
  FOR EACH ROW EXECUTE FUNCTION screening_record_is_append_only();

-- Medical history versions say who gave them (patient in the portal, or staff), and a patient's
-- unfinished intake is kept as a draft so the form can be resumed on any device.

ALTER TABLE medical_history
  ADD COLUMN source text NOT NULL DEFAULT 'staff' CHECK (source IN ('staff', 'patient'));
CREATE INDEX medical_history_patient_idx ON medical_history (clinic_id, patient_id, version DESC);

CREATE TABLE intake_draft (
  clinic_id   uuid NOT NULL,
  patient_id  uuid NOT NULL,
  answers     jsonb NOT NULL,
  updated_at  timestamptz NOT NULL,
  PRIMARY KEY (clinic_id, patient_id),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patient (clinic_id, id)
);

-- The clinic's reports read whole months: appointments and signed sessions by start time, and
-- the depth charted in each session. Without these, every monthly slice of a report would scan
-- the clinic's whole appointment and zone tables.
CREATE INDEX appointment_clinic_starts_idx ON appointment (clinic_id, starts_at);
CREATE INDEX treatment_session_signed_starts_idx ON treatment_session (clinic_id, started_at)
  WHERE signed_at IS NOT NULL;
CREATE INDEX session_zone_session_idx ON session_zone (session_id);

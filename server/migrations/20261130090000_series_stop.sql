-- A course stopped before its last session (the patient moved away, a reaction, a change of
-- plan): who stopped it, when and why, kept with the course. "Completed" stays derived from the
-- signed sessions, so only a stop is recorded. A stopped course has all three; an active one none.
ALTER TABLE treatment_series
  ADD COLUMN stopped_at timestamptz,
  ADD COLUMN stopped_by uuid REFERENCES app_user (id),
  ADD COLUMN stop_reason text CHECK (char_length(stop_reason) BETWEEN 3 AND 500),
  ADD CONSTRAINT treatment_series_stop_recorded CHECK (
    (status = 'stopped') = (stopped_at IS NOT NULL AND stopped_by IS NOT NULL AND stop_reason IS NOT NULL)
  );

-- A toxin, filler, peel or laser record entered in error (on the wrong patient, say) is withdrawn
-- by a retraction: a new row that supersedes it and carries the reason, so the table stays
-- append-only and the record stays on file, marked. Booking counts neither row.
ALTER TABLE other_treatment
  ADD COLUMN entered_in_error_reason text
    CHECK (char_length(entered_in_error_reason) BETWEEN 3 AND 500),
  -- A retraction always names the record it withdraws.
  ADD CONSTRAINT other_treatment_retraction_names_record
    CHECK (entered_in_error_reason IS NULL OR supersedes IS NOT NULL);

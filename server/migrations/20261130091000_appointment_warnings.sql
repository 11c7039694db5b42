-- What booking or moving a visit found worth telling rather than refusing (a peel or laser
-- within two weeks, a same-day toxin to give after the needling), kept with the visit so the
-- treatment room sees it on the day, not only whoever booked it.
ALTER TABLE appointment ADD COLUMN warnings jsonb NOT NULL DEFAULT '[]'::jsonb
  CHECK (jsonb_typeof(warnings) = 'array');

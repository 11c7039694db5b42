-- The full patient record, and search that forgives accents and typos ("Zoe Muller" finds
-- "Zoë Müller"; "Fernandes" finds "Fernández").

CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE (it reads a dictionary), so it cannot be indexed directly; this
-- wrapper names the dictionary explicitly, which makes it safe to declare IMMUTABLE.
CREATE FUNCTION corium_fold(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;

ALTER TABLE patient
  ADD COLUMN address text,
  ADD COLUMN emergency_contact jsonb,
  ADD COLUMN merged_into uuid REFERENCES patient (id);

CREATE INDEX patient_name_trgm_idx ON patient
  USING gin (corium_fold(given_name || ' ' || family_name) gin_trgm_ops);
CREATE INDEX patient_clinic_dob_idx ON patient (clinic_id, date_of_birth);
CREATE INDEX patient_clinic_email_idx ON patient (clinic_id, lower(email));

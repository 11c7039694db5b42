-- Indexes the FHIR benchmarks showed missing (bench/README.md, issue 12). Each one turns a
-- whole-table scan on a hot path into an index lookup; none changes what a query returns.

-- Every FHIR read and search excludes restricted records with NOT EXISTS (… restricted_at IS NOT
-- NULL): without this, each request scanned the whole patient table to find the (usually zero)
-- restricted ones.
CREATE INDEX patient_restricted_idx ON patient (id) WHERE restricted_at IS NOT NULL;

-- FHIR `name`, `given` and `family` search: an accent- and case-insensitive prefix of one name
-- (corium_fold(name) LIKE 'zoe%'). text_pattern_ops lets LIKE use the index whatever the
-- database's collation. The trigram index on the whole name serves the staff search, not this.
CREATE INDEX patient_given_fold_idx ON patient (clinic_id, corium_fold(given_name) text_pattern_ops);
CREATE INDEX patient_family_fold_idx ON patient (clinic_id, corium_fold(family_name) text_pattern_ops);

-- The duplicate check at registration matches phones by their digits; with this, every arm of
-- its OR (birth date, e-mail, phone digits) has an index and a new patient no longer costs a scan
-- of the clinic's whole register.
CREATE INDEX patient_phone_digits_idx ON patient (clinic_id, regexp_replace(phone, '[^0-9]', '', 'g'));

-- FHIR Appointment?practitioner=: the appointments a practitioner takes part in.
CREATE INDEX appointment_resource_practitioner_idx ON appointment_resource (clinic_id, practitioner_id)
  WHERE practitioner_id IS NOT NULL;

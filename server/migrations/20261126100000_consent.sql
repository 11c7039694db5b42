-- Informed consent: each clinic's templates per treatment with immutable published versions,
-- consents signed by patients (the exact text, its SHA-256, the drawn signature and the PDF made
-- once at signing), the clinic's requests to sign, and the history of photo-use scopes.

-- Records corrected by adding, never by editing. The one permitted change is moving a row to
-- the surviving patient when two duplicate records are merged.
CREATE FUNCTION consent_record_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND (to_jsonb(NEW) - 'patient_id') = (to_jsonb(OLD) - 'patient_id') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;

CREATE FUNCTION consent_record_no_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;

CREATE TABLE consent_template (
  id          uuid PRIMARY KEY,
  clinic_id   uuid NOT NULL REFERENCES clinic (id),
  treatment   text NOT NULL CHECK (treatment IN ('microneedling', 'rf_microneedling', 'prp', 'photography')),
  created_at  timestamptz NOT NULL,
  UNIQUE (clinic_id, treatment),
  UNIQUE (clinic_id, id, treatment)
);
CREATE TRIGGER consent_template_append_only
  BEFORE UPDATE OR DELETE ON consent_template
  FOR EACH ROW EXECUTE FUNCTION consent_record_is_append_only();

CREATE TABLE consent_template_version (
  id                 uuid PRIMARY KEY,
  clinic_id          uuid NOT NULL,
  template_id        uuid NOT NULL,
  treatment          text NOT NULL,
  version            integer NOT NULL CHECK (version > 0),
  title              text NOT NULL,
  -- The consent markup (contracts/src/consent-text.ts), placeholders unfilled.
  body               text NOT NULL,
  -- Bumped by a material change; consents of an earlier revision must be signed again.
  material_revision  integer NOT NULL CHECK (material_revision > 0),
  change_note        text NOT NULL,
  -- Null for the text Corium ships.
  published_by       uuid REFERENCES app_user (id),
  published_at       timestamptz NOT NULL,
  FOREIGN KEY (clinic_id, template_id, treatment) REFERENCES consent_template (clinic_id, id, treatment),
  UNIQUE (template_id, version),
  UNIQUE (clinic_id, id, treatment)
);
CREATE TRIGGER consent_template_version_append_only
  BEFORE UPDATE OR DELETE ON consent_template_version
  FOR EACH ROW EXECUTE FUNCTION consent_record_is_append_only();
CREATE TRIGGER consent_template_version_no_truncate
  BEFORE TRUNCATE ON consent_template_version
  FOR EACH STATEMENT EXECUTE FUNCTION consent_record_no_truncate();

CREATE TABLE signed_consent (
  id                    uuid PRIMARY KEY,
  clinic_id             uuid NOT NULL,
  patient_id            uuid NOT NULL,
  template_version_id   uuid NOT NULL,
  treatment             text NOT NULL,
  -- Exactly what the patient read (consent-text.ts canonicalConsentText) and its SHA-256 (hex).
  rendered_text         text NOT NULL,
  document_sha256       text NOT NULL CHECK (document_sha256 ~ '^[0-9a-f]{64}$'),
  typed_name            text NOT NULL CHECK (length(trim(typed_name)) > 0),
  -- { width, height, strokes: [[[x, y], …], …] } in the signature pad's pixels.
  signature             jsonb NOT NULL,
  -- The photography consent's choices, { clinical_record, education, marketing }.
  photo_scopes          jsonb,
  signed_at             timestamptz NOT NULL,
  ip                    text NOT NULL,
  user_agent            text,
  signed_via            text NOT NULL CHECK (signed_via IN ('portal', 'tablet')),
  -- The staff member whose tablet the patient signed on.
  facilitated_by        uuid REFERENCES app_user (id),
  -- Made once at signing and never regenerated.
  pdf                   bytea NOT NULL,
  pdf_sha256            text NOT NULL CHECK (pdf_sha256 ~ '^[0-9a-f]{64}$'),
  countersigned_by      uuid REFERENCES app_user (id),
  countersigned_at      timestamptz,
  withdrawn_at          timestamptz,
  withdrawn_by          uuid REFERENCES app_user (id),
  withdrawal_reason     text,
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patient (clinic_id, id),
  FOREIGN KEY (clinic_id, template_version_id, treatment)
    REFERENCES consent_template_version (clinic_id, id, treatment),
  UNIQUE (clinic_id, id),
  CHECK ((signed_via = 'tablet') = (facilitated_by IS NOT NULL)),
  CHECK ((treatment = 'photography') = (photo_scopes IS NOT NULL)),
  CHECK ((countersigned_by IS NULL) = (countersigned_at IS NULL)),
  CHECK ((withdrawn_at IS NULL) = (withdrawn_by IS NULL)
     AND (withdrawn_at IS NULL) = (withdrawal_reason IS NULL))
);
CREATE INDEX signed_consent_patient_idx ON signed_consent (clinic_id, patient_id, treatment, signed_at DESC);

-- What was signed never changes. A countersignature and a withdrawal are added once (null to
-- a value, never back or to another value); patient_id moves only when duplicates are merged.
CREATE FUNCTION signed_consent_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  addable constant text[] := ARRAY['countersigned_by', 'countersigned_at', 'withdrawn_at', 'withdrawn_by', 'withdrawal_reason'];
  col text;
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'a signed consent is never deleted';
  END IF;
  IF (to_jsonb(NEW) - addable - 'patient_id') IS DISTINCT FROM (to_jsonb(OLD) - addable - 'patient_id') THEN
    RAISE EXCEPTION 'a signed consent cannot be changed';
  END IF;
  FOREACH col IN ARRAY addable LOOP
    IF to_jsonb(OLD) -> col <> 'null'::jsonb AND to_jsonb(OLD) -> col IS DISTINCT FROM to_jsonb(NEW) -> col THEN
      RAISE EXCEPTION 'signed_consent.% is already recorded', col;
    END IF;
  END LOOP;
  RETURN NEW;
END;
$$;
CREATE TRIGGER signed_consent_immutable
  BEFORE UPDATE OR DELETE ON signed_consent
  FOR EACH ROW EXECUTE FUNCTION signed_consent_is_immutable();
CREATE TRIGGER signed_consent_no_truncate
  BEFORE TRUNCATE ON signed_consent
  FOR EACH STATEMENT EXECUTE FUNCTION consent_record_no_truncate();

-- The clinic asked the patient to sign a treatment's consent; answered by the next signature.
CREATE TABLE consent_request (
  id            uuid PRIMARY KEY,
  clinic_id     uuid NOT NULL,
  patient_id    uuid NOT NULL,
  treatment     text NOT NULL CHECK (treatment IN ('microneedling', 'rf_microneedling', 'prp', 'photography')),
  requested_by  uuid NOT NULL REFERENCES app_user (id),
  requested_at  timestamptz NOT NULL,
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patient (clinic_id, id)
);
CREATE INDEX consent_request_patient_idx ON consent_request (clinic_id, patient_id, treatment, requested_at DESC);
CREATE TRIGGER consent_request_append_only
  BEFORE UPDATE OR DELETE ON consent_request
  FOR EACH ROW EXECUTE FUNCTION consent_record_is_append_only();

-- Every grant and revocation of a photo-use scope; the latest row per scope is in force.
CREATE TABLE photo_scope_event (
  id          uuid PRIMARY KEY,
  clinic_id   uuid NOT NULL,
  patient_id  uuid NOT NULL,
  scope       text NOT NULL CHECK (scope IN ('clinical_record', 'education', 'marketing')),
  granted     boolean NOT NULL,
  -- The photography consent the change was made under or with (null: revoked with none in force).
  consent_id  uuid,
  -- signed: chosen on a consent; changed: the patient's later instruction; withdrawn: the
  -- photography consent was withdrawn.
  cause       text NOT NULL CHECK (cause IN ('signed', 'changed', 'withdrawn')),
  changed_by  uuid NOT NULL REFERENCES app_user (id),
  changed_at  timestamptz NOT NULL,
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patient (clinic_id, id),
  FOREIGN KEY (clinic_id, consent_id) REFERENCES signed_consent (clinic_id, id)
);
CREATE INDEX photo_scope_event_patient_idx ON photo_scope_event (clinic_id, patient_id, scope, changed_at DESC);
CREATE TRIGGER photo_scope_event_append_only
  BEFORE UPDATE OR DELETE ON photo_scope_event
  FOR EACH ROW EXECUTE FUNCTION consent_record_is_append_only();
CREATE TRIGGER photo_scope_event_no_truncate
  BEFORE TRUNCATE ON photo_scope_event
  FOR EACH STATEMENT EXECUTE FUNCTION consent_record_no_truncate();

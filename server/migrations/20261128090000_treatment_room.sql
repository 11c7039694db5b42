-- The treatment room: checking a patient in, the session chart (anaesthetic, each treated zone,
-- the pen and every single-use cartridge, topicals on needled skin), signing and addenda; the
-- stock of cartridges and consumables by product and lot; recalls of a lot or a pen; pen care.

-- The front desk checks the patient in when they arrive; a session can only start after that.
ALTER TABLE appointment
  ADD COLUMN checked_in_at timestamptz,
  ADD COLUMN checked_in_by uuid REFERENCES app_user (id),
  ADD CONSTRAINT appointment_checked_in_pair CHECK ((checked_in_at IS NULL) = (checked_in_by IS NULL));

-- What the clinic stocks. A cartridge product may carry a unique serial on every cartridge
-- (`serialised`); a topical, glide medium or anaesthetic says whether it is sterile and meant
-- for needled skin (clinical-reference §2.8: anything else risks granulomas).
CREATE TABLE consumable_product (
  id                        uuid PRIMARY KEY,
  clinic_id                 uuid NOT NULL REFERENCES clinic (id),
  kind                      text NOT NULL CHECK (kind IN ('cartridge', 'glide_medium', 'topical', 'anaesthetic', 'barrier_sleeve', 'other')),
  name                      text NOT NULL CHECK (length(trim(name)) BETWEEN 2 AND 120),
  manufacturer              text,
  -- Cartridges: e.g. '12-pin', '36-pin', 'nano'.
  needle_config             text,
  serialised                boolean NOT NULL DEFAULT false,
  sterile_for_needled_skin  boolean NOT NULL DEFAULT false,
  -- Anaesthetics: strength as labelled (e.g. 'lidocaine 2.5% / prilocaine 2.5%') and whether it
  -- is compounded (then charting it needs a prescription record, §2.5).
  strength                  text,
  compounded                boolean NOT NULL DEFAULT false,
  -- Warn when the units on hand across unexpired lots fall to this number.
  low_stock_at              integer NOT NULL DEFAULT 10 CHECK (low_stock_at >= 0),
  active                    boolean NOT NULL DEFAULT true,
  created_at                timestamptz NOT NULL,
  CHECK (kind = 'cartridge' OR (needle_config IS NULL AND NOT serialised)),
  CHECK (kind = 'anaesthetic' OR (strength IS NULL AND NOT compounded)),
  UNIQUE (clinic_id, kind, name),
  UNIQUE (clinic_id, id)
);

-- cartridge_lot becomes stock_lot: one lot of any product, as received, with what is left.
-- Existing lots keep their ids; their product text becomes a cartridge product.
INSERT INTO consumable_product (id, clinic_id, kind, name, needle_config, sterile_for_needled_skin, created_at)
SELECT DISTINCT ON (clinic_id, product)
       md5(clinic_id::text || product)::uuid, clinic_id, 'cartridge', product, needle_config, true, now()
  FROM cartridge_lot
 ORDER BY clinic_id, product, received_on;

ALTER TABLE cartridge_lot RENAME TO stock_lot;
ALTER TABLE stock_lot RENAME CONSTRAINT cartridge_lot_pkey TO stock_lot_pkey;
ALTER TABLE stock_lot
  ADD COLUMN product_id uuid,
  ADD COLUMN supplier text,
  ADD COLUMN quantity_on_hand integer,
  ADD COLUMN received_by uuid REFERENCES app_user (id),
  ADD COLUMN created_at timestamptz;
UPDATE stock_lot SET product_id = md5(clinic_id::text || product)::uuid,
                     quantity_on_hand = quantity_received,
                     created_at = received_on::timestamptz;
ALTER TABLE stock_lot
  DROP CONSTRAINT cartridge_lot_clinic_id_product_lot_number_key,
  DROP COLUMN product,
  DROP COLUMN needle_config,
  ALTER COLUMN product_id SET NOT NULL,
  ALTER COLUMN quantity_on_hand SET NOT NULL,
  ALTER COLUMN created_at SET NOT NULL,
  -- Never negative: using the last cartridge twice at once leaves one success (the other fails
  -- this check inside its transaction).
  ADD CONSTRAINT stock_lot_quantity_on_hand_check CHECK (quantity_on_hand >= 0),
  ADD CONSTRAINT stock_lot_lot_number_check CHECK (length(trim(lot_number)) BETWEEN 1 AND 80),
  ADD CONSTRAINT stock_lot_product_fkey FOREIGN KEY (clinic_id, product_id) REFERENCES consumable_product (clinic_id, id),
  ADD CONSTRAINT stock_lot_product_lot_key UNIQUE (clinic_id, product_id, lot_number),
  ADD CONSTRAINT stock_lot_clinic_id_id_key UNIQUE (clinic_id, id);
CREATE INDEX stock_lot_expiry_idx ON stock_lot (clinic_id, expires_on);

-- Every change to a lot's quantity, with why; the lot's quantity_on_hand is their sum.
CREATE TABLE stock_movement (
  id           uuid PRIMARY KEY,
  clinic_id    uuid NOT NULL,
  lot_id       uuid NOT NULL,
  change       integer NOT NULL CHECK (change <> 0),
  reason       text NOT NULL CHECK (reason IN ('received', 'used', 'used_corrected', 'damaged', 'expired', 'returned', 'count_correction', 'recalled')),
  note         text,
  session_id   uuid,
  recorded_by  uuid NOT NULL REFERENCES app_user (id),
  recorded_at  timestamptz NOT NULL,
  FOREIGN KEY (clinic_id, lot_id) REFERENCES stock_lot (clinic_id, id),
  CHECK (reason NOT IN ('damaged', 'returned', 'count_correction') OR length(trim(coalesce(note, ''))) > 0)
);
CREATE INDEX stock_movement_lot_idx ON stock_movement (lot_id, recorded_at);

-- Pens and RF units: cleaning, inspection, service and repair, as done.
CREATE TABLE device_maintenance (
  id            uuid PRIMARY KEY,
  clinic_id     uuid NOT NULL,
  device_id     uuid NOT NULL,
  kind          text NOT NULL CHECK (kind IN ('cleaning', 'inspection', 'service', 'repair')),
  note          text,
  performed_by  uuid NOT NULL REFERENCES app_user (id),
  performed_at  timestamptz NOT NULL,
  FOREIGN KEY (clinic_id, device_id) REFERENCES device (clinic_id, id)
);
CREATE INDEX device_maintenance_device_idx ON device_maintenance (device_id, performed_at DESC);

-- One visit's treatment, charted in the room. Starting it recorded what was checked: the
-- day-of screening (not blocked), the valid consent, and the baseline photos or why there are
-- none. Signed once; after that only addenda.
CREATE TABLE treatment_session (
  id                uuid PRIMARY KEY,
  clinic_id         uuid NOT NULL,
  patient_id        uuid NOT NULL,
  appointment_id    uuid NOT NULL,
  practitioner_id   uuid NOT NULL,
  modality          text NOT NULL CHECK (modality IN ('microneedling', 'rf-microneedling')),
  series_id         uuid,
  session_number    smallint,
  screening_id      uuid NOT NULL,
  consent_id        uuid NOT NULL,
  photos            text NOT NULL CHECK (photos IN ('taken', 'declined', 'unavailable')),
  photos_reason     text,
  -- The pen (or RF unit) used; chosen at start from the appointment's device when it holds one.
  device_id         uuid,
  started_at        timestamptz NOT NULL,
  started_by        uuid NOT NULL REFERENCES app_user (id),
  signed_at         timestamptz,
  signed_by         uuid REFERENCES app_user (id),
  -- SHA-256 of the canonical chart at signing: what was signed can be shown to be unchanged.
  signed_hash       text CHECK (signed_hash ~ '^[0-9a-f]{64}$'),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patient (clinic_id, id),
  FOREIGN KEY (clinic_id, appointment_id) REFERENCES appointment (clinic_id, id),
  FOREIGN KEY (clinic_id, practitioner_id) REFERENCES app_user (clinic_id, id),
  FOREIGN KEY (clinic_id, series_id) REFERENCES treatment_series (clinic_id, id),
  FOREIGN KEY (clinic_id, screening_id) REFERENCES screening_evaluation (clinic_id, id),
  FOREIGN KEY (clinic_id, device_id) REFERENCES device (clinic_id, id),
  UNIQUE (clinic_id, appointment_id),
  UNIQUE (clinic_id, id),
  CHECK (photos = 'taken' OR length(trim(coalesce(photos_reason, ''))) > 0),
  CHECK ((signed_at IS NULL) = (signed_by IS NULL) AND (signed_at IS NULL) = (signed_hash IS NULL))
);
CREATE INDEX treatment_session_patient_idx ON treatment_session (clinic_id, patient_id, started_at DESC);
CREATE INDEX treatment_session_device_idx ON treatment_session (device_id, started_at);

-- Topical anaesthetic: what, where, how long. Warnings given (over 60 min of contact, occlusion
-- beyond face and neck) are kept with the entry.
CREATE TABLE session_anaesthetic (
  id                  uuid PRIMARY KEY,
  clinic_id           uuid NOT NULL,
  session_id          uuid NOT NULL,
  product_id          uuid NOT NULL,
  lot_id              uuid,
  zones               text[] NOT NULL CHECK (cardinality(zones) > 0),
  occluded            boolean NOT NULL DEFAULT false,
  applied_at          timestamptz NOT NULL,
  removed_at          timestamptz CHECK (removed_at > applied_at),
  -- A compounded product needs the prescription it was made under.
  prescription_ref    text,
  warnings            jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(warnings) = 'array'),
  recorded_by         uuid NOT NULL REFERENCES app_user (id),
  recorded_at         timestamptz NOT NULL,
  FOREIGN KEY (clinic_id, session_id) REFERENCES treatment_session (clinic_id, id),
  FOREIGN KEY (clinic_id, product_id) REFERENCES consumable_product (clinic_id, id),
  FOREIGN KEY (clinic_id, lot_id) REFERENCES stock_lot (clinic_id, id)
);
CREATE INDEX session_anaesthetic_session_idx ON session_anaesthetic (session_id);

-- One treated zone (ids from intake-questions.md): depth in 0.25 mm steps, passes and their
-- directions, pen speed, the endpoint reached, the glide medium. Above the patient's cap for the
-- zone only with a prescriber's override.
CREATE TABLE session_zone (
  id                     uuid PRIMARY KEY,
  clinic_id              uuid NOT NULL,
  session_id             uuid NOT NULL,
  zone                   text NOT NULL CHECK (zone ~ '^[a-z_]{3,20}$'),
  depth_mm               numeric(4, 2) NOT NULL CHECK (depth_mm > 0 AND depth_mm <= 3.5 AND depth_mm * 4 = floor(depth_mm * 4)),
  passes                 smallint NOT NULL CHECK (passes BETWEEN 1 AND 30),
  directions             text[] NOT NULL CHECK (cardinality(directions) > 0),
  pen_speed              smallint CHECK (pen_speed BETWEEN 1 AND 20),
  endpoint               text NOT NULL CHECK (endpoint IN ('erythema', 'pinpoint_bleeding', 'stopped_early')),
  stopped_reason         text,
  glide_product_id       uuid,
  cap_mm                 numeric(4, 2) NOT NULL,
  depth_override_by      uuid REFERENCES app_user (id),
  depth_override_reason  text,
  recorded_by            uuid NOT NULL REFERENCES app_user (id),
  recorded_at            timestamptz NOT NULL,
  FOREIGN KEY (clinic_id, session_id) REFERENCES treatment_session (clinic_id, id),
  FOREIGN KEY (clinic_id, glide_product_id) REFERENCES consumable_product (clinic_id, id),
  UNIQUE (session_id, zone),
  CHECK ((endpoint = 'stopped_early') = (length(trim(coalesce(stopped_reason, ''))) > 0)),
  CHECK ((depth_override_by IS NULL) = (depth_override_reason IS NULL)),
  CHECK (depth_mm <= cap_mm OR depth_override_by IS NOT NULL)
);

-- Each single-use cartridge opened in the session. A serialised cartridge's serial is used once,
-- on any session, ever.
CREATE TABLE session_cartridge (
  id                uuid PRIMARY KEY,
  clinic_id         uuid NOT NULL,
  session_id        uuid NOT NULL,
  product_id        uuid NOT NULL,
  lot_id            uuid NOT NULL,
  cartridge_serial  text CHECK (length(trim(cartridge_serial)) BETWEEN 1 AND 80),
  recorded_by       uuid NOT NULL REFERENCES app_user (id),
  recorded_at       timestamptz NOT NULL,
  FOREIGN KEY (clinic_id, session_id) REFERENCES treatment_session (clinic_id, id),
  FOREIGN KEY (clinic_id, product_id) REFERENCES consumable_product (clinic_id, id),
  FOREIGN KEY (clinic_id, lot_id) REFERENCES stock_lot (clinic_id, id)
);
CREATE UNIQUE INDEX session_cartridge_single_use ON session_cartridge (clinic_id, product_id, cartridge_serial)
  WHERE cartridge_serial IS NOT NULL;
-- Recall: every session that used a lot, in one index scan.
CREATE INDEX session_cartridge_lot_idx ON session_cartridge (lot_id, session_id);
CREATE INDEX session_cartridge_session_idx ON session_cartridge (session_id);

-- Products applied to needled skin during the session (serums, glide media beyond the zone's,
-- masks): only sterile products meant for needled skin.
CREATE TABLE session_topical (
  id           uuid PRIMARY KEY,
  clinic_id    uuid NOT NULL,
  session_id   uuid NOT NULL,
  product_id   uuid NOT NULL,
  lot_id       uuid,
  zones        text[] NOT NULL CHECK (cardinality(zones) > 0),
  recorded_by  uuid NOT NULL REFERENCES app_user (id),
  recorded_at  timestamptz NOT NULL,
  FOREIGN KEY (clinic_id, session_id) REFERENCES treatment_session (clinic_id, id),
  FOREIGN KEY (clinic_id, product_id) REFERENCES consumable_product (clinic_id, id),
  FOREIGN KEY (clinic_id, lot_id) REFERENCES stock_lot (clinic_id, id)
);
CREATE INDEX session_topical_session_idx ON session_topical (session_id);

-- A correction after signing: the original stays; who, when and why are kept.
CREATE TABLE session_addendum (
  id          uuid PRIMARY KEY,
  clinic_id   uuid NOT NULL,
  session_id  uuid NOT NULL,
  reason      text NOT NULL CHECK (length(trim(reason)) BETWEEN 3 AND 500),
  body        text NOT NULL CHECK (length(trim(body)) BETWEEN 1 AND 5000),
  written_by  uuid NOT NULL REFERENCES app_user (id),
  written_at  timestamptz NOT NULL,
  FOREIGN KEY (clinic_id, session_id) REFERENCES treatment_session (clinic_id, id)
);
CREATE INDEX session_addendum_session_idx ON session_addendum (session_id, written_at);
CREATE TRIGGER session_addendum_append_only
  BEFORE UPDATE OR DELETE ON session_addendum
  FOR EACH ROW EXECUTE FUNCTION consent_record_is_append_only();
CREATE TRIGGER session_addendum_no_truncate
  BEFORE TRUNCATE ON session_addendum
  FOR EACH STATEMENT EXECUTE FUNCTION consent_record_no_truncate();

-- A signed chart is read-only, in the database itself: the session row may only move to the
-- surviving patient of a merge, and its entries may not be added, changed or removed.
CREATE FUNCTION treatment_session_lock() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'a treatment session is never deleted';
  END IF;
  IF OLD.signed_at IS NOT NULL
     AND (to_jsonb(NEW) - 'patient_id') IS DISTINCT FROM (to_jsonb(OLD) - 'patient_id') THEN
    RAISE EXCEPTION 'treatment session % is signed and read-only', OLD.id;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER treatment_session_locked
  BEFORE UPDATE OR DELETE ON treatment_session
  FOR EACH ROW EXECUTE FUNCTION treatment_session_lock();

CREATE FUNCTION session_entry_lock() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  target uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.session_id ELSE NEW.session_id END;
BEGIN
  IF EXISTS (SELECT 1 FROM treatment_session WHERE id = target AND signed_at IS NOT NULL) THEN
    RAISE EXCEPTION 'treatment session % is signed and read-only', target;
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;
CREATE TRIGGER session_anaesthetic_locked BEFORE INSERT OR UPDATE OR DELETE ON session_anaesthetic
  FOR EACH ROW EXECUTE FUNCTION session_entry_lock();
CREATE TRIGGER session_zone_locked BEFORE INSERT OR UPDATE OR DELETE ON session_zone
  FOR EACH ROW EXECUTE FUNCTION session_entry_lock();
CREATE TRIGGER session_cartridge_locked BEFORE INSERT OR UPDATE OR DELETE ON session_cartridge
  FOR EACH ROW EXECUTE FUNCTION session_entry_lock();
CREATE TRIGGER session_topical_locked BEFORE INSERT OR UPDATE OR DELETE ON session_topical
  FOR EACH ROW EXECUTE FUNCTION session_entry_lock();

-- A recall: a lot, or a pen over the dates it may have been faulty. Recalled lots can no longer
-- be charted; the affected patients are found from the chart, contacted through the outbox.
CREATE TABLE recall (
  id            uuid PRIMARY KEY,
  clinic_id     uuid NOT NULL REFERENCES clinic (id),
  kind          text NOT NULL CHECK (kind IN ('lot', 'device')),
  lot_id        uuid,
  device_id     uuid,
  -- For a pen: sessions started within [from, until) are affected.
  affected      tstzrange,
  reason        text NOT NULL CHECK (length(trim(reason)) BETWEEN 3 AND 1000),
  reference     text,
  created_by    uuid NOT NULL REFERENCES app_user (id),
  created_at    timestamptz NOT NULL,
  notified_at   timestamptz,
  notified_by   uuid REFERENCES app_user (id),
  FOREIGN KEY (clinic_id, lot_id) REFERENCES stock_lot (clinic_id, id),
  FOREIGN KEY (clinic_id, device_id) REFERENCES device (clinic_id, id),
  CHECK ((kind = 'lot') = (lot_id IS NOT NULL) AND (kind = 'device') = (device_id IS NOT NULL)),
  CHECK ((kind = 'device') = (affected IS NOT NULL)),
  CHECK (affected IS NULL OR (NOT isempty(affected) AND NOT lower_inf(affected))),
  CHECK ((notified_at IS NULL) = (notified_by IS NULL)),
  UNIQUE (clinic_id, id)
);
CREATE UNIQUE INDEX recall_lot_once ON recall (lot_id) WHERE lot_id IS NOT NULL;
CREATE INDEX recall_device_idx ON recall (device_id) WHERE device_id IS NOT NULL;

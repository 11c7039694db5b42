-- Patients booking in the portal, and the waitlist that offers freed times.

-- What a clinic allows patients to do themselves. No row: the defaults below.
CREATE TABLE booking_policy (
  clinic_id               uuid PRIMARY KEY REFERENCES clinic (id),
  -- A patient may cancel in the portal up to this many hours before the visit; later, they call.
  cancel_notice_hours     smallint NOT NULL DEFAULT 24 CHECK (cancel_notice_hours BETWEEN 0 AND 336),
  -- A patient never needled and never seen for a consultation is offered the consultation first.
  consultation_first      boolean NOT NULL DEFAULT true,
  -- How long a waitlist offer stays open before the next patient is asked (2 h by default).
  offer_minutes           smallint NOT NULL DEFAULT 120 CHECK (offer_minutes BETWEEN 15 AND 2880),
  updated_by              uuid REFERENCES app_user (id),
  updated_at              timestamptz NOT NULL
);

-- A patient waiting for a time: the service, where, which days, optionally with whom, and
-- whether mornings or afternoons suit. Offers go to waiting entries oldest first.
CREATE TABLE waitlist_entry (
  id               uuid PRIMARY KEY,
  clinic_id        uuid NOT NULL,
  patient_id       uuid NOT NULL,
  service_id       uuid NOT NULL,
  location_id      uuid NOT NULL,
  practitioner_id  uuid,
  earliest_date    date NOT NULL,
  latest_date      date NOT NULL,
  time_of_day      text NOT NULL CHECK (time_of_day IN ('morning', 'afternoon', 'any')),
  status           text NOT NULL DEFAULT 'waiting'
                   CHECK (status IN ('waiting', 'offered', 'booked', 'withdrawn')),
  created_by       uuid NOT NULL REFERENCES app_user (id),
  created_at       timestamptz NOT NULL,
  closed_at        timestamptz,
  CHECK (latest_date >= earliest_date),
  CHECK ((status IN ('booked', 'withdrawn')) = (closed_at IS NOT NULL)),
  FOREIGN KEY (clinic_id, patient_id) REFERENCES patient (clinic_id, id),
  FOREIGN KEY (clinic_id, service_id) REFERENCES service (clinic_id, id),
  FOREIGN KEY (clinic_id, location_id) REFERENCES location (clinic_id, id),
  FOREIGN KEY (clinic_id, practitioner_id) REFERENCES app_user (clinic_id, id),
  UNIQUE (clinic_id, id)
);
CREATE INDEX waitlist_entry_waiting_idx ON waitlist_entry (clinic_id, location_id, service_id, created_at)
  WHERE status = 'waiting';
CREATE INDEX waitlist_entry_patient_idx ON waitlist_entry (clinic_id, patient_id, created_at DESC);

-- A freed time offered to one waiting patient. The link's token is stored only as its SHA-256.
CREATE TABLE waitlist_offer (
  id                    uuid PRIMARY KEY,
  clinic_id             uuid NOT NULL,
  entry_id              uuid NOT NULL,
  -- The cancelled visit whose time this is: each patient is offered one freed time once.
  freed_appointment_id  uuid NOT NULL,
  starts_at             timestamptz NOT NULL,
  token_hash            text NOT NULL CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  expires_at            timestamptz NOT NULL,
  status                text NOT NULL DEFAULT 'open'
                        CHECK (status IN ('open', 'accepted', 'declined', 'expired', 'unavailable')),
  created_at            timestamptz NOT NULL,
  responded_at          timestamptz,
  -- The visit booked when the offer was accepted.
  appointment_id        uuid,
  CHECK ((status = 'open') = (responded_at IS NULL)),
  CHECK ((status = 'accepted') = (appointment_id IS NOT NULL)),
  FOREIGN KEY (clinic_id, entry_id) REFERENCES waitlist_entry (clinic_id, id),
  FOREIGN KEY (clinic_id, freed_appointment_id) REFERENCES appointment (clinic_id, id),
  FOREIGN KEY (clinic_id, appointment_id) REFERENCES appointment (clinic_id, id),
  UNIQUE (entry_id, freed_appointment_id)
);
-- One open offer per freed time and per entry: a job run twice cannot offer a time twice.
CREATE UNIQUE INDEX waitlist_offer_open_slot_key ON waitlist_offer (clinic_id, freed_appointment_id)
  WHERE status = 'open';
CREATE UNIQUE INDEX waitlist_offer_open_entry_key ON waitlist_offer (entry_id) WHERE status = 'open';

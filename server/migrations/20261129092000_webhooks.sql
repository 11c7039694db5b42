-- Webhooks (issue 11): an admin subscribes an endpoint to event types; each event writes one
-- delivery per matching subscription in the transaction of the change itself, and an outbox job
-- POSTs it, signed with the subscription's secret. Every attempt is logged.
CREATE TABLE webhook_subscription (
  id                 uuid PRIMARY KEY,
  clinic_id          uuid NOT NULL REFERENCES clinic (id),
  url                text NOT NULL CHECK (url ~ '^https?://'),
  description        text NOT NULL DEFAULT '',
  event_types        text[] NOT NULL CHECK (cardinality(event_types) > 0),
  -- The HMAC key itself: the receiver holds the same bytes, so it cannot be a one-way hash.
  secret             text NOT NULL,
  status             text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused')),
  created_by         uuid NOT NULL,
  created_at         timestamptz NOT NULL,
  secret_rotated_at  timestamptz,
  UNIQUE (clinic_id, id),
  FOREIGN KEY (clinic_id, created_by) REFERENCES app_user (clinic_id, id)
);
CREATE INDEX webhook_subscription_clinic_idx ON webhook_subscription (clinic_id) WHERE status = 'active';

CREATE TABLE webhook_event (
  id           uuid PRIMARY KEY,
  clinic_id    uuid NOT NULL REFERENCES clinic (id),
  type         text NOT NULL CHECK (type IN ('appointment.booked', 'appointment.cancelled', 'chart.signed',
                 'alert.raised', 'adverse_event.recorded', 'webhook.test')),
  -- `Appointment/<id>`: ids only, never a patient's data.
  resource     text NOT NULL CHECK (resource ~ '^[A-Za-z]+/[0-9a-f-]{36}$'),
  occurred_at  timestamptz NOT NULL,
  UNIQUE (clinic_id, id)
);

CREATE TABLE webhook_delivery (
  id               uuid PRIMARY KEY,
  clinic_id        uuid NOT NULL REFERENCES clinic (id),
  subscription_id  uuid NOT NULL,
  event_id         uuid NOT NULL,
  status           text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed', 'skipped')),
  attempts         integer NOT NULL DEFAULT 0,
  created_at       timestamptz NOT NULL,
  delivered_at     timestamptz,
  UNIQUE (clinic_id, id),
  UNIQUE (subscription_id, event_id),
  FOREIGN KEY (clinic_id, subscription_id) REFERENCES webhook_subscription (clinic_id, id) ON DELETE CASCADE,
  FOREIGN KEY (clinic_id, event_id) REFERENCES webhook_event (clinic_id, id)
);
CREATE INDEX webhook_delivery_recent_idx ON webhook_delivery (clinic_id, created_at DESC);

CREATE TABLE webhook_attempt (
  id               uuid PRIMARY KEY,
  clinic_id        uuid NOT NULL REFERENCES clinic (id),
  delivery_id      uuid NOT NULL,
  attempt          integer NOT NULL CHECK (attempt > 0),
  attempted_at     timestamptz NOT NULL,
  duration_ms      integer NOT NULL CHECK (duration_ms >= 0),
  response_status  integer,
  error            text,
  FOREIGN KEY (clinic_id, delivery_id) REFERENCES webhook_delivery (clinic_id, id) ON DELETE CASCADE
);
CREATE INDEX webhook_attempt_delivery_idx ON webhook_attempt (delivery_id, attempt);

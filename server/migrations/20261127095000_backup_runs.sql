-- Scheduled and on-demand backups, one row per run. Not clinic data: a backup covers the whole
-- database, so the rows belong to the installation. A scheduled run names its schedule slot, and
-- the unique slot is what lets two Corium processes race for one slot with only one backing up.
CREATE TABLE backup_run (
  id uuid PRIMARY KEY,
  trigger text NOT NULL CHECK (trigger IN ('scheduled', 'manual')),
  slot timestamptz UNIQUE,
  requested_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
  status text NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
  queued_at timestamptz NOT NULL,
  started_at timestamptz,
  finished_at timestamptz,
  file text,
  size_bytes bigint,
  error text,
  CHECK ((trigger = 'scheduled') = (slot IS NOT NULL)),
  CHECK (status <> 'succeeded' OR (file IS NOT NULL AND size_bytes IS NOT NULL AND finished_at IS NOT NULL)),
  CHECK (status <> 'failed' OR (error IS NOT NULL AND finished_at IS NOT NULL))
);

CREATE INDEX backup_run_recent ON backup_run (queued_at DESC);
CREATE INDEX backup_run_succeeded ON backup_run (finished_at DESC) WHERE status = 'succeeded';

-- The clinic's own colour for its public pages (issue 10). At most one row per clinic; without
-- one the pages use Corium's teal. Lower-case `#rrggbb`; the application also checks that
-- white text on it reaches WCAG AA contrast (4.5:1).
CREATE TABLE clinic_branding (
  clinic_id    uuid PRIMARY KEY REFERENCES clinic (id),
  brand_colour text NOT NULL CHECK (brand_colour ~ '^#[0-9a-f]{6}$'),
  updated_by   uuid NOT NULL REFERENCES app_user (id),
  updated_at   timestamptz NOT NULL DEFAULT now()
);

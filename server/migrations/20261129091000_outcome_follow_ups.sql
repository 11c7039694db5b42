-- The 3- and 6-month outcome follow-ups a patient was reminded of: one row per course and point,
-- claimed by the daily scan before the e-mail is queued, so a reminder is sent at most once
-- however often the scan runs or how many workers share it. The patient is the course's (a merge
-- moves the course, and with it whose reminder this is).

CREATE TABLE outcome_follow_up_reminder (
  id          uuid PRIMARY KEY,
  clinic_id   uuid NOT NULL REFERENCES clinic (id),
  series_id   uuid NOT NULL,
  timepoint   text NOT NULL CHECK (timepoint IN ('month_3', 'month_6')),
  due_on      date NOT NULL,
  queued_at   timestamptz NOT NULL,
  -- Set by the e-mail job when it sent; stays null when the job found nothing to send.
  sent_at     timestamptz,
  FOREIGN KEY (clinic_id, series_id) REFERENCES treatment_series (clinic_id, id),
  UNIQUE (clinic_id, series_id, timepoint)
);

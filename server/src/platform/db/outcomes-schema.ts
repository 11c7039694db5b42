import type { ColumnType } from 'kysely';

/** Kysely's view of server/migrations/20261129090000_outcomes.sql; kept beside schema.ts. */

export type OutcomeTimepointColumn = 'baseline' | 'before_session' | 'month_3' | 'month_6' | 'other';

export interface OutcomeScoreTable {
  id: string;
  clinic_id: string;
  patient_id: string;
  series_id: string | null;
  session_id: string | null;
  scale: string;
  scale_version: string;
  concern: string | null;
  timepoint: OutcomeTimepointColumn;
  /** numeric(7,2): pg returns it as a string; write a number or a string. */
  score: ColumnType<string, number | string, never>;
  inputs: ColumnType<unknown, string | undefined, never>;
  rater: 'clinician' | 'patient';
  rated_by: string | null;
  rated_on: ColumnType<string, string, never>;
  photo_ids: ColumnType<string[], string[] | undefined, never>;
  note: string | null;
  recorded_at: ColumnType<Date, Date, never>;
  entered_in_error_at: Date | null;
  entered_in_error_by: string | null;
  entered_in_error_reason: string | null;
}

export interface OutcomeTables {
  outcome_score: OutcomeScoreTable;
}

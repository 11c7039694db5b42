import type { ColumnType } from 'kysely';

/** Kysely's view of server/migrations/20261129091000_outcome_follow_ups.sql; kept beside schema.ts. */

export interface OutcomeFollowUpReminderTable {
  id: string;
  clinic_id: string;
  series_id: string;
  timepoint: 'month_3' | 'month_6';
  due_on: ColumnType<string, string, never>;
  queued_at: ColumnType<Date, Date, never>;
  sent_at: Date | null;
}

export interface OutcomeFollowUpTables {
  outcome_follow_up_reminder: OutcomeFollowUpReminderTable;
}

import type { ColumnType } from 'kysely';

/** Kysely's view of server/migrations/*_backup_runs.sql; kept beside schema.ts. */

/** `bigint` arrives from pg as a string; repos convert it. */
type BigInt = ColumnType<string, number, number>;

export interface BackupRunTable {
  id: string;
  trigger: 'scheduled' | 'manual';
  slot: Date | null;
  requested_by: string | null;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  queued_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
  file: string | null;
  size_bytes: BigInt | null;
  error: string | null;
}

export interface OperationsTables {
  backup_run: BackupRunTable;
}

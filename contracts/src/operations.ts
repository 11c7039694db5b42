import { z } from 'zod';
import { id } from './common';

export const backupRunStatuses = ['queued', 'running', 'succeeded', 'failed'] as const;

/** One backup: by the schedule or asked for with "Back up now". */
export const backupRun = z.object({
  id,
  trigger: z.enum(['scheduled', 'manual']),
  status: z.enum(backupRunStatuses),
  queuedAt: z.iso.datetime(),
  startedAt: z.iso.datetime().nullable(),
  finishedAt: z.iso.datetime().nullable(),
  /** Milliseconds from start to finish, once finished. */
  durationMs: z.number().int().nonnegative().nullable(),
  /** Absolute path of the backup file on the server, once written. */
  file: z.string().nullable(),
  sizeBytes: z.number().int().nonnegative().nullable(),
  /** Why it failed, in the words of the error. */
  error: z.string().nullable(),
});
export type BackupRun = z.infer<typeof backupRun>;

/** The admin screen's view of backups: schedule, where files go, and what happened lately. */
export const backupOverview = z.object({
  schedule: z.object({
    enabled: z.boolean(),
    /** e.g. "Daily at 02:30 UTC" or "Off". */
    description: z.string(),
    nextRunAt: z.iso.datetime().nullable(),
  }),
  directory: z.string(),
  keep: z.number().int().positive(),
  encrypted: z.boolean(),
  lastSuccess: backupRun.nullable(),
  lastFailure: backupRun.nullable(),
  /** Newest first. */
  runs: z.array(backupRun),
});
export type BackupOverview = z.infer<typeof backupOverview>;

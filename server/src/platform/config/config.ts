import path from 'node:path';
import { z } from 'zod';
import type { SmsSettings } from '../sms/sms-sender';
import { parseBackupSchedule, type BackupSchedule } from '../backup/schedule';

/**
 * Every setting Corium reads from the environment, parsed once at start-up.
 * Nothing else reads process.env: the parsed Config travels in Deps.
 */
const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PUBLIC_URL: z.url().optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Corium <no-reply@localhost>'),
  RUN_WORKER: booleanFlag.default(true),
  WORKER_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
  SESSION_IDLE_STAFF_MIN: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  SESSION_IDLE_PATIENT_MIN: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
  BACKUP_SCHEDULE: z
    .string()
    .transform((text, ctx) => {
      const parsed = parseBackupSchedule(text);
      if (typeof parsed === 'object' && 'problem' in parsed) {
        ctx.addIssue({ code: 'custom', message: parsed.problem });
        return z.NEVER;
      }
      return parsed;
    })
    .optional(),
  BACKUP_KEEP: z.coerce.number().int().min(1).max(1000).default(7),
  BACKUP_DIR: z.string().min(1).optional(),
  BACKUP_PASSPHRASE: z.string().min(12, 'must have at least 12 characters').optional(),
  SMS_PROVIDER_URL: z.url({ protocol: /^https?$/ }).optional(),
  SMS_ACCOUNT_SID: z.string().min(1).max(100).optional(),
  SMS_AUTH_TOKEN: z.string().min(1).max(200).optional(),
  SMS_FROM: z.string().min(1).max(40).optional(),
  /** Photos decoded at once (a 50 MP photo needs ~200 MB while decoding); more wait their turn. */
  PHOTO_DECODES: z.coerce.number().int().min(1).max(32).default(2),
  /** Uploads allowed to wait for a decode; beyond that an upload is refused with 503 and Retry-After. */
  PHOTO_DECODES_WAITING: z.coerce.number().int().min(0).max(1000).default(16),
  /** Hosts webhooks may reach over plain http (comma-separated), e.g. `127.0.0.1,receiver.lan`. */
  WEBHOOK_HTTP_HOSTS: z
    .string()
    .transform((text) =>
      text
        .split(',')
        .map((host) => host.trim().toLowerCase())
        .filter(Boolean),
    )
    .default([]),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** Set → external PostgreSQL; unset → Corium runs its own embedded PostgreSQL in dataDir. */
  databaseUrl: string | undefined;
  dbPoolMax: number;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  publicUrl: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  runWorker: boolean;
  workerPollMs: number;
  shutdownTimeoutMs: number;
  /** After SIGTERM, health answers 503 this long before Corium stops accepting connections. */
  shutdownGraceMs: number;
  sessions: { staffIdleMs: number; patientIdleMs: number; absoluteMs: number };
  backups: BackupSettings;
  /** Text messages through a Twilio-compatible provider; undefined = texts are off. */
  sms: SmsSettings | undefined;
  /** Webhook endpoints must be https, except on these hosts (a receiver on the clinic's own network). */
  webhookHttpHosts: readonly string[];
  /** How many photos this process decodes at once, and how many uploads may wait for a turn. */
  photoDecodes: { running: number; waiting: number };
  version: string;
}

/** Scheduled backups: on by default with the embedded database, off with an external one. */
export interface BackupSettings {
  schedule: BackupSchedule | null;
  keep: number;
  dir: string;
  /** Set → scheduled backups are sealed with it (AES-256-GCM); kept in the environment only. */
  passphrase: string | undefined;
}

export class ConfigError extends Error {
  constructor(readonly variables: { name: string; problem: string }[]) {
    super('Invalid configuration:\n' + variables.map((v) => `  ${v.name}: ${v.problem}`).join('\n'));
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: Record<string, string | undefined>, version = '0.0.0'): Config {
  // An empty variable means "not set", as in most shells' `FOO= corium`.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => ({
        name: String(issue.path[0] ?? '(environment)'),
        problem: issue.message,
      })),
    );
  }
  const e = parsed.data;
  const sms = smsSettings(e);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    dbPoolMax: e.DB_POOL_MAX,
    logLevel: e.LOG_LEVEL,
    publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    runWorker: e.RUN_WORKER,
    workerPollMs: e.WORKER_POLL_MS,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    sessions: {
      staffIdleMs: e.SESSION_IDLE_STAFF_MIN * 60_000,
      patientIdleMs: e.SESSION_IDLE_PATIENT_MIN * 60_000,
      absoluteMs: e.SESSION_MAX_HOURS * 3_600_000,
    },
    backups: backupSettings(e),
    sms,
    webhookHttpHosts: e.WEBHOOK_HTTP_HOSTS,
    photoDecodes: { running: e.PHOTO_DECODES, waiting: e.PHOTO_DECODES_WAITING },
    version,
  };
}

function backupSettings(e: z.infer<typeof envSchema>): BackupSettings {
  const schedule = e.BACKUP_SCHEDULE ?? (e.DATABASE_URL ? 'off' : parseBackupSchedule('daily'));
  return {
    schedule: schedule === 'off' || 'problem' in schedule ? null : schedule,
    keep: e.BACKUP_KEEP,
    dir: path.resolve(e.BACKUP_DIR ?? path.join(e.DATA_DIR, 'backups')),
    passphrase: e.BACKUP_PASSPHRASE,
  };
}

const smsVariables = ['SMS_PROVIDER_URL', 'SMS_ACCOUNT_SID', 'SMS_AUTH_TOKEN', 'SMS_FROM'] as const;

/** All four SMS variables, or none: a half-configured provider is a mistake to name, not to ignore. */
function smsSettings(e: z.infer<typeof envSchema>): SmsSettings | undefined {
  const missing = smsVariables.filter((name) => e[name] === undefined);
  if (missing.length === smsVariables.length) return undefined;
  if (missing.length > 0)
    throw new ConfigError(
      missing.map((name) => ({
        name,
        problem: 'needed with the other SMS_ settings (set all four, or none)',
      })),
    );
  return {
    url: e.SMS_PROVIDER_URL!,
    accountSid: e.SMS_ACCOUNT_SID!,
    authToken: e.SMS_AUTH_TOKEN!,
    from: e.SMS_FROM!,
  };
}

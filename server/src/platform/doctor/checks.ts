import type { Finding } from './finding';

/**
 * The checks of `corium doctor` as pure functions of what was observed, so each verdict and its
 * advice is tested without a machine in that state. Thresholds are stated in the messages.
 */

const MB = 1024 * 1024;
const GB = 1024 * MB;
/** Below this PostgreSQL cannot be trusted to finish a checkpoint or a backup. */
export const DISK_FAIL_BYTES = 500 * MB;
export const DISK_WARN_BYTES = 2 * GB;
export const DISK_WARN_FRACTION = 0.1;
/** A daily schedule that missed two runs in a row. */
export const BACKUP_MAX_AGE_MS = 2 * 24 * 3_600_000;

export interface DataDirState {
  path: string;
  embedded: boolean;
  exists: boolean;
  isDirectory: boolean;
  mode: number;
  ownerUid: number;
  processUid: number;
}

export function checkDataDir(s: DataDirState): Finding {
  const check = 'data directory';
  if (!s.exists)
    return s.embedded
      ? {
          level: 'fail',
          check,
          message: `${s.path} does not exist`,
          fix: 'set DATA_DIR to the folder Corium runs on, or start Corium once to create it',
        }
      : {
          level: 'warn',
          check,
          message: `${s.path} does not exist yet`,
          fix: 'it is created at the first start (photos, mail files and backups go there)',
        };
  if (!s.isDirectory)
    return { level: 'fail', check, message: `${s.path} is not a folder`, fix: 'set DATA_DIR to a folder' };
  if (s.ownerUid !== s.processUid && s.processUid !== 0)
    return {
      level: 'fail',
      check,
      message: `${s.path} belongs to uid ${s.ownerUid}, not to the user running Corium (uid ${s.processUid})`,
      fix: `chown -R ${s.processUid} ${s.path}, or run Corium as its owner`,
    };
  return checkDataDirMode(s);
}

/**
 * 0700, except when root runs the embedded database: PostgreSQL then runs as the system user
 * `postgres`, which must pass through DATA_DIR to its own folder inside, hence 0711 (others may
 * pass through but not list or read).
 */
function checkDataDirMode(s: DataDirState): Finding {
  const check = 'data directory';
  const asRoot = s.processUid === 0 && s.embedded;
  const want = asRoot ? '711' : '700';
  const mode = (s.mode & 0o777).toString(8).padStart(4, '0');
  const fix = `chmod ${want} ${s.path}`;
  if (s.mode & 0o006)
    return {
      level: 'fail',
      check,
      message: `${s.path} is open to every user of this machine (mode ${mode})`,
      fix,
    };
  if (asRoot && !(s.mode & 0o001))
    return {
      level: 'fail',
      check,
      message: `${s.path} (mode ${mode}) cannot be passed through by the user postgres, who runs the embedded database`,
      fix,
    };
  if (s.mode & 0o060)
    return { level: 'warn', check, message: `${s.path} is open to its group (mode ${mode})`, fix };
  return { level: 'ok', check, message: `${s.path} (mode ${mode}, owned by the user running Corium)` };
}

export function checkDurability(settings: Record<string, string>): Finding[] {
  const verdict = (name: string, good: boolean, why: string): Finding => ({
    level: good ? 'ok' : 'fail',
    check: `PostgreSQL ${name}`,
    message: good ? (settings[name] ?? 'unknown') : `${settings[name] ?? 'unknown'}: ${why}`,
    ...(good ? {} : { fix: `set ${name} = on in postgresql.conf and reload` }),
  });
  return [
    verdict('fsync', settings.fsync === 'on', 'a power cut can corrupt the whole database'),
    verdict(
      'synchronous_commit',
      ['on', 'local', 'remote_write', 'remote_apply'].includes(settings.synchronous_commit ?? ''),
      'a crash loses writes Corium already confirmed to the clinic',
    ),
    verdict('full_page_writes', settings.full_page_writes === 'on', 'a crash mid-write can leave torn pages'),
  ];
}

export function checkDiskSpace(s: { path: string; freeBytes: number; totalBytes: number }): Finding {
  const check = 'disk space';
  const free =
    s.freeBytes >= GB ? `${(s.freeBytes / GB).toFixed(1)} GB` : `${Math.floor(s.freeBytes / MB)} MB`;
  const share = s.totalBytes > 0 ? s.freeBytes / s.totalBytes : 0;
  const message = `${free} free (${Math.round(share * 100)} %) on the disk of ${s.path}`;
  const fix = 'free space, or move DATA_DIR and BACKUP_DIR to a bigger disk';
  if (s.freeBytes < DISK_FAIL_BYTES)
    return { level: 'fail', check, message: `${message}, below 500 MB`, fix };
  if (s.freeBytes < DISK_WARN_BYTES || share < DISK_WARN_FRACTION)
    return { level: 'warn', check, message: `${message}, below 2 GB or 10 %`, fix };
  return { level: 'ok', check, message };
}

export interface BackupState {
  embedded: boolean;
  scheduleEnabled: boolean;
  /** Finish time of the newest successful backup run (scheduled or "Back up now"), if any. */
  lastSuccess: Date | null;
  now: Date;
}

export function checkBackupAge(s: BackupState): Finding {
  const check = 'backups';
  if (!s.scheduleEnabled && !s.embedded && !s.lastSuccess)
    return {
      level: 'ok',
      check,
      message:
        'not scheduled by Corium (external PostgreSQL): back it up with your database service, or set BACKUP_SCHEDULE',
    };
  if (!s.scheduleEnabled && s.embedded)
    return {
      level: 'warn',
      check,
      message: 'scheduled backups are off (BACKUP_SCHEDULE=off)',
      fix: 'set BACKUP_SCHEDULE=daily, or run `npx corium backup FILE` yourself every day',
    };
  if (!s.lastSuccess)
    return {
      level: 'warn',
      check,
      message: 'no backup has succeeded yet',
      fix: 'keep Corium running over its backup time, or choose "Back up now" under Operations',
    };
  const ageHours = Math.floor((s.now.getTime() - s.lastSuccess.getTime()) / 3_600_000);
  const message = `last successful backup ${s.lastSuccess.toISOString()} (${ageHours} h ago)`;
  if (s.now.getTime() - s.lastSuccess.getTime() > BACKUP_MAX_AGE_MS)
    return {
      level: 'warn',
      check,
      message: `${message}, more than 2 days`,
      fix: 'see Operations in Corium for the failed runs and their errors',
    };
  return { level: 'ok', check, message };
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Session cookies are `__Host-` and Secure: browsers keep them over https, or on localhost only. */
export function checkPublicUrl(publicUrl: string, host: string): Finding[] {
  const url = new URL(publicUrl);
  const check = 'PUBLIC_URL';
  if (url.protocol !== 'https:' && !LOOPBACK.has(url.hostname))
    return [
      {
        level: 'fail',
        check,
        message: `${publicUrl} is not https: browsers refuse Corium's secure session cookie there, so nobody can sign in`,
        fix: 'serve Corium through an HTTPS reverse proxy and set PUBLIC_URL=https://…',
      },
    ];
  if (url.protocol !== 'https:')
    return [
      { level: 'ok', check, message: `${publicUrl} (on this machine only; use https for anyone else)` },
    ];
  const proxy: Finding =
    LOOPBACK.has(host) || host === '::1'
      ? {
          level: 'ok',
          check: 'proxy',
          message: `listening on ${host} behind your HTTPS proxy; Corium does not read X-Forwarded-* headers, so the audit log records the proxy's address`,
        }
      : {
          level: 'warn',
          check: 'proxy',
          message: `listening on ${host} in plain HTTP while PUBLIC_URL is https`,
          fix: 'set HOST=127.0.0.1 so that only the proxy on this machine reaches Corium, or firewall PORT',
        };
  return [{ level: 'ok', check, message: publicUrl }, proxy];
}

export function checkMail(smtpUrl: string | undefined, mailDir: string): Finding {
  if (smtpUrl)
    return { level: 'ok', check: 'e-mail', message: `sent over SMTP via ${new URL(smtpUrl).host}` };
  return {
    level: 'warn',
    check: 'e-mail',
    message: `no SMTP_URL: e-mails are written as files into ${mailDir} and nobody receives them`,
    fix: 'set SMTP_URL=smtps://user:password@mail.example.org',
  };
}

export interface MigrationState {
  files: { version: string; checksum: string }[];
  applied: { version: string; checksum: string }[];
}

export function checkMigrations(s: MigrationState): Finding {
  const check = 'database schema';
  const known = new Map(s.files.map((f) => [f.version, f.checksum]));
  const changed = s.applied.filter((a) => known.has(a.version) && known.get(a.version) !== a.checksum);
  if (changed.length)
    return {
      level: 'fail',
      check,
      message: `migration ${changed.map((c) => c.version).join(', ')} differs from the one applied`,
      fix: 'reinstall this Corium version unchanged',
    };
  const newer = s.applied.filter((a) => !known.has(a.version));
  if (newer.length)
    return {
      level: 'fail',
      check,
      message: `the database was migrated by a newer Corium (${newer.length} unknown migrations)`,
      fix: 'run the newer Corium version',
    };
  const pending = s.files.length - s.applied.length;
  if (pending > 0)
    return {
      level: 'warn',
      check,
      message: `${pending} migrations not applied yet`,
      fix: 'they apply at the next start, or run `npx corium migrate`',
    };
  return { level: 'ok', check, message: `up to date (${s.applied.length} migrations)` };
}

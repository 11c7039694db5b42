import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import type pg from 'pg';
import type { TestContext } from '../../../test/build-test-app';
import { allJobs } from '../../jobs';
import type { BackupSettings } from '../../platform/config/config';
import { createDrainer } from '../../platform/jobs/worker';

/** The test database as a DATABASE_URL, so backups reach it the way a server reaches its own. */
function databaseUrl(c: pg.ClientConfig): string {
  const password = c.password === undefined ? '' : `:${encodeURIComponent(String(c.password))}`;
  const query = new URLSearchParams({ host: String(c.host), port: String(c.port ?? 5432) });
  return `postgres://${encodeURIComponent(c.user ?? 'postgres')}${password}@/${c.database}?${query}`;
}

/** Points the context's backups at a temp folder (or `dir`) with the given settings. */
export async function useBackups(t: TestContext, settings: Partial<BackupSettings> = {}): Promise<string> {
  const dir = settings.dir ?? path.join(await mkdtemp(path.join(os.tmpdir(), 'corium-backups-')), 'backups');
  t.deps.config = {
    ...t.deps.config,
    databaseUrl: databaseUrl(t.database.connection),
    backups: { schedule: null, keep: 7, passphrase: undefined, ...settings, dir },
  };
  return dir;
}

/** Runs every due outbox job, as the worker would. */
export const drainOutbox = (t: TestContext): Promise<number> =>
  createDrainer({
    db: t.deps.db,
    deps: t.deps,
    jobs: allJobs,
    log: pino({ level: 'silent' }),
    clock: t.clock,
    pollMs: 50,
  }).drain();

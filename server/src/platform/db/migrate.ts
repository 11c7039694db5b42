import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';
import { paths } from '../paths';

export interface MigrationFile {
  version: string;
  name: string;
  sql: string;
  checksum: string;
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

// Any constant works; it only has to be the same in every Corium process sharing a server.
const MIGRATION_LOCK_KEY = 7_042_025_001;

/** Files are `<14-digit timestamp>_<name>.sql`, applied in version order and frozen once merged. */
export async function readMigrations(dir = paths.migrations): Promise<MigrationFile[]> {
  const names = (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort();
  return Promise.all(
    names.map(async (file) => {
      const match = /^(\d{14})_([a-z0-9_-]+)\.sql$/.exec(file);
      if (!match) throw new MigrationError(`Bad migration file name: ${file}`);
      const sql = await readFile(path.join(dir, file), 'utf8');
      const checksum = createHash('sha256').update(sql).digest('hex');
      return { version: match[1]!, name: match[2]!, sql, checksum };
    }),
  );
}

/**
 * Applies every pending migration in ONE transaction: either all of them land or the database
 * is left exactly as it was. An advisory lock lets several app processes start at once.
 */
export async function migrate(pool: pg.Pool, files?: MigrationFile[]): Promise<string[]> {
  const migrations = files ?? (await readMigrations());
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migration (
      version text PRIMARY KEY, name text NOT NULL, checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now())`);
    const pending = await pendingMigrations(client, migrations);
    for (const m of pending) await applyOne(client, m);
    await client.query('COMMIT');
    return pending.map((m) => `${m.version}_${m.name}`);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function pendingMigrations(
  client: pg.PoolClient,
  migrations: MigrationFile[],
): Promise<MigrationFile[]> {
  const { rows } = await client.query<{ version: string; checksum: string }>(
    'SELECT version, checksum FROM schema_migration',
  );
  const applied = new Map(rows.map((r) => [r.version, r.checksum]));
  for (const m of migrations) {
    const checksum = applied.get(m.version);
    if (checksum !== undefined && checksum !== m.checksum) {
      throw new MigrationError(
        `Migration ${m.version}_${m.name} was changed after it was applied; add a new migration instead`,
      );
    }
  }
  return migrations.filter((m) => !applied.has(m.version));
}

async function applyOne(client: pg.PoolClient, m: MigrationFile): Promise<void> {
  try {
    await client.query(m.sql);
  } catch (error) {
    throw new MigrationError(
      `Migration ${m.version}_${m.name} failed: ${(error as Error).message}; nothing was changed`,
    );
  }
  await client.query('INSERT INTO schema_migration (version, name, checksum) VALUES ($1, $2, $3)', [
    m.version,
    m.name,
    m.checksum,
  ]);
}

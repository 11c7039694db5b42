import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/test-db';
import { migrate, MigrationError, readMigrations } from './migrate';

let database: TestDatabase;
let pool: pg.Pool;

async function freshDatabase(): Promise<pg.Pool> {
  database = await createTestDatabase({ empty: true });
  pool = new pg.Pool({ ...database.connection, max: 4 });
  return pool;
}

afterEach(async () => {
  await pool?.end();
  await database?.drop();
});

async function migrationsDir(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'corium-migrations-'));
  for (const [name, sql] of Object.entries(files)) await writeFile(path.join(dir, name), sql);
  return dir;
}

const tables = async (p: pg.Pool): Promise<string[]> =>
  (
    await p.query<{ t: string }>(
      "SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1",
    )
  ).rows.map((r) => r.t);

describe('migrate', () => {
  it('applies every shipped migration to an empty database, then has nothing left to do', async () => {
    const p = await freshDatabase();
    const applied = await migrate(p);
    expect(applied.length).toBe((await readMigrations()).length);
    expect(await tables(p)).toEqual(
      expect.arrayContaining(['clinic', 'app_user', 'patient', 'outbox', 'schema_migration']),
    );
    expect(await migrate(p)).toEqual([]);
  });

  it('leaves the database exactly as it was when a migration fails', async () => {
    const p = await freshDatabase();
    const dir = await migrationsDir({
      '20260101000000_good.sql': 'CREATE TABLE good_one (id int);',
      '20260102000000_bad.sql': 'CREATE TABLE good_two (id int); SELECT * FROM no_such_table;',
    });
    const files = await readMigrations(dir);
    await expect(migrate(p, files)).rejects.toThrow(
      /20260102000000_bad failed: .*no_such_table.*nothing was changed/,
    );
    expect(await tables(p)).toEqual([]);
  });

  it('refuses a migration that was edited after it was applied', async () => {
    const p = await freshDatabase();
    const first = await readMigrations(
      await migrationsDir({ '20260101000000_a.sql': 'CREATE TABLE a (id int);' }),
    );
    await migrate(p, first);
    const edited = await readMigrations(
      await migrationsDir({ '20260101000000_a.sql': 'CREATE TABLE a (id bigint);' }),
    );
    await expect(migrate(p, edited)).rejects.toBeInstanceOf(MigrationError);
  });

  it('lets several processes start at once: each migration is applied exactly once', async () => {
    const p = await freshDatabase();
    const results = await Promise.all([migrate(p), migrate(p), migrate(p)]);
    const total = results.reduce((n, applied) => n + applied.length, 0);
    expect(total).toBe((await readMigrations()).length);
  });
});

import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { parse } from 'pg-connection-string';

/**
 * Where a battery test's Corium keeps its data: the embedded PostgreSQL in DATA_DIR, or an
 * external database (DATA_DIR then holds only files: blobs, mail). `env` is what a Corium
 * process or a `corium` command needs to find it.
 */
export interface BatteryTarget {
  kind: 'embedded' | 'external';
  dataDir: string;
  env: Record<string, string>;
  /** The external database's URL; undefined for the embedded one. */
  url: string | undefined;
}

export const embeddedTarget = (dataDir: string): BatteryTarget => ({
  kind: 'embedded',
  dataDir,
  env: { DATA_DIR: dataDir, DATABASE_URL: '' },
  url: undefined,
});

export const externalTarget = (dataDir: string, url: string): BatteryTarget => ({
  kind: 'external',
  dataDir,
  env: { DATA_DIR: dataDir, DATABASE_URL: url },
  url,
});

/**
 * A direct connection, as an operator with access to DATA_DIR (or the database server) has.
 * The embedded database answers only while a Corium runs on it.
 */
function clientFor(target: BatteryTarget): pg.Client {
  if (target.url) return new pg.Client(parse(target.url) as pg.ClientConfig);
  return new pg.Client({
    host: path.join(target.dataDir, 'postgres'),
    port: 5432,
    user: 'postgres',
    database: 'corium',
    password: readFileSync(path.join(target.dataDir, 'postgres.secret'), 'utf8').trim(),
  });
}

export async function withSql<T>(target: BatteryTarget, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = clientFor(target);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * PostgreSQL's own B-tree checker over every valid B-tree index of the database, the system
 * catalogs' included; a corrupt index raises an error naming it. The extension is removed
 * again, so the checked database is left as Corium made it. Returns how many were checked.
 */
export async function amcheckBtreeIndexes(target: BatteryTarget): Promise<number> {
  return withSql(target, async (client) => {
    await client.query('CREATE EXTENSION IF NOT EXISTS amcheck');
    try {
      const { rows } = await client.query<{ index: string }>(
        `SELECT c.oid::regclass::text AS index, bt_index_check(c.oid, true)
           FROM pg_index i
           JOIN pg_class c ON c.oid = i.indexrelid
           JOIN pg_am a ON a.oid = c.relam
          WHERE a.amname = 'btree' AND i.indisvalid AND i.indisready AND c.relpersistence <> 't'`,
      );
      return rows.length;
    } finally {
      await client.query('DROP EXTENSION IF EXISTS amcheck');
    }
  });
}

/** Row counts of the tables a battery test cares about, by table name. */
export async function countRows(
  target: BatteryTarget,
  tables: readonly string[],
): Promise<Record<string, number>> {
  return withSql(target, async (client) => {
    const counts: Record<string, number> = {};
    for (const table of tables) {
      const { rows } = await client.query<{ n: string }>(
        `SELECT count(*) AS n FROM ${pg.escapeIdentifier(table)}`,
      );
      counts[table] = Number(rows[0]!.n);
    }
    return counts;
  });
}

/** A passing test's data folder goes (it holds a whole database); a failing one's stays to look into. */
export const removeDataDir = (target: BatteryTarget): Promise<void> =>
  rm(path.dirname(target.dataDir), { recursive: true, force: true });

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { buildDeps } from '../../src/deps';
import { loadConfig } from '../../src/platform/config/config';
import { withSql, type BatteryTarget } from './battery-database';

/**
 * What a restore must give back, measured independently of `corium backup`'s own manifest:
 * each table's row count and a SHA-256 over its rows' text (sorted, in UTC, ISO dates), each
 * photo file's SHA-256 as read from the blob store, and the head of each audit chain.
 */
export interface Fingerprint {
  tables: Record<string, { rows: number; sha256: string }>;
  photos: Record<string, { recorded: string; image: string; thumbnail: string }>;
  auditHeads: Record<string, { seq: string; hash: string }>;
}

/** Opens the database as Corium would (the embedded one is started), without serving or working. */
export async function withDatabaseOpen<T>(target: BatteryTarget, work: () => Promise<T>): Promise<T> {
  const runtime = await buildDeps(
    loadConfig({ ...target.env, LOG_LEVEL: 'silent' }),
    pino({ level: 'silent' }),
  );
  try {
    return await work();
  } finally {
    await runtime.close();
  }
}

async function tableHashes(client: pg.Client): Promise<Fingerprint['tables']> {
  // The same text on PostgreSQL 15 and 18 whatever the server's own settings.
  await client.query("SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; SET extra_float_digits = 3");
  const { rows: tables } = await client.query<{ name: string }>(
    "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
  );
  const result: Fingerprint['tables'] = {};
  for (const { name } of tables) {
    const table = pg.escapeIdentifier(name);
    const { rows } = await client.query<{ n: string; sha256: string | null }>(
      `SELECT count(*) AS n, encode(sha256(convert_to(string_agg(t::text, E'\\n' ORDER BY t::text), 'UTF8')), 'hex') AS sha256
         FROM ${table} t`,
    );
    result[name] = { rows: Number(rows[0]!.n), sha256: rows[0]!.sha256 ?? 'empty' };
  }
  return result;
}

const sha256Of = async (file: string): Promise<string> =>
  createHash('sha256')
    .update(await readFile(file).catch(() => Buffer.from('missing')))
    .digest('hex');

export async function fingerprint(target: BatteryTarget): Promise<Fingerprint> {
  return withSql(target, async (client) => {
    const tables = await tableHashes(client);
    const { rows: photoRows } = await client.query<{
      id: string;
      sha256: string;
      image_key: string;
      thumbnail_key: string;
    }>('SELECT id, sha256, image_key, thumbnail_key FROM photo ORDER BY id');
    const photos: Fingerprint['photos'] = {};
    for (const p of photoRows)
      photos[p.id] = {
        recorded: p.sha256,
        image: await sha256Of(path.join(target.dataDir, 'blobs', p.image_key)),
        thumbnail: await sha256Of(path.join(target.dataDir, 'blobs', p.thumbnail_key)),
      };
    const { rows: heads } = await client.query<{ chain: string; seq: string; hash: string }>(
      `SELECT DISTINCT ON (chain) chain, seq::text, encode(hash, 'hex') AS hash
         FROM audit_event ORDER BY chain, seq DESC`,
    );
    const auditHeads = Object.fromEntries(heads.map((h) => [h.chain, { seq: h.seq, hash: h.hash }]));
    return { tables, photos, auditHeads };
  });
}

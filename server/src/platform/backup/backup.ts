import { existsSync } from 'node:fs';
import pg from 'pg';
import type { DbKind } from '../db/open-database';
import type { ArchiveWriter } from './archive-format';
import { BackupError } from './backup-error';
import { createBackupFile } from './backup-file';
import { blobDir, writeBlobs } from './blobs';
import { copyOut, COPY_SETTINGS, quoteIdent } from './copy-table';
import { CONTENTS_ENTRY, MANIFEST_ENTRY, tableEntry, type Contents, type Manifest } from './manifest';
import type { Sealing } from './sealed-stream';
import { loadOrder, MIGRATION_TABLE, readCatalog } from './table-catalog';

export interface BackupOptions {
  connection: pg.ClientConfig;
  kind: DbKind;
  /** DATA_DIR: its blobs/ folder goes into the backup when it exists. */
  dataDir: string;
  file: string;
  sealing: Sealing;
  coriumVersion: string;
  now: Date;
}

export interface BackupSummary {
  tables: number;
  rows: number;
  blobs: number;
  auditChains: number;
  encrypted: boolean;
}

/**
 * Writes one consistent snapshot: every table is read inside a single REPEATABLE READ READ ONLY
 * transaction, so the backup is the database as of one instant even while Corium keeps serving
 * (rows committed later are simply not in it). Nothing in the database is changed or locked
 * beyond what a long read takes. The blob store is read after the tables; blobs are written once
 * and never changed, so a file added meanwhile is an unreferenced extra, never a wrong version.
 */
export async function writeBackup(options: BackupOptions): Promise<BackupSummary> {
  const client = new pg.Client({ ...options.connection, application_name: 'corium backup' });
  await client.connect();
  try {
    return await snapshotInto(client, options);
  } finally {
    await client.end();
  }
}

async function snapshotInto(client: pg.Client, options: BackupOptions): Promise<BackupSummary> {
  const output = await createBackupFile(options.file, options.sealing);
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    for (const setting of COPY_SETTINGS) await client.query(setting);
    const manifest = await readManifest(client, options);
    await output.archive.writeJson(MANIFEST_ENTRY, manifest);
    const contents: Contents = { tables: await writeTables(client, output.archive, manifest), blobs: [] };
    await client.query('COMMIT');
    if (manifest.blobs) contents.blobs = await writeBlobs(output.archive, blobDir(options.dataDir));
    await output.archive.writeJson(CONTENTS_ENTRY, contents);
    await output.archive.close();
    return {
      tables: contents.tables.length,
      rows: contents.tables.reduce((sum, t) => sum + t.rows, 0),
      blobs: contents.blobs.length,
      auditChains: manifest.auditChains.length,
      encrypted: options.sealing !== null,
    };
  } catch (error) {
    await output.abort();
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

async function writeTables(
  client: pg.Client,
  archive: ArchiveWriter,
  manifest: Manifest,
): Promise<Contents['tables']> {
  const written: Contents['tables'] = [];
  for (const table of manifest.tables) {
    const tally = { rows: 0 };
    await archive.beginEntry(tableEntry(table.name));
    for await (const chunk of copyOut(client, table, tally)) await archive.write(chunk);
    written.push({ name: table.name, rows: tally.rows, ...(await archive.endEntry()) });
  }
  return written;
}

async function readManifest(client: pg.Client, options: BackupOptions): Promise<Manifest> {
  const catalog = await readCatalog(client);
  const { order, rings } = loadOrder(catalog.tables);
  const byName = new Map(catalog.tables.map((t) => [t.name, t]));
  return {
    format: 'corium-backup',
    formatVersion: 1,
    coriumVersion: options.coriumVersion,
    createdAt: options.now.toISOString(),
    source: {
      kind: options.kind,
      serverVersion: (await client.query<{ v: string }>('SELECT version() AS v')).rows[0]!.v,
    },
    migrations: await readMigrationsApplied(client),
    tables: order.map((name) => byName.get(name)!),
    rings,
    sequences: await readSequences(client, catalog.sequences),
    auditChains: byName.has('audit_event') ? await readChainHeads(client) : [],
    blobs: existsSync(blobDir(options.dataDir)),
  };
}

async function readMigrationsApplied(client: pg.Client): Promise<Manifest['migrations']> {
  const exists = await client.query('SELECT to_regclass($1) AS t', [`public.${MIGRATION_TABLE}`]);
  if (!exists.rows[0].t)
    throw new BackupError(
      'This database has no Corium schema (no schema_migration table): nothing to back up.',
    );
  const { rows } = await client.query<Manifest['migrations'][number]>(
    `SELECT version, name, checksum, applied_at::text AS "appliedAt" FROM ${MIGRATION_TABLE} ORDER BY version`,
  );
  return rows;
}

async function readSequences(client: pg.Client, names: string[]): Promise<Manifest['sequences']> {
  const values: Manifest['sequences'] = [];
  for (const name of names) {
    const { rows } = await client.query<{ last_value: string; is_called: boolean }>(
      `SELECT last_value::text, is_called FROM public.${quoteIdent(name)}`,
    );
    values.push({ name, lastValue: rows[0]!.last_value, isCalled: rows[0]!.is_called });
  }
  return values;
}

export async function readChainHeads(client: pg.ClientBase): Promise<Manifest['auditChains']> {
  const { rows } = await client.query<Manifest['auditChains'][number]>(
    `SELECT DISTINCT ON (chain) chain::text AS chain, seq::text AS seq, encode(hash, 'hex') AS hash
       FROM audit_event ORDER BY chain, seq DESC`,
  );
  return rows;
}

import pg from 'pg';
import { verifyAuditChains } from '../audit/verify-chain';
import { migrate, readMigrations, type MigrationFile } from '../db/migrate';
import type { ArchiveReader } from './archive-format';
import { BackupError } from './backup-error';
import { readBackupFile } from './backup-file';
import { hasBlobs, stageBlobs, type BlobStaging } from './blobs';
import { COPY_SETTINGS, copyIn, quoteIdent } from './copy-table';
import { kyselyOnClient } from './kysely-on-client';
import {
  BLOB_PREFIX,
  CONTENTS_ENTRY,
  contentsSchema,
  MANIFEST_ENTRY,
  manifestSchema,
  parseEntry,
  tableEntry,
  type Contents,
  type Manifest,
} from './manifest';
import { buildSchema, emptyPublicSchema, migrationsFor, tablesWithRows } from './restore-target';
import { assertSameTables, verifyRestored } from './verify-restore';

export interface RestoreOptions {
  /** Opens the target; called only once the backup's manifest was read and accepted. */
  target: () => Promise<pg.ClientConfig>;
  file: string;
  /** Asked for only when the backup is encrypted. */
  passphrase: () => Promise<string>;
  /** Replace a target that already holds data. */
  force: boolean;
  /** DATA_DIR: the backup's blobs go to its blobs/ folder. */
  dataDir: string;
  coriumVersion: string;
  /** This Corium's migrations (tests pass a shorter list to play an older Corium). */
  migrations?: MigrationFile[];
}

export interface RestoreSummary {
  manifest: Manifest;
  rows: number;
  blobs: number;
  auditEventsVerified: number;
  /** Migrations newer than the backup, applied after it was loaded. */
  migratedForward: string[];
}

/**
 * Loads a backup into a database in ONE transaction: the target's old content is dropped (only
 * when empty, or with `force`), the backup's schema is built from its migrations, every table is
 * loaded in foreign-key order, and before COMMIT every table's row count and SHA-256 (as COPY
 * writes it back out of the target) and every audit chain are checked. Any failure rolls all of
 * it back: the target is exactly as it was. Newer migrations of this Corium run afterwards.
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreSummary> {
  const known = options.migrations ?? (await readMigrations());
  const input = readBackupFile(options.file, options.passphrase);
  let client: pg.Client | null = null;
  let staging: BlobStaging | null = null;
  let connected = false;
  try {
    const manifest = await readManifest(input.archive);
    const migrations = migrationsFor(manifest, known, options.coriumVersion);
    const connection = await options.target();
    client = new pg.Client({ ...connection, application_name: 'corium restore' });
    await client.connect();
    connected = true;
    await client.query('BEGIN');
    for (const setting of [...COPY_SETTINGS, 'SET CONSTRAINTS ALL DEFERRED']) await client.query(setting);
    await refuseUnlessEmpty(client, options);
    await emptyPublicSchema(client);
    await buildSchema(client, manifest, migrations);
    await assertSameTables(client, manifest);
    const loaded = await loadTables(client, input.archive, manifest);
    await restoreSequences(client, manifest);
    staging = await stageBlobs(options.dataDir);
    const { blobs, contents } = await readBlobsAndContents(input.archive, staging);
    await verifyRestored(client, manifest, contents, { loaded, blobs });
    const audit = await verifyAudit(client, manifest);
    await client.query('COMMIT');
    await staging.commit(manifest.blobs);
    staging = null;
    return {
      manifest,
      rows: contents.tables.reduce((sum, t) => sum + t.rows, 0),
      blobs: contents.blobs.length,
      auditEventsVerified: audit.checked,
      migratedForward: await migrateForward(connection, known),
    };
  } catch (error) {
    // A pg client queues queries until it connects: never send one to a client that did not.
    if (connected) await client!.query('ROLLBACK').catch(() => undefined);
    await staging?.discard();
    throw error;
  } finally {
    input.close();
    if (connected) await client!.end().catch(() => undefined);
  }
}

async function verifyAudit(client: pg.Client, manifest: Manifest): Promise<{ checked: number }> {
  if (!manifest.tables.some((t) => t.name === 'audit_event')) return { checked: 0 };
  const audit = await verifyAuditChains(kyselyOnClient(client));
  if (audit.firstBroken)
    throw new BackupError(
      `The restored audit log does not verify at event ${audit.firstBroken.id}: ${audit.firstBroken.reason}.`,
    );
  return audit;
}

async function readManifest(archive: ArchiveReader): Promise<Manifest> {
  const entry = await archive.nextEntry();
  if (entry?.name !== MANIFEST_ENTRY) throw new BackupError('The backup does not start with its manifest.');
  return parseEntry(manifestSchema, await archive.readJson(entry), MANIFEST_ENTRY);
}

async function refuseUnlessEmpty(client: pg.Client, options: RestoreOptions): Promise<void> {
  // Corium names its connections (platform/db/database.ts): a serving Corium would see its
  // database replaced under its feet, --force or not.
  const { rows } = await client.query<{ n: string }>(
    `SELECT count(*) AS n FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name = 'corium'`,
  );
  if (Number(rows[0]!.n) > 0)
    throw new BackupError(
      `Corium is connected to the target database (${rows[0]!.n} connections); stop every Corium process using it, then restore.`,
    );
  if (options.force) return;
  const filled = await tablesWithRows(client);
  if (await hasBlobs(options.dataDir)) filled.push(`the blob store in ${options.dataDir}`);
  if (filled.length)
    throw new BackupError(
      `The target already holds data (${filled.slice(0, 5).join(', ')}${filled.length > 5 ? ', …' : ''}); ` +
        'restore refuses to overwrite it. Add --force to replace everything in it with the backup.',
    );
}

export type LoadedTables = Map<string, { copied: number; bytes: number; sha256: string }>;

async function loadTables(
  client: pg.Client,
  archive: ArchiveReader,
  manifest: Manifest,
): Promise<LoadedTables> {
  const loaded: LoadedTables = new Map();
  for (const table of manifest.tables) {
    const entry = await archive.nextEntry();
    if (entry?.name !== tableEntry(table.name))
      throw new BackupError(
        `The backup is damaged: expected ${tableEntry(table.name)}, found ${entry?.name ?? 'its end'}.`,
      );
    const name = `public.${quoteIdent(table.name)}`;
    // A copy is not a new write: triggers that guard or stamp new rows (append-only checks) stay
    // out of it. Foreign keys are not user triggers and are still checked.
    await client.query(`ALTER TABLE ${name} DISABLE TRIGGER USER`);
    const copied = await copyIn(client, table, entry.chunks());
    await client.query(`ALTER TABLE ${name} ENABLE TRIGGER USER`);
    loaded.set(table.name, { copied, ...entry.digest() });
  }
  return loaded;
}

async function restoreSequences(client: pg.Client, manifest: Manifest): Promise<void> {
  for (const s of manifest.sequences)
    await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [
      `public.${quoteIdent(s.name)}`,
      s.lastValue,
      s.isCalled,
    ]);
}

async function readBlobsAndContents(
  archive: ArchiveReader,
  staging: BlobStaging,
): Promise<{ blobs: Map<string, { bytes: number; sha256: string }>; contents: Contents }> {
  const blobs = new Map<string, { bytes: number; sha256: string }>();
  for (;;) {
    const entry = await archive.nextEntry();
    if (!entry) throw new BackupError(`The backup is damaged: it ends without ${CONTENTS_ENTRY}.`);
    if (entry.name.startsWith(BLOB_PREFIX)) {
      const { path, ...digest } = await staging.add(entry);
      blobs.set(path, digest);
      continue;
    }
    if (entry.name !== CONTENTS_ENTRY)
      throw new BackupError(`The backup holds an unexpected entry: ${entry.name}.`);
    const contents = parseEntry(contentsSchema, await archive.readJson(entry), CONTENTS_ENTRY);
    // The closing frame: the whole archive's checksum, and nothing after it.
    if ((await archive.nextEntry()) !== null)
      throw new BackupError(`The backup holds entries after ${CONTENTS_ENTRY}.`);
    return { blobs, contents };
  }
}

async function migrateForward(connection: pg.ClientConfig, known: MigrationFile[]): Promise<string[]> {
  const pool = new pg.Pool({ ...connection, max: 1, application_name: 'corium restore' });
  try {
    return await migrate(pool, known);
  } catch (error) {
    throw new BackupError(
      `The backup was restored, but applying this Corium's newer migrations to it failed: ${(error as Error).message}. ` +
        'Corium tries them again when it starts.',
    );
  } finally {
    await pool.end();
  }
}

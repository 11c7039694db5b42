import type pg from 'pg';
import type { MigrationFile } from '../db/migrate';
import { BackupError } from './backup-error';
import { quoteIdent } from './copy-table';
import type { Manifest } from './manifest';
import { MIGRATION_TABLE, readCatalog } from './table-catalog';

/** Tables of the target's public schema that hold at least one row (schema_migration aside). */
export async function tablesWithRows(client: pg.ClientBase): Promise<string[]> {
  const { tables } = await readCatalog(client);
  const filled: string[] = [];
  for (const { name } of tables) {
    const { rowCount } = await client.query(`SELECT 1 FROM public.${quoteIdent(name)} LIMIT 1`);
    if (rowCount) filled.push(name);
  }
  return filled;
}

/**
 * The backup's migrations as this Corium has them. A migration this Corium does not know means
 * the backup comes from a newer Corium, whose schema this one cannot build; a known one with
 * different content means the files were edited, and the schema built would not be the backup's.
 */
export function migrationsFor(
  manifest: Manifest,
  known: MigrationFile[],
  coriumVersion: string,
): MigrationFile[] {
  const byVersion = new Map(known.map((m) => [m.version, m]));
  return manifest.migrations.map((recorded) => {
    const local = byVersion.get(recorded.version);
    if (!local)
      throw new BackupError(
        `This backup was made by a newer Corium (${manifest.coriumVersion}): its schema includes migration ` +
          `${recorded.version}_${recorded.name}, which this Corium (${coriumVersion}) does not know. ` +
          'Install that version or later, then restore.',
      );
    if (local.checksum !== recorded.checksum)
      throw new BackupError(
        `Migration ${recorded.version}_${recorded.name} differs from the one the backup was made with; ` +
          'restore it with the Corium version that made it.',
      );
    return local;
  });
}

/**
 * Empties the public schema: every table, view, sequence, function and type of ours goes, and
 * objects that belong to an extension stay (migrations create extensions IF NOT EXISTS). DROP is
 * used rather than TRUNCATE because append-only tables (audit_event) refuse TRUNCATE by design;
 * dropping replaces the whole log with the backup's, which is what --force asks for. It runs in
 * the restore's transaction, so a restore that fails later leaves the old content untouched.
 */
export async function emptyPublicSchema(client: pg.ClientBase): Promise<void> {
  const own = (catalog: string, oid: string) =>
    `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '${catalog}'::regclass AND d.objid = ${oid} AND d.deptype = 'e')`;
  const { rows: relations } = await client.query<{ kind: string; name: string }>(
    `SELECT c.relkind AS kind, c.relname AS name FROM pg_class c
      WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
        AND ${own('pg_class', 'c.oid')}`,
  );
  const drop = async (what: string, kinds: string[]): Promise<void> => {
    const names = relations.filter((r) => kinds.includes(r.kind)).map((r) => `public.${quoteIdent(r.name)}`);
    if (names.length) await client.query(`DROP ${what} IF EXISTS ${names.join(', ')} CASCADE`);
  };
  await drop('VIEW', ['v']);
  await drop('MATERIALIZED VIEW', ['m']);
  await drop('FOREIGN TABLE', ['f']);
  await drop('TABLE', ['r', 'p']);
  await drop('SEQUENCE', ['S']);
  const { rows: routines } = await client.query<{ signature: string }>(
    `SELECT p.oid::regprocedure::text AS signature FROM pg_proc p
      WHERE p.pronamespace = 'public'::regnamespace AND p.prokind IN ('f', 'p') AND ${own('pg_proc', 'p.oid')}`,
  );
  for (const { signature } of routines) await client.query(`DROP ROUTINE IF EXISTS ${signature} CASCADE`);
  const { rows: types } = await client.query<{ name: string }>(
    `SELECT t.oid::regtype::text AS name FROM pg_type t
      WHERE t.typnamespace = 'public'::regnamespace AND t.typtype IN ('e', 'd', 'r', 'c') AND t.typelem = 0
        AND (t.typrelid = 0 OR (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c')
        AND ${own('pg_type', 't.oid')}`,
  );
  for (const { name } of types) await client.query(`DROP TYPE IF EXISTS ${name} CASCADE`);
}

/**
 * Builds the backup's schema by running its migrations, and records them with the dates they
 * were first applied. The table is the migration runner's (platform/db/migrate.ts), which later
 * applies any newer migrations on top.
 */
export async function buildSchema(
  client: pg.ClientBase,
  manifest: Manifest,
  migrations: MigrationFile[],
): Promise<void> {
  await client.query(`CREATE TABLE ${MIGRATION_TABLE} (
    version text PRIMARY KEY, name text NOT NULL, checksum text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now())`);
  for (const [i, m] of migrations.entries()) {
    try {
      await client.query(m.sql);
    } catch (error) {
      throw new BackupError(
        `Building the backup's schema failed at migration ${m.version}_${m.name}: ${(error as Error).message}; nothing was changed.`,
      );
    }
    await client.query(
      `INSERT INTO ${MIGRATION_TABLE} (version, name, checksum, applied_at) VALUES ($1, $2, $3, $4)`,
      [m.version, m.name, m.checksum, manifest.migrations[i]!.appliedAt],
    );
  }
}

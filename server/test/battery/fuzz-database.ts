import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/platform/db/schema';

/**
 * Proof that a refused request changed nothing. Two instruments on the test's own database:
 *
 * - a fingerprint of every table (row count and md5 of its rows in a fixed order), compared
 *   around each run of refused requests — what "the database is unchanged" means;
 * - a row-level trigger on every table that notes each committed insert, update and delete in
 *   `fuzz_change`, read after every single request — cheap enough per request, and it names the
 *   request and the table when something did change. A rolled-back change leaves no note.
 *
 * Tables that legitimately change when a request is refused are left out, and only those:
 * - `audit_event`: refusals are audited on purpose (access_denied, failed sign-ins);
 * - `auth_throttle`: failed sign-in and TOTP attempts count towards throttling on purpose;
 * - `user_session.last_seen_at`: every authenticated request, refused or not, keeps the session
 *   alive (the idle timeout slides); the rest of the session row must not change.
 */
const excludedTables = ['audit_event', 'auth_throttle', 'fuzz_change', 'schema_migration'];
const slidingColumns: Record<string, string[]> = { user_session: ['last_seen_at'] };

type Db = Kysely<Database>;

/** The watched tables of each database; information_schema is slow to ask on every fingerprint. */
const watched = new WeakMap<Db, Promise<string[]>>();

function tables(db: Db): Promise<string[]> {
  if (!watched.has(db)) watched.set(db, listTables(db));
  return watched.get(db)!;
}

async function listTables(db: Db): Promise<string[]> {
  const result = await sql<{ name: string }>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`.execute(db);
  return result.rows.map((r) => r.name).filter((name) => !excludedTables.includes(name));
}

/** Installs the change notes; call once on a fresh test database. */
export async function watchChanges(db: Db): Promise<void> {
  await sql`CREATE TABLE fuzz_change (id bigserial PRIMARY KEY, table_name text NOT NULL, op text NOT NULL)`.execute(
    db,
  );
  await sql`
    CREATE FUNCTION fuzz_note_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO fuzz_change (table_name, op) VALUES (TG_TABLE_NAME, TG_OP);
      RETURN NULL;
    END $$`.execute(db);
  for (const table of await tables(db)) await sql.raw(triggersFor(table)).execute(db);
}

/** Every change to the table is noted, except updates that touch only its sliding columns. */
function triggersFor(table: string): string {
  const note = 'FOR EACH ROW EXECUTE FUNCTION fuzz_note_change()';
  const sliding = slidingColumns[table];
  if (!sliding) return `CREATE TRIGGER fuzz_note AFTER INSERT OR UPDATE OR DELETE ON "${table}" ${note}`;
  const rest = (row: string) => `(to_jsonb(${row}) - '{${sliding.join(',')}}'::text[])`;
  return `CREATE TRIGGER fuzz_note AFTER INSERT OR DELETE ON "${table}" ${note};
    CREATE TRIGGER fuzz_note_update AFTER UPDATE ON "${table}"
      FOR EACH ROW WHEN (${rest('OLD')} IS DISTINCT FROM ${rest('NEW')}) EXECUTE FUNCTION fuzz_note_change()`;
}

/** The id of the last change note: changes after it are new. */
export async function changeMark(db: Db): Promise<number> {
  const result = await sql<{ mark: string }>`SELECT coalesce(max(id), 0) AS mark FROM fuzz_change`.execute(
    db,
  );
  return Number(result.rows[0]!.mark);
}

/** The tables changed since `mark`, and the new mark. */
export async function changesSince(db: Db, mark: number): Promise<{ tables: string[]; mark: number }> {
  const result = await sql<{ name: string; last: string }>`
    SELECT table_name AS name, max(id) AS last FROM fuzz_change WHERE id > ${mark} GROUP BY table_name`.execute(
    db,
  );
  const last = Math.max(mark, ...result.rows.map((r) => Number(r.last)));
  return { tables: result.rows.map((r) => r.name).sort(), mark: last };
}

/**
 * `{ table: "rows:md5" }` for every watched table, or only for `only`; rows ordered by their full
 * text, so the print is stable.
 */
export async function fingerprint(db: Db, only?: readonly string[]): Promise<Record<string, string>> {
  const names = (await tables(db)).filter((name) => !only || only.includes(name));
  if (names.length === 0) return {};
  const parts = names.map((table) => {
    const drop = slidingColumns[table] ? ` - '{${slidingColumns[table]!.join(',')}}'::text[]` : '';
    return `SELECT '${table}' AS name, count(*) || ':' || md5(coalesce(string_agg(x, '|' ORDER BY x), '')) AS print
      FROM (SELECT (to_jsonb(r)${drop})::text AS x FROM "${table}" r) rows`;
  });
  const result = await sql.raw<{ name: string; print: string }>(parts.join(' UNION ALL ')).execute(db);
  return Object.fromEntries(result.rows.map((r) => [r.name, r.print]));
}

/** The tables whose fingerprints differ. */
export function differences(before: Record<string, string>, after: Record<string, string>): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => before[name] !== after[name]).sort();
}

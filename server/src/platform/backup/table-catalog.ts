import type pg from 'pg';

/** One table of the public schema as a backup sees it. */
export interface TableInfo {
  name: string;
  /** Stored columns in table order; generated columns are left out (the target computes them). */
  columns: string[];
  /** Primary-key columns, so that the same content always gives the same bytes. */
  orderBy: { column: string; collatable: boolean }[];
  /** Other tables this one points at by foreign key. */
  references: string[];
}

export interface Catalog {
  tables: TableInfo[];
  sequences: string[];
}

/** Kept by the migration runner, not copied as data: the manifest lists the migrations. */
export const MIGRATION_TABLE = 'schema_migration';

// Objects that belong to an extension (pg_trgm's functions, say) come back with the extension.
const notFromExtension = (catalog: string, oid: string) =>
  `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '${catalog}'::regclass AND d.objid = ${oid} AND d.deptype = 'e')`;

/** Every table and sequence of the public schema, found in pg_catalog rather than listed by hand. */
export async function readCatalog(client: pg.ClientBase): Promise<Catalog> {
  const { rows: tables } = await client.query<{ oid: number; name: string }>(
    `SELECT c.oid, c.relname AS name FROM pg_class c
      WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition
        AND c.relname <> $1 AND ${notFromExtension('pg_class', 'c.oid')}
      ORDER BY c.relname`,
    [MIGRATION_TABLE],
  );
  const oids = tables.map((t) => t.oid);
  const { rows: columns } = await client.query<{
    table_oid: number;
    name: string;
    key_position: number | null;
    collatable: boolean;
  }>(
    `SELECT a.attrelid AS table_oid, a.attname AS name, a.attcollation <> 0 AS collatable,
            array_position(i.indkey::int2[], a.attnum) AS key_position
       FROM pg_attribute a LEFT JOIN pg_index i ON i.indrelid = a.attrelid AND i.indisprimary
      WHERE a.attrelid = ANY($1) AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      ORDER BY a.attrelid, a.attnum`,
    [oids],
  );
  const { rows: foreignKeys } = await client.query<{ table_oid: number; referenced: string }>(
    `SELECT DISTINCT k.conrelid AS table_oid, r.relname AS referenced
       FROM pg_constraint k JOIN pg_class r ON r.oid = k.confrelid
      WHERE k.contype = 'f' AND k.conrelid = ANY($1) AND r.relnamespace = 'public'::regnamespace`,
    [oids],
  );
  const { rows: sequences } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c
      WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'S' AND ${notFromExtension('pg_class', 'c.oid')}
      ORDER BY c.relname`,
  );
  return {
    tables: tables.map((t) => {
      const own = columns.filter((c) => c.table_oid === t.oid);
      return {
        name: t.name,
        columns: own.map((c) => c.name),
        orderBy: own
          .filter((c) => c.key_position !== null)
          .sort((a, b) => a.key_position! - b.key_position!)
          .map((c) => ({ column: c.name, collatable: c.collatable })),
        references: foreignKeys.filter((k) => k.table_oid === t.oid).map((k) => k.referenced),
      };
    }),
    sequences: sequences.map((s) => s.name),
  };
}

/**
 * Tables ordered so that each comes after every table it references (Kahn's algorithm, ties in
 * name order so the same schema always gives the same order). A table pointing at itself
 * (patient.merged_into) needs nothing: PostgreSQL checks a non-deferred foreign key at the end of
 * each statement, and one COPY loads the whole table. Tables that point at each other in a ring
 * cannot all come first; the ring is broken at its first name and reported, and the restore
 * relies on those keys being DEFERRABLE (it defers every deferrable constraint to commit).
 */
export function loadOrder(tables: Pick<TableInfo, 'name' | 'references'>[]): {
  order: string[];
  rings: string[];
} {
  const names = new Set(tables.map((t) => t.name));
  const waitingOn = new Map(
    tables.map((t) => [t.name, new Set(t.references.filter((r) => r !== t.name && names.has(r)))]),
  );
  const order: string[] = [];
  const rings: string[] = [];
  while (waitingOn.size) {
    const remaining = [...waitingOn.keys()].sort();
    const ready = remaining.find((name) => waitingOn.get(name)!.size === 0);
    const next = ready ?? remaining[0]!;
    if (!ready) rings.push(next);
    order.push(next);
    waitingOn.delete(next);
    for (const deps of waitingOn.values()) deps.delete(next);
  }
  return { order, rings };
}

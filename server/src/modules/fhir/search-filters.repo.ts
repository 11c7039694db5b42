import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import type { SearchCriteria, SearchValue, SortKey } from './search-params';

/** Turns one parsed search value into a SQL condition on a resource's own table. */
export type Filter = (value: SearchValue) => RawBuilder<SqlBool>;
export type Filters = Record<string, Filter>;

const never = sql<SqlBool>`false`;
const always = sql<SqlBool>`true`;

const joinAll = (conditions: RawBuilder<SqlBool>[], joiner: 'AND' | 'OR', empty: RawBuilder<SqlBool>) =>
  conditions.length === 0
    ? empty
    : sql<SqlBool>`(${sql.join(conditions, joiner === 'AND' ? sql` AND ` : sql` OR `)})`;

/** Repeated parameters are ANDed, comma-separated values within one are ORed (FHIR search rules). */
export function criteriaWhere(criteria: SearchCriteria, filters: Filters): Expression<SqlBool> {
  const groups = [...criteria].flatMap(([name, ands]) => {
    const filter = filters[name];
    return filter ? ands.map((ors) => joinAll(ors.map(filter), 'OR', never)) : [];
  });
  return joinAll(groups, 'AND', always);
}

/**
 * Outside one patient's own compartment, a record restricted by an erasure is not served: it is
 * reached only through Corium's break-glass access, never through FHIR search, read or export.
 */
export const unrestricted = (patientColumn: string): RawBuilder<SqlBool> =>
  sql<SqlBool>`NOT EXISTS (SELECT 1 FROM patient restricted WHERE restricted.id = ${sql.ref(patientColumn)} AND restricted.restricted_at IS NOT NULL)`;

const likeEscape = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** FHIR string search: accent- and case-insensitive, starts-with unless `:exact` or `:contains`. */
export const textMatches =
  (...columns: string[]): Filter =>
  (value) => {
    if (value.kind !== 'string') return never;
    const conditions = columns.map((column) => {
      const ref = sql.ref(column);
      if (value.match === 'exact') return sql<SqlBool>`${ref} = ${value.value}`;
      const pattern =
        value.match === 'contains' ? `%${likeEscape(value.value)}%` : `${likeEscape(value.value)}%`;
      return sql<SqlBool>`corium_fold(${ref}) LIKE corium_fold(${pattern})`;
    });
    return joinAll(conditions, 'OR', never);
  };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A token or reference naming a row by its id; anything but a UUID names nothing. */
export const idIs =
  (column: string, system?: string): Filter =>
  (value) => {
    if (value.kind === 'token' && value.system !== null && system !== undefined && value.system !== system)
      return never;
    const raw = value.kind === 'token' ? value.code : value.kind === 'reference' ? value.id : '';
    const id = raw.replace(/^urn:uuid:/, '');
    return UUID.test(id) ? sql<SqlBool>`${sql.ref(column)} = ${id}::uuid` : never;
  };

/** A reference or token naming one of the ids in a `uuid[]` column (an audit event's patients). */
export const idAmong =
  (column: string): Filter =>
  (value) => {
    const raw = value.kind === 'token' ? value.code : value.kind === 'reference' ? value.id : '';
    return UUID.test(raw) ? sql<SqlBool>`${raw}::uuid = ANY(${sql.ref(column)})` : never;
  };

/** A token compared to a text column; `lower` for e-mail addresses. */
export const codeIs =
  (
    column: string,
    options: { caseInsensitive?: boolean; map?: (code: string) => string | null } = {},
  ): Filter =>
  (value) => {
    if (value.kind !== 'token') return never;
    const code = options.map ? options.map(value.code) : value.code;
    if (code === null) return never;
    return options.caseInsensitive
      ? sql<SqlBool>`lower(${sql.ref(column)}) = lower(${code})`
      : sql<SqlBool>`${sql.ref(column)} = ${code}`;
  };

/**
 * A date search against a calendar day (`date`) or an instant (`timestamptz`) column: the value
 * is the range its precision spans, `ge2026-12` meaning from 1 December 2026 on.
 */
export const dateIs =
  (column: string, columnKind: 'day' | 'instant'): Filter =>
  (value) => {
    if (value.kind !== 'date') return never;
    const ref = sql.ref(column);
    const asColumn = (d: Date) =>
      columnKind === 'day'
        ? sql`${d.toISOString().slice(0, 10)}::date`
        : sql`${d.toISOString()}::timestamptz`;
    const [from, until] = [asColumn(value.from), asColumn(value.until)];
    switch (value.prefix) {
      case 'eq':
        return sql<SqlBool>`(${ref} >= ${from} AND ${ref} < ${until})`;
      case 'ne':
        return sql<SqlBool>`(${ref} < ${from} OR ${ref} >= ${until})`;
      case 'lt':
        return sql<SqlBool>`${ref} < ${from}`;
      case 'gt':
        return sql<SqlBool>`${ref} >= ${until}`;
      case 'ge':
        return sql<SqlBool>`${ref} >= ${from}`;
      case 'le':
        return sql<SqlBool>`${ref} < ${until}`;
    }
  };

/** The `_sort` names a resource type allows, each mapped to one fixed column of its query. */
export type SortColumns = Readonly<Record<string, string>>;

/**
 * The ORDER BY of a search: the client's `_sort` keys (already checked against the allow-list,
 * so only a fixed column name reaches SQL) or the type's own order. Callers append the id as the
 * last key so pages never overlap.
 */
export function sortOrder(
  sort: readonly SortKey[] | undefined,
  columns: SortColumns,
  fallback: readonly string[],
): RawBuilder<unknown> {
  const keys =
    sort && sort.length > 0
      ? sort.map((key) => {
          const column = columns[key.name];
          if (column === undefined) throw new Error(`No sort column for ${key.name}`);
          return sql`${sql.ref(column)} ${sql.raw(key.descending ? 'DESC' : 'ASC')}`;
        })
      : fallback.map((column) => sql`${sql.ref(column)}`);
  return sql.join(keys, sql`, `);
}

/**
 * A token naming the one code every row of a source has (a CarePlan's category, say): all rows
 * or none, so a search by category can skip a whole source.
 */
export const codeIsConstant =
  (code: string): Filter =>
  (value) =>
    value.kind === 'token' && value.code === code ? always : never;

import { AppError } from '../../platform/errors/app-error';

/** The FHIR search parameter types Corium implements (http://hl7.org/fhir/R4/search.html). */
export type SearchParamType = 'string' | 'token' | 'date' | 'reference';

export interface SearchParamDefinition {
  name: string;
  type: SearchParamType;
  documentation: string;
}

export type DatePrefix = 'eq' | 'ne' | 'lt' | 'gt' | 'ge' | 'le';

export type SearchValue =
  | { kind: 'string'; value: string; match: 'starts' | 'exact' | 'contains' }
  | { kind: 'token'; system: string | null; code: string }
  /** The value's precision as a half-open range: `1990` is [1990-01-01, 1991-01-01). */
  | { kind: 'date'; prefix: DatePrefix; from: Date; until: Date }
  | { kind: 'reference'; id: string };

/** One parameter: the values of a repeated parameter are ANDed, comma-separated values ORed. */
export type SearchCriteria = Map<string, SearchValue[][]>;

/** `_total` (http://hl7.org/fhir/R4/search.html#total): `none` spares counting every match. */
export type TotalMode = 'none' | 'estimate' | 'accurate';
const totalModes: readonly string[] = ['none', 'estimate', 'accurate'] satisfies TotalMode[];

/** One `_sort` key: a name from the resource type's allow-list, `-name` meaning descending. */
export interface SortKey {
  name: string;
  descending: boolean;
}

export interface ParsedSearch {
  criteria: SearchCriteria;
  count: number;
  offset: number;
  /** The `_sort` keys applied, in order; empty for the resource type's own order. */
  sort: SortKey[];
  /** `estimate` is answered like `accurate`: the count is exact either way. */
  total: TotalMode;
  /** Parameters ignored under `Prefer: handling=lenient`, echoed nowhere but the audit log. */
  ignored: string[];
}

export const DEFAULT_COUNT = 20;
/** Larger pages are cut to this: a client pages with the `next` link instead. */
export const MAX_COUNT = 100;

/** Parameters every search accepts besides its own. */
const controlParams = new Set(['_count', '_offset', '_format', '_sort', '_include', '_total']);

const badParam = (name: string, message: string): AppError =>
  new AppError('BAD_REQUEST', message, [{ path: `querystring.${name}`, message }]);

const datePattern = /^(\d{4})(-(\d{2})(-(\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/** A FHIR date/dateTime search value with its precision, e.g. `ge2026-12`, `lt1990-04-01`. */
export function parseDateValue(name: string, raw: string): SearchValue {
  const prefixMatch = /^(eq|ne|lt|gt|ge|le)/.exec(raw);
  const prefix = (prefixMatch?.[1] ?? 'eq') as DatePrefix;
  const text = prefixMatch ? raw.slice(2) : raw;
  const m = datePattern.exec(text);
  if (!m) throw badParam(name, `"${raw}" is not a FHIR date (YYYY, YYYY-MM, YYYY-MM-DD or a dateTime)`);
  const [year, month, day] = [Number(m[1]), m[3] ? Number(m[3]) : null, m[5] ? Number(m[5]) : null];
  if ((month !== null && (month < 1 || month > 12)) || (day !== null && (day < 1 || day > 31)))
    throw badParam(name, `"${raw}" is not a calendar date`);
  if (m[6]) {
    // A dateTime without a zone is read as UTC; its precision is the instant itself (1 ms).
    const at = new Date(m[9] ? text : `${text}Z`);
    if (Number.isNaN(at.getTime())) throw badParam(name, `"${raw}" is not a valid dateTime`);
    return { kind: 'date', prefix, from: at, until: new Date(at.getTime() + 1) };
  }
  const from = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const until =
    day !== null
      ? new Date(Date.UTC(year, month! - 1, day + 1))
      : month !== null
        ? new Date(Date.UTC(year, month, 1))
        : new Date(Date.UTC(year + 1, 0, 1));
  return { kind: 'date', prefix, from, until };
}

function parseValue(definition: SearchParamDefinition, modifier: string | null, raw: string): SearchValue {
  const { name } = definition;
  if (raw === '') throw badParam(name, `The search parameter ${name} has an empty value`);
  switch (definition.type) {
    case 'string':
      return {
        kind: 'string',
        value: raw,
        match: modifier === 'exact' || modifier === 'contains' ? modifier : 'starts',
      };
    case 'token': {
      const bar = raw.indexOf('|');
      return bar < 0
        ? { kind: 'token', system: null, code: raw }
        : { kind: 'token', system: raw.slice(0, bar), code: raw.slice(bar + 1) };
    }
    case 'date':
      return parseDateValue(name, raw);
    case 'reference':
      return { kind: 'reference', id: raw.slice(raw.lastIndexOf('/') + 1) };
  }
}

const allowedModifiers: Record<SearchParamType, readonly string[]> = {
  string: ['exact', 'contains'],
  token: [],
  date: [],
  reference: [],
};

function parseCount(raw: string | undefined, name: string, fallback: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d{1,6}$/.test(raw)) throw badParam(name, `${name} must be a whole number`);
  return Number(raw);
}

/**
 * `_sort=family,-birthdate`: each key must be on the resource type's allow-list (never
 * interpolated into SQL — repos map an allowed name to a fixed column). A key outside it is
 * refused, or dropped under lenient handling.
 */
export function parseSort(
  raw: string | string[] | undefined,
  sortable: readonly string[],
  lenient: boolean,
): { sort: SortKey[]; ignored: string[] } {
  const sort: SortKey[] = [];
  const ignored: string[] = [];
  for (const key of [raw ?? []].flat().flatMap((value) => value.split(','))) {
    const descending = key.startsWith('-');
    const name = descending ? key.slice(1) : key;
    // A key given twice sorts by its first use only: the second could never change the order.
    if (sortable.includes(name)) {
      if (!sort.some((s) => s.name === name)) sort.push({ name, descending });
    } else if (lenient) ignored.push(`_sort=${key}`);
    else
      throw badParam(
        '_sort',
        sortable.length === 0
          ? `Results of this type cannot be sorted (_sort=${key})`
          : `_sort=${key} is not supported here; sort by ${sortable.join(', ')} (prefix - for descending)`,
      );
  }
  return { sort, ignored };
}

/**
 * `_total=none|estimate|accurate`, accurate when absent; another value is refused, or dropped
 * under lenient handling (and then counted as usual).
 */
export function parseTotal(
  raw: string | string[] | undefined,
  lenient: boolean,
): { total: TotalMode; ignored: string[] } {
  const value = [raw].flat()[0];
  if (value === undefined) return { total: 'accurate', ignored: [] };
  if (totalModes.includes(value)) return { total: value as TotalMode, ignored: [] };
  if (lenient) return { total: 'accurate', ignored: ['_total'] };
  throw badParam('_total', `_total=${value} is not supported; use none, estimate or accurate`);
}

/** `_sort` as the self link echoes it: only the keys applied. */
export const sortText = (sort: readonly SortKey[]): string =>
  sort.map((s) => `${s.descending ? '-' : ''}${s.name}`).join(',');

/**
 * Reads a FHIR search query string against a resource's declared parameters. Unknown
 * parameters and modifiers are refused (400) unless the client sent `Prefer: handling=lenient`.
 */
export function parseSearch(
  query: Record<string, string | string[] | undefined>,
  definitions: readonly SearchParamDefinition[],
  lenient: boolean,
  sortable: readonly string[] = [],
): ParsedSearch {
  const byName = new Map(definitions.map((d) => [d.name, d]));
  const criteria: SearchCriteria = new Map();
  const ignored: string[] = [];
  for (const [key, rawValue] of Object.entries(query)) {
    if (rawValue === undefined || controlParams.has(key)) continue;
    const [name = '', modifier = null] = key.split(':') as [string, string?];
    const definition = byName.get(name);
    if (!definition || (modifier !== null && !allowedModifiers[definition.type].includes(modifier))) {
      if (lenient) {
        ignored.push(key);
        continue;
      }
      throw badParam(key, `The search parameter ${key} is not supported here`);
    }
    const values = [rawValue]
      .flat()
      .map((v) => v.split(',').map((one) => parseValue(definition, modifier, one)));
    criteria.set(name, [...(criteria.get(name) ?? []), ...values]);
  }
  const single = (name: string) => [query[name]].flat()[0];
  const count = Math.min(parseCount(single('_count'), '_count', DEFAULT_COUNT), MAX_COUNT);
  const sorted = parseSort(query._sort, sortable, lenient);
  const total = parseTotal(query._total, lenient);
  return {
    criteria,
    count,
    offset: parseCount(single('_offset'), '_offset', 0),
    sort: sorted.sort,
    total: total.total,
    ignored: [...ignored, ...sorted.ignored, ...total.ignored],
  };
}

/** The `Prefer` header asks for lenient handling of unknown search parameters. */
export const prefersLenient = (prefer: string | undefined): boolean =>
  /(^|[;,\s])handling=lenient\b/.test(prefer ?? '');

/** The values of one criterion, as strings or ids, for simple equality matches. */
export const tokenCodes = (values: SearchValue[]): string[] =>
  values.flatMap((v) => (v.kind === 'token' ? [v.code] : v.kind === 'reference' ? [v.id] : []));

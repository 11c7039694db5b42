import type { SortKey, TotalMode } from './search-params';

/** Which slice of a search's matches to read, in which order, and whether to count them all. */
export interface Page {
  count: number;
  offset: number;
  /** The client's `_sort`, checked against the type's allow-list; absent for the type's own order. */
  sort?: readonly SortKey[];
  /** The client's `_total`; absent means `accurate`. */
  total?: TotalMode;
}

/** The rows of one page, whether more follow, and the number of matches when it is known. */
export interface SearchPage<Row> {
  rows: Row[];
  more: boolean;
  total?: number;
}

/** For reads, exports and derived resources: no total is shown, so none is counted. */
export const uncounted = (page: Page): Page => ({ ...page, total: 'none' });

/**
 * The total a page tells without counting: when no row follows it, every match is before or on
 * it (offset 40 with 7 rows: 47). Unknown when more follow, or for an empty page past the start
 * (offset 60 with no rows: anything from 0 to 60 matches).
 */
export function knownTotal(offset: number, rows: number, more: boolean): number | undefined {
  return more || (rows === 0 && offset > 0) ? undefined : offset + rows;
}

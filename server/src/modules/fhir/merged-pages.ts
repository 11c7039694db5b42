import type { Page, SearchPage } from './search-page';

/** One table a resource type is read from: a page of its rows in the shared order. */
export type PageSource<Row> = (page: Page) => Promise<SearchPage<Row>>;

/**
 * One page of a resource type served from several tables (a CarePlan is a treatment series or a
 * recovery plan): each source gives its first `offset + count` rows in the same order, and the
 * page is cut from their merge. Example: offset 20, count 10 reads up to 30 rows of each. The
 * total is the sources' totals added up, unknown when one of them is.
 */
export async function mergedPages<Row>(
  sources: readonly PageSource<Row>[],
  compare: (a: Row, b: Row) => number,
  page: Page,
): Promise<SearchPage<Row>> {
  const limit = page.offset + page.count;
  // One after another: the sources share the request's transaction, one connection.
  const parts: SearchPage<Row>[] = [];
  for (const source of sources) parts.push(await source({ count: limit, offset: 0, total: page.total }));
  const merged = parts.flatMap((part) => part.rows).sort(compare);
  const rows = merged.slice(page.offset, limit);
  const more = merged.length > limit || parts.some((part) => part.more);
  const totals = parts.map((part) => part.total);
  return totals.every((total) => total !== undefined)
    ? { rows, more, total: totals.reduce((sum, total) => sum + total, 0) }
    : { rows, more };
}

/** Oldest first, then by id: the order every merged source is read in. */
export const byTimeThenId =
  <Row>(at: (row: Row) => Date, id: (row: Row) => string) =>
  (a: Row, b: Row): number =>
    at(a).getTime() - at(b).getTime() || (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0);

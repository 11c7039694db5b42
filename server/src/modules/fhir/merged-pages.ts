import type { Page } from './fhir-patients.repo';

/** One table a resource type is read from: its first `limit` rows in the shared order, and how many match. */
export type PageSource<Row> = (limit: number) => Promise<{ rows: Row[]; total: number }>;

/**
 * One page of a resource type served from several tables (a CarePlan is a treatment series or a
 * recovery plan): each source gives its first `offset + count` rows in the same order, and the
 * page is cut from their merge. Example: offset 20, count 10 reads up to 30 rows of each.
 */
export async function mergedPages<Row>(
  sources: readonly PageSource<Row>[],
  compare: (a: Row, b: Row) => number,
  page: Page,
): Promise<{ rows: Row[]; total: number }> {
  const limit = page.offset + page.count;
  // One after another: the sources share the request's transaction, one connection.
  const parts: { rows: Row[]; total: number }[] = [];
  for (const source of sources) parts.push(await source(limit));
  const rows = parts
    .flatMap((part) => part.rows)
    .sort(compare)
    .slice(page.offset, limit);
  return { rows, total: parts.reduce((sum, part) => sum + part.total, 0) };
}

/** Oldest first, then by id: the order every merged source is read in. */
export const byTimeThenId =
  <Row>(at: (row: Row) => Date, id: (row: Row) => string) =>
  (a: Row, b: Row): number =>
    at(a).getTime() - at(b).getTime() || (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0);

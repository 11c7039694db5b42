import { sql, type SelectQueryBuilder } from 'kysely';
import { knownTotal, type Page, type SearchPage } from './search-page';

/** A search's filtered query before its columns are chosen, as `selectFrom(…).where(…)` gives it. */
type Unselected<DB, TB extends keyof DB> = SelectQueryBuilder<DB, TB, Record<never, never>>;

/**
 * One page of a search in its query's order: one row more than the page is read to tell whether
 * a next page exists, and the matches are counted by a second statement only when the page does
 * not already tell the total and the client did not ask for `_total=none`.
 */
export async function pageOf<DB, TB extends keyof DB, Row>(
  query: Unselected<DB, TB>,
  rowsOf: (query: Unselected<DB, TB>) => SelectQueryBuilder<DB, TB, Row>,
  page: Page,
): Promise<SearchPage<Row>> {
  const fetched: Row[] = await rowsOf(query)
    .limit(page.count + 1)
    .offset(page.offset)
    .execute();
  const rows = fetched.slice(0, page.count);
  const more = fetched.length > page.count;
  const total =
    knownTotal(page.offset, rows.length, more) ?? (page.total === 'none' ? undefined : await countOf(query));
  return total === undefined ? { rows, more } : { rows, more, total };
}

async function countOf<DB, TB extends keyof DB>(query: Unselected<DB, TB>): Promise<number> {
  // Kysely cannot resolve a selection's type over a generic DB; this one column is known.
  const { total } = await query
    .select(sql<string>`count(*)`.as('total'))
    .$castTo<{ total: string }>()
    .executeTakeFirstOrThrow();
  return Number(total);
}

import type { FhirResource, SearchResult } from './fhir-resource';
import type { Page } from './search-page';
import { sortText, type ParsedSearch } from './search-params';

type SearchMode = 'match' | 'include';

export interface BundleEntry {
  fullUrl: string;
  resource: FhirResource;
  search: { mode: SearchMode };
}

export interface Bundle {
  resourceType: 'Bundle';
  type: 'searchset';
  total?: number;
  link: { relation: 'self' | 'next' | 'previous'; url: string }[];
  entry?: BundleEntry[];
  [element: string]: unknown;
}

type Query = Record<string, string | string[] | undefined>;

/**
 * The parameters a search actually applied, as its links echo them: the client's own, without
 * those dropped under lenient handling, with `_sort` and `_include` as applied.
 */
export function appliedQuery(query: Query, search: ParsedSearch, includes: readonly string[] = []): Query {
  const applied: Query = {};
  for (const [key, value] of Object.entries(query))
    if (!search.ignored.includes(key) && key !== '_sort' && key !== '_include') applied[key] = value;
  if (search.sort.length > 0) applied._sort = sortText(search.sort);
  if (includes.length > 0) applied._include = [...includes];
  return applied;
}

/** The query string of a page: the applied parameters, with `_count` and `_offset` set. */
function pageUrl(baseUrl: string, type: string, query: Query, count: number, offset: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || key === '_count' || key === '_offset') continue;
    for (const one of [value].flat()) params.append(key, one);
  }
  params.set('_count', String(count));
  params.set('_offset', String(offset));
  return `${baseUrl}/${type}?${params.toString()}`;
}

const entryOf = (baseUrl: string, resource: FhirResource, mode: SearchMode): BundleEntry => ({
  fullUrl: `${baseUrl}/${resource.resourceType}/${resource.id}`,
  resource,
  search: { mode },
});

/**
 * A searchset Bundle with self, next and previous links (http://hl7.org/fhir/R4/bundle.html).
 * `total` counts matches only; resources added by `_include` follow with `search.mode = include`.
 * `_count=0` asks for the total alone, so it has no next page; `_total=none` leaves the total out
 * (R4 allows it to be absent), paging then goes on by the next link alone.
 */
export function searchsetBundle(
  baseUrl: string,
  type: string,
  query: Query,
  search: Pick<Page, 'count' | 'offset' | 'total'>,
  result: SearchResult,
  included: readonly FhirResource[] = [],
): Bundle {
  const { count, offset } = search;
  const entry = [
    ...result.resources.map((resource) => entryOf(baseUrl, resource, 'match')),
    ...included.map((resource) => entryOf(baseUrl, resource, 'include')),
  ];
  const link: Bundle['link'] = [{ relation: 'self', url: pageUrl(baseUrl, type, query, count, offset) }];
  if (result.more && count > 0)
    link.push({ relation: 'next', url: pageUrl(baseUrl, type, query, count, offset + count) });
  if (offset > 0 && count > 0)
    link.push({
      relation: 'previous',
      url: pageUrl(baseUrl, type, query, count, Math.max(0, offset - count)),
    });
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    ...(result.total !== undefined && search.total !== 'none' ? { total: result.total } : {}),
    link,
    // FHIR JSON has no empty arrays: an empty page has no `entry` at all.
    ...(entry.length > 0 ? { entry } : {}),
  };
}

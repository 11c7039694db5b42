import type { FhirResource, SearchResult } from './fhir-resource';
import type { ParsedSearch } from './search-params';

export interface Bundle {
  resourceType: 'Bundle';
  type: 'searchset';
  total?: number;
  link: { relation: 'self' | 'next' | 'previous'; url: string }[];
  entry: { fullUrl: string; resource: FhirResource; search: { mode: 'match' } }[];
  [element: string]: unknown;
}

/** The query string of a page: the client's own parameters, with `_count` and `_offset` set. */
function pageUrl(
  baseUrl: string,
  type: string,
  query: Record<string, string | string[] | undefined>,
  count: number,
  offset: number,
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || key === '_count' || key === '_offset') continue;
    for (const one of [value].flat()) params.append(key, one);
  }
  params.set('_count', String(count));
  params.set('_offset', String(offset));
  return `${baseUrl}/${type}?${params.toString()}`;
}

/** A searchset Bundle with self, next and previous links (http://hl7.org/fhir/R4/bundle.html). */
export function searchsetBundle(
  baseUrl: string,
  type: string,
  query: Record<string, string | string[] | undefined>,
  search: ParsedSearch,
  result: SearchResult,
): Bundle {
  const { count, offset } = search;
  const link: Bundle['link'] = [{ relation: 'self', url: pageUrl(baseUrl, type, query, count, offset) }];
  if (result.more) link.push({ relation: 'next', url: pageUrl(baseUrl, type, query, count, offset + count) });
  if (offset > 0)
    link.push({
      relation: 'previous',
      url: pageUrl(baseUrl, type, query, count, Math.max(0, offset - count)),
    });
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    ...(result.total !== undefined ? { total: result.total } : {}),
    link,
    entry: result.resources.map((resource) => ({
      fullUrl: `${baseUrl}/${resource.resourceType}/${resource.id}`,
      resource,
      search: { mode: 'match' },
    })),
  };
}

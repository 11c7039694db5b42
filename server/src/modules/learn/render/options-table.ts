import { concernCodes, learn } from '@corium/contracts';

export type SortKey = 'option' | 'downtime' | 'cost' | `grade:${learn.ConcernCode}`;
export type SortOrder = 'ascending' | 'descending';

/** What the visitor asked the options table for, from the page's query string. */
export interface OptionsQuery {
  /** The concerns the visitor picked; none picked shows all of them. */
  picked: learn.ConcernCode[];
  /** The concerns the table shows a column for. */
  concerns: learn.ConcernCode[];
  sort: SortKey;
  order: SortOrder;
  /** Hide options with no evidence for any of the chosen concerns. */
  evidenceOnly: boolean;
}

const gradeRank = (grade: learn.EvidenceGrade | null): number => (grade ? 5 - 'ABCD'.indexOf(grade) : 0);

function sortValue(option: learn.TreatmentOption, key: SortKey): string | number {
  if (key === 'option') return option.name;
  if (key === 'downtime') return option.downtimeDays;
  if (key === 'cost') return option.costFromUsd;
  return gradeRank(option.grades[key.slice('grade:'.length) as learn.ConcernCode]);
}

/** The table's rows: filtered, then sorted stably (ties keep the reference's order). */
export function optionRows(query: OptionsQuery): learn.TreatmentOption[] {
  const rows = learn.treatmentOptions.filter(
    (o) => !query.evidenceOnly || query.concerns.some((code) => o.grades[code] !== null),
  );
  const direction = query.order === 'ascending' ? 1 : -1;
  return rows
    .map((option, index) => ({ option, index }))
    .sort((a, b) => {
      const x = sortValue(a.option, query.sort);
      const y = sortValue(b.option, query.sort);
      const cmp = typeof x === 'string' ? x.localeCompare(String(y)) : x - Number(y);
      return cmp * direction || a.index - b.index;
    })
    .map(({ option }) => option);
}

/** Normalises the raw query: unknown concerns are dropped; no concern means all of them. */
export function optionsQuery(raw: {
  concern?: string | string[];
  sort?: string;
  order?: string;
  evidence?: string;
}): OptionsQuery {
  const asked = ([] as string[]).concat(raw.concern ?? []);
  const picked = concernCodes.filter((code) => asked.includes(code));
  const chosen = picked.length > 0 ? picked : [...concernCodes];
  const sort = isSortKey(raw.sort, chosen) ? raw.sort : 'option';
  const order: SortOrder = raw.order === 'descending' ? 'descending' : 'ascending';
  return { picked, concerns: chosen, sort, order, evidenceOnly: raw.evidence === 'only' };
}

function isSortKey(value: string | undefined, concerns: readonly string[]): value is SortKey {
  if (value === 'option' || value === 'downtime' || value === 'cost') return true;
  return value?.startsWith('grade:') === true && concerns.includes(value.slice('grade:'.length));
}

/** The query string for the same table sorted by `key`; a second click on a column reverses it. */
export function sortHref(query: OptionsQuery, key: SortKey): string {
  const firstOrder: SortOrder = key.startsWith('grade:') ? 'descending' : 'ascending';
  const flipped: SortOrder = query.order === 'ascending' ? 'descending' : 'ascending';
  const order = query.sort === key ? flipped : firstOrder;
  const params = new URLSearchParams();
  for (const code of query.picked) params.append('concern', code);
  if (query.evidenceOnly) params.set('evidence', 'only');
  params.set('sort', key);
  params.set('order', order);
  return `/learn/options?${params.toString()}`;
}

import { clinicalStaff } from '../../platform/auth/policy';
import { patientOfDerivedId } from './clinical.mapper';
import { uncounted, type Page, type SearchPage } from './search-page';
import type { FhirResource, FhirScope, ResourceDefinition, SearchResult } from './fhir-resource';
import { parseSearch, type SearchCriteria, type SearchParamDefinition } from './search-params';

/** What every part of the registry builds its resource definitions with. */

export const p = (
  name: string,
  type: SearchParamDefinition['type'],
  documentation: string,
): SearchParamDefinition => ({
  name,
  type,
  documentation,
});
export const idParam = p('_id', 'token', 'The logical id of the resource');
export const lastUpdated = p('_lastUpdated', 'date', 'When the resource last changed');
export const patientParam = p('patient', 'reference', 'The patient the resource is about (Patient/id or id)');
export const subjectParam = p('subject', 'reference', 'Same as patient');
export const clinicalAndPatient = [...clinicalStaff, 'patient'] as const;

type ReadDefinition = Pick<ResourceDefinition, 'search'>;

/** One result, never counted: a read shows no total. */
const aRead = uncounted({ count: 1, offset: 0 });

/** A read is a search by id: one code path, the same clinic filter and patient compartment. */
export async function readById(def: ReadDefinition, scope: FhirScope, id: string) {
  const criteria = parseSearch({ _id: id }, [idParam], false).criteria;
  return (await def.search(scope, criteria, aRead)).resources.find((r) => r.id === id);
}

/** Reads a derived resource by searching the patient its id names. */
export async function readDerived(def: ReadDefinition, scope: FhirScope, id: string) {
  const patientId = patientOfDerivedId(id);
  if (patientId === null) return undefined;
  const criteria = parseSearch({ patient: patientId }, [patientParam], false).criteria;
  return (await def.search(scope, criteria, aRead)).resources.find((r) => r.id === id);
}

export const mapped =
  <Row>(toResource: (row: Row) => FhirResource) =>
  ({ rows, total, more }: SearchPage<Row>): SearchResult => ({
    resources: rows.map(toResource),
    total,
    more,
  });

/** Derived resources have no total: a page holds every one of a page of patients. */
export const derived =
  <Row>(toResources: (row: Row) => FhirResource[]) =>
  ({ rows, more }: SearchPage<Row>): SearchResult => ({ resources: rows.flatMap(toResources), more });

export type Search = (scope: FhirScope, criteria: SearchCriteria, page: Page) => Promise<SearchResult>;
/** How a read finds one resource: by id, through the patient a derived id names, or its own way. */
export type Read =
  | 'by-id'
  | 'derived'
  | ((def: ReadDefinition, scope: FhirScope, id: string) => Promise<FhirResource | undefined>);

export function define(
  type: string,
  roles: ResourceDefinition['roles'],
  compartment: boolean,
  searchParams: SearchParamDefinition[],
  search: Search,
  read: Read = 'by-id',
  writes: ResourceDefinition['writes'] = [],
  options: Pick<ResourceDefinition, 'exportable'> = {},
): ResourceDefinition {
  const def = { search };
  const reader = read === 'by-id' ? readById : read === 'derived' ? readDerived : read;
  return {
    type,
    roles,
    compartment,
    writes,
    searchParams,
    search,
    read: (scope, id) => reader(def, scope, id),
    ...options,
  };
}

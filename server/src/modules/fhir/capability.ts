import type { ResourceDefinition } from './fhir-resource';
import { includeNamesOf } from './search-include';
import { sortNamesOf } from './search-sort';

/** `_sort` is not a search parameter in R4's CapabilityStatement: it is documented per type. */
function sortDocumentation(type: string): string {
  const names = sortNamesOf(type);
  return names.length === 0
    ? 'Results come in a fixed order; _sort is refused.'
    : `_sort by ${names.join(', ')} (prefix - for descending, comma-separated for several keys).`;
}

/** The operations Corium implements, by the canonical definitions of the Bulk Data specification. */
export interface OperationEntry {
  name: string;
  definition: string;
  /** Where it is invoked: the whole system, or a resource type. */
  level: 'system' | 'type';
  type?: string;
}

/** One resource type: its interactions, search parameters and type-level operations. */
function resourceEntry(d: ResourceDefinition, operations: readonly OperationEntry[]) {
  const ops = operations
    .filter((o) => o.level === 'type' && o.type === d.type)
    .map(({ name, definition }) => ({ name, definition }));
  const includes = includeNamesOf(d.type);
  return {
    type: d.type,
    documentation: sortDocumentation(d.type),
    interaction: [{ code: 'read' }, { code: 'search-type' }, ...d.writes.map((code) => ({ code }))],
    ...(d.writes.includes('update') ? { versioning: 'versioned-update', conditionalUpdate: false } : {}),
    updateCreate: false,
    ...(includes.length > 0 ? { searchInclude: includes } : {}),
    searchParam: d.searchParams.map(({ name, type, documentation }) => ({ name, type, documentation })),
    ...(ops.length > 0 ? { operation: ops } : {}),
  };
}

/**
 * The CapabilityStatement (http://hl7.org/fhir/R4/capabilitystatement.html) built from the same
 * resource definitions and operation list the routes are registered from.
 */
export function capabilityStatement(
  definitions: readonly ResourceDefinition[],
  operations: readonly OperationEntry[],
  context: { baseUrl: string; version: string; date: string },
) {
  const systemOperations = operations
    .filter((o) => o.level === 'system')
    .map(({ name, definition }) => ({ name, definition }));
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: context.date,
    publisher: 'Corium',
    kind: 'instance',
    software: { name: 'Corium', version: context.version },
    implementation: { description: 'Corium FHIR R4 API', url: context.baseUrl },
    fhirVersion: '4.0.1',
    format: ['application/fhir+json', 'json'],
    rest: [
      {
        mode: 'server',
        documentation:
          'Every search takes _total=none | estimate | accurate (default accurate): none leaves Bundle.total out ' +
          'and saves counting every match, paging then follows the next link; estimate is answered with the exact count.',
        security: {
          description:
            'The same sign-in as the Corium API: a session cookie or an API token as "Authorization: Bearer <token>". ' +
            'Staff see their clinic; a patient sees only their own compartment.',
        },
        resource: definitions.map((d) => resourceEntry(d, operations)),
        ...(systemOperations.length > 0 ? { operation: systemOperations } : {}),
      },
    ],
  };
}

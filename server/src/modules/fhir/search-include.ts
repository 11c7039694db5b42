import type { Role } from '@corium/contracts';
import { AppError } from '../../platform/errors/app-error';
import { definitionOf } from './fhir-registry';
import type { FhirResource, FhirScope } from './fhir-resource';
import { parseSearch, type SearchParamDefinition } from './search-params';

/**
 * One `_include` a resource type supports: `Appointment:patient` adds the Patient each matched
 * appointment names, read through the target type's own search with the caller's scope — so a
 * patient's token reaches only their own Patient, never another's.
 */
export interface Include {
  /** `Appointment:patient`, as a client writes it. */
  name: string;
  /** The resource types it may add. */
  targets: readonly string[];
  /** Where the source resource holds the references, e.g. `participant.actor`. */
  path: readonly string[];
}

const participantActor = ['participant', 'actor'] as const;

const includesByType: Readonly<Record<string, readonly Include[]>> = {
  Appointment: [
    { name: 'Appointment:patient', targets: ['Patient'], path: participantActor },
    { name: 'Appointment:practitioner', targets: ['Practitioner'], path: participantActor },
    {
      name: 'Appointment:actor',
      targets: ['Patient', 'Practitioner', 'Location', 'Device'],
      path: participantActor,
    },
  ],
};

export const includeNamesOf = (type: string): string[] =>
  (includesByType[type] ?? []).map((include) => include.name);

/**
 * `_include=Appointment:patient` (or `Appointment:actor:Practitioner`, naming one target type).
 * An include the type does not support is refused, or dropped under lenient handling.
 */
export function parseIncludes(
  raw: string | string[] | undefined,
  type: string,
  lenient: boolean,
): { includes: Include[]; ignored: string[] } {
  const includes: Include[] = [];
  const ignored: string[] = [];
  for (const value of [raw ?? []].flat()) {
    const [source = '', param = '', target] = value.split(':');
    const known = (includesByType[type] ?? []).find((d) => d.name === `${source}:${param}`);
    const targets =
      known && target !== undefined ? known.targets.filter((t) => t === target) : known?.targets;
    if (known && targets && targets.length > 0) includes.push({ name: value, targets, path: known.path });
    else if (lenient) ignored.push(`_include=${value}`);
    else {
      const supported = includeNamesOf(type);
      const message = `_include=${value} is not supported here${supported.length > 0 ? `; use ${supported.join(', ')}` : ''}`;
      throw new AppError('BAD_REQUEST', message, [{ path: 'querystring._include', message }]);
    }
  }
  return { includes, ignored };
}

/** The `Type/id` references found at a path of a resource (arrays are walked). */
function referencesAt(resource: FhirResource, path: readonly string[]): string[] {
  let values: unknown[] = [resource];
  for (const key of path)
    values = values.flatMap((v) =>
      v !== null && typeof v === 'object' ? [(v as Record<string, unknown>)[key]].flat() : [],
    );
  return values.flatMap((v) => {
    const ref = v !== null && typeof v === 'object' ? (v as { reference?: unknown }).reference : undefined;
    return typeof ref === 'string' ? [ref] : [];
  });
}

const idParam: SearchParamDefinition = { name: '_id', type: 'token', documentation: 'The logical id' };

/**
 * The resources the includes name, each once and none already among the matches. Each target is
 * read through its own definition's search with the caller's scope: compartment types stay inside
 * a patient's own compartment; directory types (Practitioner, Location, Device) named by the
 * caller's own results may be added even for a patient, as they are who and where they are seen.
 */
export async function includedResources(
  scope: FhirScope,
  role: Role,
  matches: readonly FhirResource[],
  includes: readonly Include[],
): Promise<FhirResource[]> {
  const seen = new Set(matches.map((r) => `${r.resourceType}/${r.id}`));
  const wanted = new Map<string, Set<string>>();
  for (const include of includes)
    for (const ref of matches.flatMap((r) => referencesAt(r, include.path))) {
      const [type = '', id = ''] = ref.split('/');
      if (!include.targets.includes(type) || seen.has(ref)) continue;
      wanted.set(type, (wanted.get(type) ?? new Set()).add(id));
    }
  const included: FhirResource[] = [];
  for (const [type, ids] of wanted) {
    const definition = definitionOf(type);
    if (!definition || (definition.compartment && !definition.roles.includes(role))) continue;
    const criteria = parseSearch({ _id: [...ids].join(',') }, [idParam], false).criteria;
    const found = await definition.search(scope, criteria, { count: ids.size, offset: 0 });
    // The search's own id filter decides; the check here keeps a type without one from adding more.
    included.push(...found.resources.filter((r) => r.resourceType === type && ids.has(r.id)));
  }
  return included;
}

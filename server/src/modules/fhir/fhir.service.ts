import type { Role } from '@corium/contracts';
import type { Deps } from '../../deps';
import { recordAudit, type AuditEvent } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import type { Trx } from '../../platform/db/database';
import { AppError } from '../../platform/errors/app-error';
import { findAvailability } from '../booking/availability.service';
import { ownPatientId } from '../patients/patients.service';
import { appliedQuery, searchsetBundle, type Bundle } from './bundle';
import { patientIdsOf, type FhirResource, type FhirScope, type ResourceDefinition } from './fhir-resource';
import { definitionOf, resourceDefinitions } from './fhir-registry';
import { includedResources, parseIncludes } from './search-include';
import { MAX_COUNT, parseSearch } from './search-params';
import { uncounted } from './search-page';
import { sortNamesOf } from './search-sort';

/** Where the request came from and what it asked, as the routes hand it over. */
export interface FhirRequest {
  meta: RequestMeta;
  /** `https://host`; the FHIR base is `${origin}/fhir/R4`. */
  origin: string;
  query: Record<string, string | string[] | undefined>;
  lenient: boolean;
}

export const fhirBase = (origin: string): string => `${origin}/fhir/R4`;

/**
 * The compartment a caller may see: a patient only their own record's resources, found through
 * their account, never through an id they send.
 */
export async function compartmentOf(deps: Deps, principal: Principal): Promise<string | null> {
  return principal.role === 'patient' ? ownPatientId(deps, principal) : null;
}

/** Every FHIR interaction is read and audited in one transaction: no audit, no answer. */
export async function audited<T>(
  deps: Deps,
  principal: Principal,
  meta: RequestMeta,
  work: (trx: Trx) => Promise<{ result: T; event: AuditEvent }>,
): Promise<T> {
  return deps.db.transaction().execute(async (trx) => {
    const { result, event } = await work(trx);
    await recordAudit(trx, actorOf(principal, meta), event, deps.clock.now());
    return result;
  });
}

const scopeOf = (
  deps: Deps,
  trx: Trx,
  principal: Principal,
  patientId: string | null,
  origin: string,
): FhirScope => ({
  db: trx,
  clinicId: principal.clinicId,
  patientId,
  origin,
  availability: (query) => findAvailability(deps, principal, query),
});

export async function readResource(
  deps: Deps,
  principal: Principal,
  definition: ResourceDefinition,
  id: string,
  request: FhirRequest,
): Promise<FhirResource> {
  const patientId = await compartmentOf(deps, principal);
  return audited(deps, principal, request.meta, async (trx) => {
    const resource = await definition.read(scopeOf(deps, trx, principal, patientId, request.origin), id);
    if (!resource) throw new AppError('NOT_FOUND', `No ${definition.type} with id ${id}`);
    const event: AuditEvent = {
      action: 'read',
      resourceType: `fhir.${definition.type}`,
      resourceId: id,
      patientIds: patientIdsOf(resource),
    };
    return { result: resource, event };
  });
}

/** A type search with its `_sort` and `_include`, audited with every patient it shows. */
export async function searchResources(
  deps: Deps,
  principal: Principal,
  definition: ResourceDefinition,
  request: FhirRequest,
): Promise<Bundle> {
  const { type, searchParams } = definition;
  const parsed = parseSearch(request.query, searchParams, request.lenient, sortNamesOf(type));
  const { includes, ignored } = parseIncludes(request.query._include, type, request.lenient);
  const search = { ...parsed, ignored: [...parsed.ignored, ...ignored] };
  const patientId = await compartmentOf(deps, principal);
  return audited(deps, principal, request.meta, async (trx) => {
    const scope = scopeOf(deps, trx, principal, patientId, request.origin);
    const result = await definition.search(scope, search.criteria, search);
    const included = await includedResources(scope, principal.role, result.resources, includes);
    const query = appliedQuery(
      request.query,
      search,
      includes.map((i) => i.name),
    );
    const bundle = searchsetBundle(fhirBase(request.origin), type, query, search, result, included);
    const event: AuditEvent = {
      action: 'search',
      resourceType: `fhir.${type}`,
      patientIds: [...new Set([...result.resources, ...included].flatMap(patientIdsOf))],
      details: { query: request.query, ...(search.ignored.length > 0 ? { ignored: search.ignored } : {}) },
    };
    return { result: bundle, event };
  });
}

/** Every page of one type's search, for operations that answer with all of it at once. */
async function allPages(definition: ResourceDefinition, scope: FhirScope, query: Record<string, string>) {
  const { criteria } = parseSearch(query, definition.searchParams, false);
  const resources: FhirResource[] = [];
  for (let offset = 0; ; offset += MAX_COUNT) {
    const page = await definition.search(scope, criteria, uncounted({ count: MAX_COUNT, offset }));
    resources.push(...page.resources);
    if (!page.more) return resources;
  }
}

/**
 * Every resource of one patient's compartment a role may read, as one searchset Bundle; null
 * when the scope holds no such patient. `$everything` answers with it, and the privacy module
 * puts it in a patient's copy of their record (scoped to that patient's own compartment).
 */
export async function compartmentBundle(
  scope: FhirScope,
  patientId: string,
  role: Role,
): Promise<Bundle | null> {
  const patient = await definitionOf('Patient')!.read(scope, patientId);
  if (!patient) return null;
  const readable = resourceDefinitions.filter(
    (d) => d.compartment && d.type !== 'Patient' && d.roles.includes(role),
  );
  const resources = [patient];
  for (const definition of readable)
    resources.push(...(await allPages(definition, scope, { patient: patientId })));
  const search = { criteria: new Map(), count: resources.length, offset: 0, ignored: [] };
  const result = { resources, total: resources.length, more: false };
  return searchsetBundle(fhirBase(scope.origin), `Patient/${patientId}/$everything`, {}, search, result);
}

/**
 * `Patient/{id}/$everything`: the patient and every resource of their compartment the caller's
 * role may read, in one Bundle. A patient may ask only about themselves.
 */
export async function patientEverything(
  deps: Deps,
  principal: Principal,
  patientId: string,
  request: FhirRequest,
): Promise<Bundle> {
  const compartment = await compartmentOf(deps, principal);
  return audited(deps, principal, request.meta, async (trx) => {
    const scope = scopeOf(deps, trx, principal, compartment, request.origin);
    const bundle = await compartmentBundle(scope, patientId, principal.role);
    if (!bundle) throw new AppError('NOT_FOUND', `No Patient with id ${patientId}`);
    const types = (bundle.entry ?? []).map((e) => e.resource.resourceType);
    const event: AuditEvent = {
      action: 'read',
      resourceType: 'fhir.Patient/$everything',
      resourceId: patientId,
      patientIds: [patientId],
      details: { types: [...new Set(types)] },
    };
    return { result: bundle, event };
  });
}

import type { Availability, AvailabilityQuery, Role } from '@corium/contracts';
import type { Executor } from '../../platform/db/database';
import type { Page } from './search-page';
import type { SearchCriteria, SearchParamDefinition } from './search-params';

/** Any FHIR R4 resource as JSON; mappers build the concrete shapes. */
export interface FhirResource {
  resourceType: string;
  id: string;
  meta?: { versionId?: string; lastUpdated?: string };
  [element: string]: unknown;
}

/**
 * What a read or search may see: the caller's clinic and, for a patient, only their own
 * compartment (`patientId`). Staff have `patientId` null.
 */
export interface FhirScope {
  db: Executor;
  clinicId: string;
  patientId: string | null;
  /** `https://clinic.example` — where links to Corium's own API routes (a consent's PDF) point. */
  origin: string;
  /**
   * Booking's availability service bound to the caller (free Slots are computed, never stored);
   * absent where no request is being answered (bulk export, a patient's archive).
   */
  availability?: (query: AvailabilityQuery) => Promise<Availability>;
}

export interface SearchResult {
  resources: FhirResource[];
  /**
   * Absent under `_total=none` when not known without counting, and for resources derived from
   * records (a page holds every one of a page of patients).
   */
  total?: number;
  /** Whether a next page holds more: the next link depends on it, never on the total. */
  more: boolean;
}

/**
 * One resource type Corium serves. Routes, the CapabilityStatement and bulk export are all
 * generated from the list of these, so what is advertised is what is implemented.
 */
export interface ResourceDefinition {
  type: string;
  /** Roles that may read and search it; `patient` means their own compartment only. */
  roles: readonly Role[];
  searchParams: readonly SearchParamDefinition[];
  /** Part of a patient's compartment: exported at patient level, limited for a patient principal. */
  compartment: boolean;
  /** Write interactions besides read and search; their handlers live in fhir-writes.service.ts. */
  writes: readonly ('create' | 'update')[];
  /** False for computed resources (free Slots) that bulk export leaves out. */
  exportable?: boolean;
  read(scope: FhirScope, id: string): Promise<FhirResource | undefined>;
  search(scope: FhirScope, criteria: SearchCriteria, page: Page): Promise<SearchResult>;
}

const patientReference = /^Patient\/([0-9a-f-]{36})$/;

/** Every patient a resource is about, for the audit log: the Patient itself or its subject. */
export function patientIdsOf(resource: FhirResource): string[] {
  if (resource.resourceType === 'Patient') return [resource.id];
  const ids = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') {
      const reference = (value as { reference?: unknown }).reference;
      const match = typeof reference === 'string' ? patientReference.exec(reference) : null;
      if (match) ids.add(match[1]!);
      else Object.values(value).forEach(visit);
    }
  };
  for (const key of ['subject', 'patient', 'participant', 'source'] as const) visit(resource[key]);
  return [...ids];
}

export const reference = (type: string, id: string, display?: string) => ({
  reference: `${type}/${id}`,
  ...(display ? { display } : {}),
});

/**
 * The FHIR R4 (4.0.1) rules Corium's resources can be checked against without the full
 * StructureDefinitions: required elements (cardinality 1..), required-binding codes, id and
 * reference formats, absolute code systems, and no empty values (http://hl7.org/fhir/R4/json.html).
 * Tests run every resource the API emits through it.
 */

type Json = Record<string, unknown>;

/** Elements with a minimum cardinality of 1, by resource type (from each resource's R4 page). */
const required: Record<string, string[]> = {
  Appointment: ['status', 'participant'],
  CarePlan: ['status', 'intent', 'subject'],
  Condition: ['subject'],
  Observation: ['status', 'code'],
  AllergyIntolerance: ['patient'],
  MedicationStatement: ['status', 'subject'],
  QuestionnaireResponse: ['status'],
  Consent: ['status', 'scope', 'category'],
  Procedure: ['status', 'subject'],
  AdverseEvent: ['actuality', 'subject'],
  Media: ['status', 'content'],
  Questionnaire: ['status'],
  AuditEvent: ['type', 'recorded', 'agent', 'source'],
  Schedule: ['actor'],
  Slot: ['schedule', 'status', 'start', 'end'],
  CapabilityStatement: ['status', 'date', 'kind', 'fhirVersion', 'format'],
  Bundle: ['type'],
  OperationOutcome: ['issue'],
};

/** R4's event-status, shared by Procedure and Media. */
const eventStatus = [
  'preparation',
  'in-progress',
  'not-done',
  'on-hold',
  'stopped',
  'completed',
  'entered-in-error',
  'unknown',
] as const;

/** Codes bound `required` in R4, for the elements Corium fills. */
const requiredCodes: Record<string, Record<string, readonly string[]>> = {
  Patient: { gender: ['male', 'female', 'other', 'unknown'] },
  Appointment: {
    status: [
      'proposed',
      'pending',
      'booked',
      'arrived',
      'fulfilled',
      'cancelled',
      'noshow',
      'entered-in-error',
      'checked-in',
      'waitlist',
    ],
  },
  CarePlan: {
    status: ['draft', 'active', 'on-hold', 'revoked', 'completed', 'entered-in-error', 'unknown'],
    intent: ['proposal', 'plan', 'order', 'option'],
  },
  Observation: {
    status: [
      'registered',
      'preliminary',
      'final',
      'amended',
      'corrected',
      'cancelled',
      'entered-in-error',
      'unknown',
    ],
  },
  MedicationStatement: {
    status: [
      'active',
      'completed',
      'entered-in-error',
      'intended',
      'stopped',
      'on-hold',
      'unknown',
      'not-taken',
    ],
  },
  QuestionnaireResponse: { status: ['in-progress', 'completed', 'amended', 'entered-in-error', 'stopped'] },
  Consent: { status: ['draft', 'proposed', 'active', 'rejected', 'inactive', 'entered-in-error'] },
  Procedure: { status: eventStatus },
  Media: { status: eventStatus },
  AdverseEvent: { actuality: ['actual', 'potential'] },
  Questionnaire: { status: ['draft', 'active', 'retired', 'unknown'] },
  AuditEvent: { action: ['C', 'R', 'U', 'D', 'E'], outcome: ['0', '4', '8', '12'] },
  Slot: { status: ['busy', 'free', 'busy-unavailable', 'busy-tentative', 'entered-in-error'] },
  Location: { status: ['active', 'suspended', 'inactive'], mode: ['instance', 'kind'] },
  Device: { status: ['active', 'inactive', 'entered-in-error', 'unknown'] },
  Bundle: { type: ['searchset', 'collection', 'document', 'message', 'transaction', 'batch', 'history'] },
};

const ID = /^[A-Za-z0-9\-.]{1,64}$/;
const REFERENCE = /^[A-Z][A-Za-z]+\/[A-Za-z0-9\-.]{1,64}$/;
const URI = /^(https?:\/\/|urn:)\S+$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function checkValue(path: string, key: string, value: unknown, problems: string[]): void {
  if (value === null || value === '' || (Array.isArray(value) && value.length === 0))
    problems.push(`${path}: empty values are not allowed in FHIR JSON`);
  else if (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0)
    problems.push(`${path}: empty object`);
  if (typeof value !== 'string') return;
  if (key === 'reference' && !REFERENCE.test(value)) problems.push(`${path}: "${value}" is not Type/id`);
  // Coding and Identifier systems are URIs; a ContactPoint's `system` is a code (phone, email).
  if (key === 'system' && /(coding|identifier)\[\d+\]\.system$/.test(path) && !URI.test(value))
    problems.push(`${path}: "${value}" is not an absolute URI`);
  if (
    /^(lastUpdated|authored|recordedDate|dateAsserted|created|start|end|dateTime|date|creation|recorded|issued|detected|effectiveDateTime|createdDateTime)$/.test(
      key,
    )
  )
    if (!INSTANT.test(value) && !DATE.test(value))
      problems.push(`${path}: "${value}" is not a FHIR date/dateTime`);
  if (/^(birthDate|expirationDate)$/.test(key) && !DATE.test(value))
    problems.push(`${path}: "${value}" is not a date`);
}

function walk(path: string, node: unknown, problems: string[]): void {
  if (Array.isArray(node)) node.forEach((item, i) => walk(`${path}[${i}]`, item, problems));
  else if (node !== null && typeof node === 'object') {
    if (/\.coding\[\d+\]$/.test(path) && !(node as Json).system)
      problems.push(`${path}: a coding needs its system`);
    for (const [key, value] of Object.entries(node)) {
      const child = `${path}.${key}`;
      checkValue(child, key, value, problems);
      if (key !== 'resource') walk(child, value, problems);
    }
  }
}

const list = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);

/** Required elements of backbone elements Corium fills (each `1..1` in R4). */
function nestedRequired(type: string, resource: Json): string[] {
  const missing = (path: string, items: Json[], element: string) =>
    items.flatMap((item, i) =>
      item[element] === undefined ? [`${type}.${path}[${i}].${element} is required`] : [],
    );
  const details = list(resource.activity).flatMap((a) => (a.detail ? [a.detail as Json] : []));
  return [
    ...(type === 'CarePlan' ? missing('activity.detail', details, 'status') : []),
    ...(type === 'Observation' ? missing('component', list(resource.component), 'code') : []),
    ...(type === 'Questionnaire'
      ? [...missing('item', list(resource.item), 'linkId'), ...missing('item', list(resource.item), 'type')]
      : []),
    ...(type === 'AuditEvent' ? missing('agent', list(resource.agent), 'requestor') : []),
  ];
}

/** Problems with one resource (and, for a Bundle, its entries); an empty list means it passes. */
export function r4Problems(resource: Json): string[] {
  const type = resource.resourceType;
  if (typeof type !== 'string' || !/^[A-Z][A-Za-z]+$/.test(type)) return ['resourceType is missing'];
  const problems: string[] = [];
  if (resource.id !== undefined && !(typeof resource.id === 'string' && ID.test(resource.id)))
    problems.push(`${type}.id is not a FHIR id`);
  for (const element of required[type] ?? [])
    if (resource[element] === undefined) problems.push(`${type}.${element} is required`);
  if (type === 'MedicationStatement' && !resource.medicationCodeableConcept && !resource.medicationReference)
    problems.push('MedicationStatement.medication[x] is required');
  if (type === 'Consent' && !resource.policy && !resource.policyRule)
    problems.push('Consent needs policy or policyRule (ppc-1)');
  problems.push(...nestedRequired(type, resource));
  for (const [element, codes] of Object.entries(requiredCodes[type] ?? {}))
    if (resource[element] !== undefined && !codes.includes(resource[element] as string))
      problems.push(`${type}.${element} "${String(resource[element])}" is not in its required value set`);
  walk(type, resource, problems);
  for (const entry of (resource.entry as { resource?: Json }[] | undefined) ?? [])
    if (entry.resource) problems.push(...r4Problems(entry.resource));
  return problems;
}

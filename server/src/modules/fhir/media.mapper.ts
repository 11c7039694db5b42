import { CORIUM_SYSTEM } from './clinical.mapper';
import type { AuditRow } from './fhir-audit.repo';
import type { MediaRow } from './fhir-media.repo';
import { reference, type FhirResource } from './fhir-resource';
import { zoneConcept } from './procedure.mapper';

const codeable = (system: string, code: string, display?: string) => ({
  coding: [{ system, code, ...(display ? { display } : {}) }],
  ...(display ? { text: display } : {}),
});

/**
 * A clinical photo's metadata. `content.url` is Corium's own photo route, which checks the
 * caller again and audits the download: the staff route, or the portal's for the patient.
 */
export function toMedia(row: MediaRow, contentUrl: string): FhirResource {
  return {
    resourceType: 'Media',
    id: row.id,
    meta: { lastUpdated: row.uploaded_at.toISOString() },
    ...(row.session_id ? { partOf: [reference('Procedure', row.session_id)] } : {}),
    status: 'completed',
    type: codeable('http://terminology.hl7.org/CodeSystem/media-type', 'image', 'Image'),
    view: codeable(`${CORIUM_SYSTEM}/photo-view`, row.view, row.view.replace(/_/g, ' ')),
    subject: reference('Patient', row.patient_id),
    createdDateTime: row.taken_at.toISOString(),
    issued: row.uploaded_at.toISOString(),
    ...(row.source === 'clinic'
      ? { operator: reference('Practitioner', row.uploaded_by) }
      : { operator: reference('Patient', row.patient_id) }),
    ...(row.zone ? { bodySite: zoneConcept(row.zone) } : {}),
    height: row.height,
    width: row.width,
    content: {
      contentType: 'image/jpeg',
      url: contentUrl,
      size: row.byte_size,
      creation: row.taken_at.toISOString(),
    },
  };
}

const DCM = 'http://dicom.nema.org/resources/ontology/DCM';
const restful = new Set(['read', 'create', 'update', 'delete']);

function eventType(action: string) {
  if (action === 'sign_in' || action === 'sign_out')
    return {
      type: { system: DCM, code: '110114', display: 'User Authentication' },
      subtype: [
        action === 'sign_in'
          ? { system: DCM, code: '110122', display: 'Login' }
          : { system: DCM, code: '110123', display: 'Logout' },
      ],
    };
  if (action === 'export') return { type: { system: DCM, code: '110106', display: 'Export' } };
  const interaction = action === 'search' ? 'search-type' : restful.has(action) ? action : null;
  return {
    type: { system: 'http://terminology.hl7.org/CodeSystem/audit-event-type', code: 'rest' },
    ...(interaction
      ? { subtype: [{ system: 'http://hl7.org/fhir/restful-interaction', code: interaction }] }
      : {}),
  };
}

const crude: Record<string, 'C' | 'R' | 'U' | 'D' | 'E'> = {
  create: 'C',
  read: 'R',
  search: 'R',
  print: 'R',
  export: 'R',
  update: 'U',
  delete: 'D',
};
const outcomes = { success: '0', denied: '4', failure: '8' } as const;

function agent(row: AuditRow) {
  if (row.actor_user_id === null) return { who: { display: 'Corium' }, requestor: false };
  return {
    who: { identifier: { system: 'urn:ietf:rfc:3986', value: `urn:uuid:${row.actor_user_id}` } },
    ...(row.actor_role ? { role: [{ text: row.actor_role }] } : {}),
    requestor: true,
    ...(row.ip ? { network: { address: row.ip, type: '2' } } : {}),
  };
}

/** One event of the clinic's audit trail, as R4's AuditEvent (read-only). */
export function toAuditEvent(row: AuditRow): FhirResource {
  return {
    resourceType: 'AuditEvent',
    id: row.id,
    ...eventType(row.action),
    action: crude[row.action] ?? 'E',
    recorded: row.occurred_at.toISOString(),
    outcome: outcomes[row.outcome],
    ...(row.outcome === 'denied' ? { outcomeDesc: 'Access denied' } : {}),
    agent: [agent(row)],
    source: { observer: { display: 'Corium' } },
    entity: [
      {
        what: {
          identifier: {
            system: `${CORIUM_SYSTEM}/audit-resource`,
            value: row.resource_id ? `${row.resource_type}/${row.resource_id}` : row.resource_type,
          },
        },
        name: row.resource_type,
      },
      ...row.patient_ids.map((id) => ({
        what: reference('Patient', id),
        role: { system: 'http://terminology.hl7.org/CodeSystem/object-role', code: '1', display: 'Patient' },
      })),
    ],
  };
}

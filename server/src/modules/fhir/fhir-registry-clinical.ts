import { anyone, anyStaff } from '../../platform/auth/policy';
import { toAftercareCarePlan } from './aftercare-plan.mapper';
import { toCarePlan } from './booking.mapper';
import { toFitzpatrickObservations } from './clinical.mapper';
import { searchAftercarePlans, searchCheckIns } from './fhir-aftercare.repo';
import { searchAuditEvents } from './fhir-audit.repo';
import { searchSeries } from './fhir-booking.repo';
import { searchMedia } from './fhir-media.repo';
import { searchFitzpatrick, searchOutcomeScores } from './fhir-observations.repo';
import {
  clinicalAndPatient,
  define,
  idParam,
  lastUpdated,
  mapped,
  p,
  patientParam,
  subjectParam,
} from './fhir-registry-kit';
import type { FhirResource, FhirScope, ResourceDefinition, SearchResult } from './fhir-resource';
import { bookableServices, searchSchedules } from './fhir-schedule.repo';
import { searchAdverseEvents, searchSessions } from './fhir-sessions.repo';
import { readSlot, searchSlots } from './fhir-slots.service';
import { toAuditEvent, toMedia } from './media.mapper';
import { mergedPages, byTimeThenId, type PageSource } from './merged-pages';
import { toCheckInObservation, toOutcomeObservation } from './observation.mapper';
import { toAdverseEvent, toProcedure } from './procedure.mapper';
import { toIntakeQuestionnaire } from './questionnaire.mapper';
import { toSchedule } from './slot.mapper';
import type { Page, SearchPage } from './search-page';
import type { SearchCriteria } from './search-params';

/**
 * The resource types over treatment sessions, recovery, outcomes, photos, the audit trail and
 * free time. Each `define` stands alone, in the order the CapabilityStatement lists them.
 */

/** A resource with the time the merged sources are ordered by. */
interface Timed {
  at: Date;
  resource: FhirResource;
}

const timed =
  <Row>(
    search: (page: Page) => Promise<SearchPage<Row>>,
    at: (row: Row) => Date,
    to: (row: Row) => FhirResource[],
  ): PageSource<Timed> =>
  async (page) => {
    const { rows, ...rest } = await search(page);
    return { rows: rows.flatMap((row) => to(row).map((resource) => ({ at: at(row), resource }))), ...rest };
  };

async function merged(sources: PageSource<Timed>[], page: Page): Promise<SearchResult> {
  const { rows, total, more } = await mergedPages(
    sources,
    byTimeThenId(
      (r: Timed) => r.at,
      (r) => r.resource.id,
    ),
    page,
  );
  return { resources: rows.map((r) => r.resource), total, more };
}

/** Fitzpatrick type, answered check-ins and outcome scores, by when they were taken. */
const searchObservations = (s: FhirScope, c: SearchCriteria, page: Page) =>
  merged(
    [
      timed(
        (part) => searchFitzpatrick(s.db, s.clinicId, c, s.patientId, part),
        (r) => r.updated_at,
        toFitzpatrickObservations,
      ),
      timed(
        (part) => searchCheckIns(s.db, s.clinicId, c, s.patientId, part),
        (r) => r.submitted_at,
        (r) => [toCheckInObservation(r)],
      ),
      timed(
        (part) => searchOutcomeScores(s.db, s.clinicId, c, s.patientId, part),
        (r) => r.effective,
        (r) => [toOutcomeObservation(r)],
      ),
    ],
    page,
  );

/** Treatment series and recovery plans, by when they were made. */
const searchCarePlans = (s: FhirScope, c: SearchCriteria, page: Page) =>
  merged(
    [
      timed(
        (part) => searchSeries(s.db, s.clinicId, c, s.patientId, part),
        (r) => r.created_at,
        (r) => [toCarePlan(r)],
      ),
      timed(
        (part) => searchAftercarePlans(s.db, s.clinicId, c, s.patientId, part),
        (r) => r.created_at,
        (r) => [toAftercareCarePlan(r)],
      ),
    ],
    page,
  );

/** Where a Media's bytes are read: the staff photo route, or the portal's for the patient. */
const photoUrl = (scope: FhirScope, patientId: string, photoId: string): string =>
  scope.patientId === null
    ? `${scope.origin}/api/patients/${patientId}/photos/${photoId}/image`
    : `${scope.origin}/api/portal/photos/${photoId}/image`;

const dateParam = (documentation: string) => p('date', 'date', documentation);

export const clinicalDefinitions: readonly ResourceDefinition[] = [
  define(
    'CarePlan',
    anyone,
    true,
    [
      idParam,
      patientParam,
      subjectParam,
      p('status', 'token', 'active | completed | revoked'),
      p('category', 'token', 'treatment-series | aftercare'),
      lastUpdated,
    ],
    searchCarePlans,
  ),
  define(
    'Observation',
    clinicalAndPatient,
    true,
    [
      idParam,
      patientParam,
      subjectParam,
      p(
        'code',
        'token',
        'fitzpatrick-skin-type | aftercare-check-in | an outcome scale id (goodman_baron …)',
      ),
      p('category', 'token', 'exam (clinician) | survey (patient)'),
      dateParam('When it was observed, with prefixes'),
      lastUpdated,
    ],
    searchObservations,
  ),
  define(
    'Procedure',
    clinicalAndPatient,
    true,
    [
      idParam,
      patientParam,
      subjectParam,
      dateParam('When the session started, with prefixes'),
      p('performer', 'reference', 'The clinician who needled'),
      p('device', 'reference', 'The pen, or a cartridge lot, used (Corium parameter)'),
      lastUpdated,
    ],
    async (s, c, page) => mapped(toProcedure)(await searchSessions(s.db, s.clinicId, c, s.patientId, page)),
  ),
  define(
    'AdverseEvent',
    clinicalAndPatient,
    true,
    [
      idParam,
      patientParam,
      subjectParam,
      dateParam('When it was recorded, with prefixes'),
      p('substance', 'reference', 'The pen or a lot suspected'),
      lastUpdated,
    ],
    async (s, c, page) =>
      mapped(toAdverseEvent)(await searchAdverseEvents(s.db, s.clinicId, c, s.patientId, page)),
  ),
  define(
    'Media',
    clinicalAndPatient,
    true,
    [idParam, patientParam, subjectParam, p('created', 'date', 'When the photo was taken'), lastUpdated],
    async (s, c, page) => {
      const { rows, total, more } = await searchMedia(s.db, s.clinicId, c, s.patientId, page);
      const resources = rows.map((row) => toMedia(row, photoUrl(s, row.patient_id, row.id)));
      return { resources, total, more };
    },
  ),
  define(
    'Questionnaire',
    anyone,
    false,
    [idParam, p('url', 'token', 'The canonical URL'), p('status', 'token', 'active')],
    async (_s, c) => {
      const questionnaire = toIntakeQuestionnaire();
      const matches = (name: string, value: unknown) =>
        (c.get(name) ?? []).every((ors) => ors.some((v) => v.kind === 'token' && v.code === value));
      const found = ['_id', 'url', 'status'].every((name) =>
        matches(name, name === '_id' ? questionnaire.id : questionnaire[name]),
      );
      return { resources: found ? [questionnaire] : [], total: found ? 1 : 0, more: false };
    },
  ),
  define(
    'AuditEvent',
    ['admin'],
    false,
    [
      idParam,
      p('date', 'date', 'When it happened, with prefixes'),
      p('agent', 'reference', 'The user who acted'),
      p('patient', 'reference', 'A patient whose data it touched'),
      p(
        'action',
        'token',
        'Corium action: read | search | create | update | delete | export | print | sign_in …',
      ),
      p('outcome', 'token', 'success | denied | failure'),
    ],
    async (s, c, page) => mapped(toAuditEvent)(await searchAuditEvents(s.db, s.clinicId, c, page)),
  ),
  define(
    'Schedule',
    anyStaff,
    false,
    [idParam, p('actor', 'reference', 'The clinician or room'), p('active', 'token', 'true | false')],
    async (s, c, page) => {
      const { rows, total, more } = await searchSchedules(s.db, s.clinicId, c, page);
      const services = await bookableServices(s.db, s.clinicId, null);
      return {
        resources: rows.map((r) => toSchedule(r, services)),
        total,
        more,
      };
    },
  ),
  define(
    'Slot',
    anyStaff,
    false,
    [
      p('schedule', 'reference', 'Whose free time (Schedule/id): a clinician or a room'),
      p('service-type', 'token', 'The service (its code or id)'),
      p('start', 'date', 'Required as a range: start=ge<date>&start=le<date> (at most 93 days)'),
    ],
    searchSlots,
    (_def, scope, id) => readSlot(scope, id),
    [],
    { exportable: false },
  ),
];

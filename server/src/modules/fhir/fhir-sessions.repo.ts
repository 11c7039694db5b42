import { sql, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/database';
import type { Page, SearchPage } from './search-page';
import { pageOf } from './search-page.repo';
import { criteriaWhere, dateIs, idIs, unrestricted, type Filters } from './search-filters.repo';
import type { SearchCriteria } from './search-params';

/** Read-only SQL over signed session charts and adverse events, for the FHIR façade. */

export interface SessionRow {
  id: string;
  patient_id: string;
  practitioner_id: string;
  practitioner_name: string;
  modality: 'microneedling' | 'rf-microneedling';
  series_id: string | null;
  session_number: number | null;
  device_id: string | null;
  started_at: Date;
  signed_at: Date;
  zones: { zone: string; depthMm: number; passes: number; endpoint: string }[];
  lot_ids: string[];
}

const sessionFilters: Filters = {
  _id: idIs('treatment_session.id'),
  patient: idIs('treatment_session.patient_id'),
  subject: idIs('treatment_session.patient_id'),
  performer: idIs('treatment_session.practitioner_id'),
  date: dateIs('treatment_session.started_at', 'instant'),
  _lastUpdated: dateIs('treatment_session.signed_at', 'instant'),
  device: (value) =>
    sql<SqlBool>`(${idIs('treatment_session.device_id')(value)} OR EXISTS (SELECT 1 FROM session_cartridge sc
      WHERE sc.clinic_id = treatment_session.clinic_id AND sc.session_id = treatment_session.id
      AND ${idIs('sc.lot_id')(value)}))`,
};

/** Only signed charts are Procedures: a chart still open may change. */
function sessionQuery(db: Executor, clinicId: string, criteria: SearchCriteria, onlyPatient: string | null) {
  let query = db
    .selectFrom('treatment_session')
    .innerJoin('app_user', (join) =>
      join
        .onRef('app_user.id', '=', 'treatment_session.practitioner_id')
        .onRef('app_user.clinic_id', '=', 'treatment_session.clinic_id'),
    )
    .where('treatment_session.clinic_id', '=', clinicId)
    .where('treatment_session.signed_at', 'is not', null)
    .where(criteriaWhere(criteria, sessionFilters));
  if (onlyPatient !== null) query = query.where('treatment_session.patient_id', '=', onlyPatient);
  else query = query.where(unrestricted('treatment_session.patient_id'));
  return query;
}

/** Signed treatment sessions (Procedure) with their zones and the cartridge lots used. */
export async function searchSessions(
  db: Executor,
  clinicId: string,
  criteria: SearchCriteria,
  onlyPatient: string | null,
  page: Page,
): Promise<SearchPage<SessionRow>> {
  return pageOf(
    sessionQuery(db, clinicId, criteria, onlyPatient),
    (q) =>
      q
        .select([
          'treatment_session.id',
          'treatment_session.patient_id',
          'treatment_session.practitioner_id',
          'app_user.display_name as practitioner_name',
          'treatment_session.modality',
          'treatment_session.series_id',
          'treatment_session.session_number',
          'treatment_session.device_id',
          'treatment_session.started_at',
        ])
        .select(sql<Date>`treatment_session.signed_at`.as('signed_at'))
        .select(
          sql<SessionRow['zones']>`COALESCE((SELECT json_agg(json_build_object('zone', z.zone,
          'depthMm', z.depth_mm::float8, 'passes', z.passes, 'endpoint', z.endpoint) ORDER BY z.zone)
          FROM session_zone z WHERE z.clinic_id = treatment_session.clinic_id
          AND z.session_id = treatment_session.id), '[]'::json)`.as('zones'),
        )
        .select(
          sql<string[]>`ARRAY(SELECT DISTINCT sc.lot_id FROM session_cartridge sc
          WHERE sc.clinic_id = treatment_session.clinic_id AND sc.session_id = treatment_session.id
          ORDER BY sc.lot_id)`.as('lot_ids'),
        )
        .orderBy('treatment_session.started_at')
        .orderBy('treatment_session.id'),
    page,
  );
}

export interface AdverseEventRow {
  id: string;
  patient_id: string;
  session_id: string;
  device_id: string | null;
  term: string;
  term_other: string | null;
  description: string;
  onset_date: string;
  severity_grade: number;
  seriousness: string[];
  outcome: string;
  causality: string;
  recorded_by: string;
  recorded_at: Date;
  lots: { lotId: string; role: 'cartridge' | 'topical' }[];
}

const eventFilters: Filters = {
  _id: idIs('adverse_event.id'),
  patient: idIs('adverse_event.patient_id'),
  subject: idIs('adverse_event.patient_id'),
  date: dateIs('adverse_event.recorded_at', 'instant'),
  _lastUpdated: dateIs('adverse_event.recorded_at', 'instant'),
  substance: (value) =>
    sql<SqlBool>`(${idIs('adverse_event.device_id')(value)} OR EXISTS (SELECT 1 FROM adverse_event_lot l
      WHERE l.clinic_id = adverse_event.clinic_id AND l.adverse_event_id = adverse_event.id
      AND ${idIs('l.lot_id')(value)}))`,
};

function eventQuery(db: Executor, clinicId: string, criteria: SearchCriteria, onlyPatient: string | null) {
  let query = db
    .selectFrom('adverse_event')
    .innerJoin('treatment_session as s', (join) =>
      join
        .onRef('s.id', '=', 'adverse_event.session_id')
        .onRef('s.clinic_id', '=', 'adverse_event.clinic_id'),
    )
    .innerJoin('clinic', 'clinic.id', 'adverse_event.clinic_id')
    .where('adverse_event.clinic_id', '=', clinicId)
    .where(criteriaWhere(criteria, eventFilters));
  if (onlyPatient !== null) query = query.where('adverse_event.patient_id', '=', onlyPatient);
  else query = query.where(unrestricted('adverse_event.patient_id'));
  return query;
}

/** Adverse events with the pen and the lots snapshotted from the session's chart. */
export async function searchAdverseEvents(
  db: Executor,
  clinicId: string,
  criteria: SearchCriteria,
  onlyPatient: string | null,
  page: Page,
): Promise<SearchPage<AdverseEventRow>> {
  return pageOf(
    eventQuery(db, clinicId, criteria, onlyPatient),
    (q) =>
      q
        .select([
          'adverse_event.id',
          'adverse_event.patient_id',
          'adverse_event.session_id',
          'adverse_event.device_id',
          'adverse_event.term',
          'adverse_event.term_other',
          'adverse_event.description',
          'adverse_event.severity_grade',
          'adverse_event.seriousness',
          'adverse_event.outcome',
          'adverse_event.causality',
          'adverse_event.recorded_by',
          'adverse_event.recorded_at',
        ])
        // Onset: the treatment day in the clinic's zone plus the days the event began after it.
        .select(
          sql<string>`to_char((s.started_at AT TIME ZONE clinic.time_zone)::date + adverse_event.onset_day,
            'YYYY-MM-DD')`.as('onset_date'),
        )
        .select(
          sql<AdverseEventRow['lots']>`COALESCE((SELECT json_agg(json_build_object('lotId', l.lot_id,
            'role', l.role) ORDER BY l.role, l.lot_id) FROM adverse_event_lot l
            WHERE l.clinic_id = adverse_event.clinic_id AND l.adverse_event_id = adverse_event.id), '[]'::json)`.as(
            'lots',
          ),
        )
        .orderBy('adverse_event.recorded_at')
        .orderBy('adverse_event.id'),
    page,
  );
}

import { sql, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/database';
import { derivedId, patientOfDerivedId } from './clinical.mapper';
import type { ClinicalFieldsRow } from './fhir-clinical.repo';
import {
  criteriaWhere,
  codeIs,
  codeIsConstant,
  dateIs,
  idIs,
  unrestricted,
  type Filter,
  type Filters,
} from './search-filters.repo';
import type { SearchCriteria } from './search-params';
import type { Page, SearchPage } from './search-page';
import { pageOf } from './search-page.repo';

/** Read-only SQL for Observations: the Fitzpatrick type on the record and outcome scale scores. */

/** A Fitzpatrick Observation's id names its patient: `_id` searches that patient's record. */
const fitzpatrickId: Filter = (value) => {
  const id = value.kind === 'token' ? value.code : '';
  const patientId = patientOfDerivedId(id);
  return patientId !== null && derivedId(patientId, 'fitzpatrick') === id
    ? idIs('patient.id')({ kind: 'token', system: null, code: patientId })
    : sql<SqlBool>`false`;
};

const fitzpatrickFilters: Filters = {
  _id: fitzpatrickId,
  patient: idIs('patient.id'),
  subject: idIs('patient.id'),
  date: dateIs('patient.updated_at', 'instant'),
  _lastUpdated: dateIs('patient.updated_at', 'instant'),
  category: codeIsConstant('exam'),
  code: codeIsConstant('fitzpatrick-skin-type'),
};

/** Records with a Fitzpatrick type, oldest change first. */
export async function searchFitzpatrick(
  db: Executor,
  clinicId: string,
  criteria: SearchCriteria,
  onlyPatient: string | null,
  page: Page,
): Promise<SearchPage<ClinicalFieldsRow>> {
  let query = db
    .selectFrom('patient')
    .where('clinic_id', '=', clinicId)
    .where('merged_into', 'is', null)
    .where('fitzpatrick_type', 'is not', null)
    .where(criteriaWhere(criteria, fitzpatrickFilters));
  if (onlyPatient !== null) query = query.where('patient.id', '=', onlyPatient);
  else query = query.where(unrestricted('patient.id'));
  return pageOf(
    query,
    (q) => q.select(['id', 'fitzpatrick_type', 'concerns', 'updated_at']).orderBy('updated_at').orderBy('id'),
    page,
  );
}

export interface OutcomeScoreRow {
  id: string;
  patient_id: string;
  series_id: string | null;
  session_id: string | null;
  scale: string;
  scale_version: string;
  concern: string | null;
  timepoint: string;
  score: number;
  rater: 'clinician' | 'patient';
  rated_by: string | null;
  rated_on: string;
  note: string | null;
  recorded_at: Date;
  /** The rating day as an instant (midnight UTC), the order outcome scores are merged in. */
  effective: Date;
}

const outcomeFilters: Filters = {
  _id: idIs('outcome_score.id'),
  patient: idIs('outcome_score.patient_id'),
  subject: idIs('outcome_score.patient_id'),
  date: dateIs('outcome_score.rated_on', 'day'),
  _lastUpdated: dateIs('outcome_score.recorded_at', 'instant'),
  code: codeIs('outcome_score.scale'),
  category: codeIs('outcome_score.rater', {
    map: (code) => (code === 'exam' ? 'clinician' : code === 'survey' ? 'patient' : null),
  }),
};

/** Outcome scores, without those entered in error, oldest rating first. */
export async function searchOutcomeScores(
  db: Executor,
  clinicId: string,
  criteria: SearchCriteria,
  onlyPatient: string | null,
  page: Page,
): Promise<SearchPage<OutcomeScoreRow>> {
  let query = db
    .selectFrom('outcome_score')
    .where('outcome_score.clinic_id', '=', clinicId)
    .where('outcome_score.entered_in_error_at', 'is', null)
    .where(criteriaWhere(criteria, outcomeFilters));
  if (onlyPatient !== null) query = query.where('outcome_score.patient_id', '=', onlyPatient);
  else query = query.where(unrestricted('outcome_score.patient_id'));
  return pageOf(
    query,
    (q) =>
      q
        .select([
          'id',
          'patient_id',
          'series_id',
          'session_id',
          'scale',
          'scale_version',
          'concern',
          'timepoint',
          'rater',
          'rated_by',
          'rated_on',
          'note',
          'recorded_at',
        ])
        .select(sql<number>`score::float8`.as('score'))
        .select(sql<Date>`rated_on::timestamp AT TIME ZONE 'UTC'`.as('effective'))
        .orderBy('rated_on')
        .orderBy('id'),
    page,
  );
}

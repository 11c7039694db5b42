import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database';
import type { Page, SearchPage } from './search-page';
import { pageOf } from './search-page.repo';
import { criteriaWhere, dateIs, idIs, unrestricted, type Filters } from './search-filters.repo';
import type { SearchCriteria } from './search-params';

/** Read-only SQL over intake answers and clinical fields of the patient record, for the FHIR façade. */

export interface HistoryRow {
  id: string;
  patient_id: string;
  version: number;
  answers: unknown;
  entered_at: Date;
  source: 'staff' | 'patient';
}

const historyFilters: Filters = {
  _id: idIs('medical_history.id'),
  patient: idIs('medical_history.patient_id'),
  subject: idIs('medical_history.patient_id'),
  authored: dateIs('medical_history.entered_at', 'instant'),
  _lastUpdated: dateIs('medical_history.entered_at', 'instant'),
};

function historyQuery(db: Executor, clinicId: string, criteria: SearchCriteria, onlyPatient: string | null) {
  let query = db
    .selectFrom('medical_history')
    .where('medical_history.clinic_id', '=', clinicId)
    .where(criteriaWhere(criteria, historyFilters));
  if (onlyPatient !== null) query = query.where('medical_history.patient_id', '=', onlyPatient);
  else query = query.where(unrestricted('medical_history.patient_id'));
  return query;
}

const historyColumns = ['id', 'patient_id', 'version', 'answers', 'entered_at', 'source'] as const;

/** Every version of the intake answers (QuestionnaireResponse), newest first per patient. */
export async function searchHistories(
  db: Executor,
  clinicId: string,
  criteria: SearchCriteria,
  onlyPatient: string | null,
  page: Page,
): Promise<SearchPage<HistoryRow>> {
  return pageOf(
    historyQuery(db, clinicId, criteria, onlyPatient),
    (q) =>
      q
        .select([...historyColumns])
        .orderBy('patient_id')
        .orderBy('version', 'desc'),
    page,
  );
}

/**
 * The latest intake answers of the patients a search names, one row per patient, ordered by
 * patient: allergies and medicines are read from the current answers, not from old versions.
 */
export async function latestHistories(
  db: Executor,
  clinicId: string,
  criteria: SearchCriteria,
  onlyPatient: string | null,
  page: Page,
): Promise<SearchPage<HistoryRow>> {
  const latest = db
    .selectFrom('medical_history')
    .distinctOn('patient_id')
    .select([...historyColumns])
    .where('clinic_id', '=', clinicId)
    .orderBy('patient_id')
    .orderBy('version', 'desc')
    .as('latest');
  const patientFilter: Filters = { patient: idIs('latest.patient_id'), subject: idIs('latest.patient_id') };
  let query = db.selectFrom(latest).where(criteriaWhere(criteria, patientFilter));
  if (onlyPatient !== null) query = query.where('latest.patient_id', '=', onlyPatient);
  else query = query.where(unrestricted('latest.patient_id'));
  return pageOf(query, (q) => q.selectAll().orderBy('patient_id'), page);
}

export interface ClinicalFieldsRow {
  id: string;
  fitzpatrick_type: number | null;
  concerns: string[];
  updated_at: Date;
}

/** Concerns and the Fitzpatrick type recorded on patient records (Condition, Observation). */
export async function clinicalFields(
  db: Executor,
  clinicId: string,
  criteria: SearchCriteria,
  onlyPatient: string | null,
  page: Page,
  having: 'concerns' | 'fitzpatrick',
): Promise<SearchPage<ClinicalFieldsRow>> {
  const filters: Filters = {
    patient: idIs('patient.id'),
    subject: idIs('patient.id'),
    _lastUpdated: dateIs('patient.updated_at', 'instant'),
  };
  let query = db
    .selectFrom('patient')
    .where('clinic_id', '=', clinicId)
    .where('merged_into', 'is', null)
    .where(criteriaWhere(criteria, filters))
    .where(
      having === 'concerns'
        ? sql<boolean>`cardinality(concerns) > 0`
        : sql<boolean>`fitzpatrick_type IS NOT NULL`,
    );
  if (onlyPatient !== null) query = query.where('patient.id', '=', onlyPatient);
  else query = query.where(unrestricted('patient.id'));
  return pageOf(
    query,
    (q) => q.select(['id', 'fitzpatrick_type', 'concerns', 'updated_at']).orderBy('id'),
    page,
  );
}

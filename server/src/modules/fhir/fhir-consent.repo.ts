import { sql, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/database';
import type { Page, SearchPage } from './search-page';
import { pageOf } from './search-page.repo';
import {
  criteriaWhere,
  dateIs,
  idIs,
  sortOrder,
  unrestricted,
  type Filters,
  type SortColumns,
} from './search-filters.repo';
import type { SearchCriteria } from './search-params';

/** Read-only SQL over signed consents, for the FHIR façade; the PDF itself stays behind its own route. */

export interface ConsentRow {
  id: string;
  patient_id: string;
  treatment: 'microneedling' | 'rf_microneedling' | 'prp' | 'photography';
  title: string;
  signed_at: Date;
  withdrawn_at: Date | null;
  photo_scopes: unknown;
}

const consentFilters: Filters = {
  _id: idIs('signed_consent.id'),
  patient: idIs('signed_consent.patient_id'),
  date: dateIs('signed_consent.signed_at', 'instant'),
  // A withdrawn consent is `inactive`, every other signed one `active`.
  status: (value) =>
    value.kind === 'token' && value.code === 'active'
      ? sql<SqlBool>`signed_consent.withdrawn_at IS NULL`
      : value.kind === 'token' && value.code === 'inactive'
        ? sql<SqlBool>`signed_consent.withdrawn_at IS NOT NULL`
        : sql<SqlBool>`false`,
  _lastUpdated: dateIs('signed_consent.signed_at', 'instant'),
};

/** `_sort` names for Consent, each a fixed column. */
export const consentSorts: SortColumns = {
  date: 'signed_consent.signed_at',
  _lastUpdated: 'signed_consent.signed_at',
};

function consentQuery(db: Executor, clinicId: string, criteria: SearchCriteria, onlyPatient: string | null) {
  let query = db
    .selectFrom('signed_consent')
    .innerJoin('consent_template_version as version', (join) =>
      join
        .onRef('version.id', '=', 'signed_consent.template_version_id')
        .onRef('version.clinic_id', '=', 'signed_consent.clinic_id'),
    )
    .where('signed_consent.clinic_id', '=', clinicId)
    .where(criteriaWhere(criteria, consentFilters));
  if (onlyPatient !== null) query = query.where('signed_consent.patient_id', '=', onlyPatient);
  else query = query.where(unrestricted('signed_consent.patient_id'));
  return query;
}

export async function searchConsents(
  db: Executor,
  clinicId: string,
  criteria: SearchCriteria,
  onlyPatient: string | null,
  page: Page,
): Promise<SearchPage<ConsentRow>> {
  return pageOf(
    consentQuery(db, clinicId, criteria, onlyPatient),
    (q) =>
      q
        .select([
          'signed_consent.id',
          'signed_consent.patient_id',
          'signed_consent.treatment',
          'version.title',
          'signed_consent.signed_at',
          'signed_consent.withdrawn_at',
          'signed_consent.photo_scopes',
        ])
        .orderBy(sortOrder(page.sort, consentSorts, ['signed_consent.signed_at']))
        .orderBy('signed_consent.id'),
    page,
  );
}

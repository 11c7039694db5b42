import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database';
import {
  criteriaWhere,
  codeIs,
  dateIs,
  idIs,
  sortOrder,
  textMatches,
  unrestricted,
  type Filters,
  type SortColumns,
} from './search-filters.repo';
import type { SearchCriteria } from './search-params';
import type { Page, SearchPage } from './search-page';
import { pageOf } from './search-page.repo';

/** Read-only SQL over the patients module's tables, for the FHIR façade. */

const patientColumns = [
  'id',
  'given_name',
  'family_name',
  'date_of_birth',
  'sex',
  'email',
  'phone',
  'preferred_language',
  'address',
  'emergency_contact',
  'merged_into',
  'updated_at',
] as const;

export interface FhirPatientRow {
  id: string;
  given_name: string;
  family_name: string;
  date_of_birth: string;
  sex: 'female' | 'male' | 'other' | 'unknown';
  email: string | null;
  phone: string | null;
  preferred_language: string;
  address: string | null;
  emergency_contact: unknown;
  merged_into: string | null;
  updated_at: Date;
  version: number;
}

export const URI_SYSTEM = 'urn:ietf:rfc:3986';

const genders = new Set(['female', 'male', 'other', 'unknown']);

const patientFilters: Filters = {
  _id: idIs('patient.id'),
  identifier: idIs('patient.id', URI_SYSTEM),
  name: textMatches('patient.given_name', 'patient.family_name'),
  family: textMatches('patient.family_name'),
  given: textMatches('patient.given_name'),
  birthdate: dateIs('patient.date_of_birth', 'day'),
  email: codeIs('patient.email', { caseInsensitive: true }),
  phone: codeIs('patient.phone'),
  gender: codeIs('patient.sex', { map: (code) => (genders.has(code) ? code : null) }),
  _lastUpdated: dateIs('patient.updated_at', 'instant'),
};

/** `_sort` names for Patient, each a fixed column. */
export const patientSorts: SortColumns = {
  family: 'patient.family_name',
  given: 'patient.given_name',
  birthdate: 'patient.date_of_birth',
  _lastUpdated: 'patient.updated_at',
};

function patientQuery(db: Executor, clinicId: string, criteria: SearchCriteria, onlyPatient: string | null) {
  let query = db
    .selectFrom('patient')
    .where('patient.clinic_id', '=', clinicId)
    .where(criteriaWhere(criteria, patientFilters));
  if (onlyPatient !== null) query = query.where('patient.id', '=', onlyPatient);
  else query = query.where(unrestricted('patient.id'));
  return query;
}

export async function searchPatients(
  db: Executor,
  clinicId: string,
  criteria: SearchCriteria,
  onlyPatient: string | null,
  page: Page,
): Promise<SearchPage<FhirPatientRow>> {
  return pageOf(
    patientQuery(db, clinicId, criteria, onlyPatient),
    (q) =>
      q
        .select([...patientColumns, sql<number>`version`.as('version')])
        .orderBy(sortOrder(page.sort, patientSorts, ['patient.family_name', 'patient.given_name']))
        .orderBy('patient.id'),
    page,
  );
}

export const findPatient = (
  db: Executor,
  clinicId: string,
  patientId: string,
): Promise<FhirPatientRow | undefined> =>
  db
    .selectFrom('patient')
    .select([...patientColumns, sql<number>`version`.as('version')])
    .where('clinic_id', '=', clinicId)
    .where('id', '=', patientId)
    .where('restricted_at', 'is', null)
    .executeTakeFirst();

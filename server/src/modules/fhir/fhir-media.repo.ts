import { sql, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/database';
import type { Page, SearchPage } from './search-page';
import { pageOf } from './search-page.repo';
import { criteriaWhere, dateIs, idIs, unrestricted, type Filters } from './search-filters.repo';
import type { SearchCriteria } from './search-params';

/** Read-only SQL over clinical photos (metadata only: the bytes stay behind the photo routes). */

export interface MediaRow {
  id: string;
  patient_id: string;
  session_id: string | null;
  view: string;
  zone: string | null;
  taken_at: Date;
  source: 'clinic' | 'patient';
  uploaded_by: string;
  uploaded_at: Date;
  byte_size: number;
  width: number;
  height: number;
}

const mediaFilters: Filters = {
  _id: idIs('photo.id'),
  patient: idIs('photo.patient_id'),
  subject: idIs('photo.patient_id'),
  created: dateIs('photo.taken_at', 'instant'),
  _lastUpdated: dateIs('photo.uploaded_at', 'instant'),
};

/**
 * The patient's current choice for the clinical-record use of their photos (consent's
 * `photo_scope_event`, latest per scope, as `grantedPhotoScopes` reads it): photos leave
 * Corium over FHIR only while that use is granted.
 */
const clinicalUseGranted = sql<SqlBool>`(SELECT e.granted FROM photo_scope_event e
  WHERE e.clinic_id = photo.clinic_id AND e.patient_id = photo.patient_id AND e.scope = 'clinical_record'
  ORDER BY e.changed_at DESC, e.id DESC LIMIT 1) IS TRUE`;

function mediaQuery(db: Executor, clinicId: string, criteria: SearchCriteria, onlyPatient: string | null) {
  let query = db
    .selectFrom('photo')
    .where('photo.clinic_id', '=', clinicId)
    .where('photo.removed_at', 'is', null)
    .where(clinicalUseGranted)
    .where(criteriaWhere(criteria, mediaFilters));
  if (onlyPatient !== null) query = query.where('photo.patient_id', '=', onlyPatient);
  else query = query.where(unrestricted('photo.patient_id'));
  return query;
}

/** Photos not removed, of patients who let them be used for their clinical record, oldest first. */
export async function searchMedia(
  db: Executor,
  clinicId: string,
  criteria: SearchCriteria,
  onlyPatient: string | null,
  page: Page,
): Promise<SearchPage<MediaRow>> {
  return pageOf(
    mediaQuery(db, clinicId, criteria, onlyPatient),
    (q) =>
      q
        .select([
          'id',
          'patient_id',
          'session_id',
          'view',
          'zone',
          'taken_at',
          'source',
          'uploaded_by',
          'uploaded_at',
          'byte_size',
          'width',
          'height',
        ])
        .orderBy('taken_at')
        .orderBy('id'),
    page,
  );
}

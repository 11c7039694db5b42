import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database';
import type { Page, SearchPage } from './search-page';
import { pageOf } from './search-page.repo';
import { criteriaWhere, codeIs, idIs, type Filters } from './search-filters.repo';
import type { SearchCriteria } from './search-params';

/** Read-only SQL over the bookable people and rooms (Schedule) and the services they offer (Slot). */

export interface ScheduleRow {
  id: string;
  kind: 'practitioner' | 'room';
  name: string;
  active: boolean;
  location_ids: string[];
  /** Services a clinician performs; empty for a room (the services' roles decide). */
  service_ids: string[];
}

function schedulesQuery(db: Executor, clinicId: string) {
  const clinicians = db
    .selectFrom('app_user')
    .where('clinic_id', '=', clinicId)
    .where('role', 'in', ['medical_director', 'practitioner'])
    .select([
      'id',
      sql<ScheduleRow['kind']>`'practitioner'`.as('kind'),
      'display_name as name',
      sql<boolean>`disabled_at IS NULL`.as('active'),
      sql<string[]>`ARRAY(SELECT pl.location_id FROM practitioner_location pl
        WHERE pl.clinic_id = app_user.clinic_id AND pl.user_id = app_user.id ORDER BY pl.location_id)`.as(
        'location_ids',
      ),
      sql<string[]>`ARRAY(SELECT ps.service_id FROM practitioner_service ps
        WHERE ps.clinic_id = app_user.clinic_id AND ps.user_id = app_user.id ORDER BY ps.service_id)`.as(
        'service_ids',
      ),
    ]);
  const rooms = db
    .selectFrom('room')
    .where('clinic_id', '=', clinicId)
    .select([
      'id',
      sql<ScheduleRow['kind']>`'room'`.as('kind'),
      'name',
      'active',
      sql<string[]>`ARRAY[location_id]`.as('location_ids'),
      sql<string[]>`'{}'::uuid[]`.as('service_ids'),
    ]);
  return db.selectFrom(clinicians.unionAll(rooms).as('schedule'));
}

const scheduleFilters: Filters = {
  _id: idIs('schedule.id'),
  actor: idIs('schedule.id'),
  active: codeIs('schedule.active', { map: (code) => (code === 'true' || code === 'false' ? code : null) }),
};

/** One Schedule per clinician and per room: whose time a Slot is. */
export async function searchSchedules(
  db: Executor,
  clinicId: string,
  criteria: SearchCriteria,
  page: Page,
): Promise<SearchPage<ScheduleRow>> {
  const query = schedulesQuery(db, clinicId).where(criteriaWhere(criteria, scheduleFilters));
  return pageOf(query, (q) => q.selectAll().orderBy('kind').orderBy('name').orderBy('id'), page);
}

export interface BookableService {
  id: string;
  code: string;
  name: string;
}

/** Active services, all or those a token names (by code or id). */
export async function bookableServices(
  db: Executor,
  clinicId: string,
  codes: string[] | null,
): Promise<BookableService[]> {
  let query = db
    .selectFrom('service')
    .where('clinic_id', '=', clinicId)
    .where('active', '=', true)
    .select(['id', 'code', 'name']);
  if (codes !== null)
    query = query.where((eb) => eb.or([eb('code', 'in', codes), eb(sql`id::text`, 'in', codes)]));
  return query.orderBy('code').execute();
}

/** The clinic's locations (buildings), where availability is asked for when no schedule names one. */
export const locationIds = async (db: Executor, clinicId: string): Promise<string[]> =>
  (
    await db.selectFrom('location').where('clinic_id', '=', clinicId).select('id').orderBy('id').execute()
  ).map((r) => r.id);

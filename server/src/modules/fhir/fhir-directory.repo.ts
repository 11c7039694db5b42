import { sql, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/database';
import type { Page, SearchPage } from './search-page';
import { pageOf } from './search-page.repo';
import {
  criteriaWhere,
  codeIs,
  idIs,
  sortOrder,
  textMatches,
  type Filters,
  type SortColumns,
} from './search-filters.repo';
import type { SearchCriteria } from './search-params';

/** Read-only SQL over the clinic's people, places and equipment (identity and booking tables). */

export interface PractitionerRow {
  id: string;
  display_name: string;
  email: string;
  role: 'medical_director' | 'practitioner';
  disabled_at: Date | null;
  location_ids: string[];
}

/** `_sort` names for Practitioner and Location, each a fixed column. */
export const practitionerSorts: SortColumns = { name: 'app_user.display_name' };
export const placeSorts: SortColumns = { name: 'place.name' };

const practitionerFilters: Filters = {
  _id: idIs('app_user.id'),
  name: textMatches('app_user.display_name'),
  practitioner: idIs('app_user.id'),
  location: (value) =>
    sql<SqlBool>`EXISTS (SELECT 1 FROM practitioner_location pl WHERE pl.clinic_id = app_user.clinic_id
      AND pl.user_id = app_user.id AND ${idIs('pl.location_id')(value)})`,
};

/** Clinicians: the roles that perform treatments (Practitioner and PractitionerRole). */
export async function searchPractitioners(
  db: Executor,
  clinicId: string,
  criteria: SearchCriteria,
  page: Page,
): Promise<SearchPage<PractitionerRow>> {
  const query = db
    .selectFrom('app_user')
    .where('app_user.clinic_id', '=', clinicId)
    .where('app_user.role', 'in', ['medical_director', 'practitioner'])
    .where(criteriaWhere(criteria, practitionerFilters));
  return pageOf(
    query,
    (q) =>
      q
        .select(['id', 'display_name', 'email', 'disabled_at'])
        .select(sql<'medical_director' | 'practitioner'>`role`.as('role'))
        .select(
          sql<string[]>`ARRAY(SELECT pl.location_id FROM practitioner_location pl
          WHERE pl.clinic_id = app_user.clinic_id AND pl.user_id = app_user.id ORDER BY pl.location_id)`.as(
            'location_ids',
          ),
        )
        .orderBy(sortOrder(page.sort, practitionerSorts, ['app_user.display_name']))
        .orderBy('app_user.id'),
    page,
  );
}

export interface PlaceRow {
  id: string;
  name: string;
  /** Null for a location (a building), the location's id for a room in it. */
  part_of: string | null;
  address: string | null;
  time_zone: string | null;
  kind: 'treatment' | 'consult' | null;
  active: boolean;
}

/** Locations and their rooms in one list: a room is a Location `partOf` its building. */
function placesQuery(db: Executor, clinicId: string) {
  const locations = db
    .selectFrom('location')
    .where('clinic_id', '=', clinicId)
    .select([
      'id',
      'name',
      sql<string | null>`NULL::uuid`.as('part_of'),
      'address',
      sql<string | null>`time_zone`.as('time_zone'),
      sql<'treatment' | 'consult' | null>`NULL::text`.as('kind'),
      sql<boolean>`true`.as('active'),
    ]);
  const rooms = db
    .selectFrom('room')
    .where('clinic_id', '=', clinicId)
    .select([
      'id',
      'name',
      sql<string | null>`location_id`.as('part_of'),
      sql<string | null>`NULL::text`.as('address'),
      sql<string | null>`NULL::text`.as('time_zone'),
      sql<'treatment' | 'consult' | null>`kind`.as('kind'),
      'active',
    ]);
  return db.selectFrom(locations.unionAll(rooms).as('place'));
}

const placeFilters: Filters = {
  _id: idIs('place.id'),
  name: textMatches('place.name'),
  partof: idIs('place.part_of'),
};

export async function searchPlaces(
  db: Executor,
  clinicId: string,
  criteria: SearchCriteria,
  page: Page,
): Promise<SearchPage<PlaceRow>> {
  const query = placesQuery(db, clinicId).where(criteriaWhere(criteria, placeFilters));
  return pageOf(
    query,
    (q) =>
      q
        .selectAll()
        .orderBy(page.sort?.length ? sortOrder(page.sort, placeSorts, []) : sql`part_of NULLS FIRST, name`)
        .orderBy('id'),
    page,
  );
}

export interface EquipmentRow {
  id: string;
  /** `pen` and `rf_unit` are devices; `cartridge_lot` a lot of needle cartridges. */
  kind: 'pen' | 'rf_unit' | 'cartridge_lot';
  name: string;
  serial: string | null;
  lot_number: string | null;
  expires_on: string | null;
  status: 'in_service' | 'maintenance' | 'retired' | null;
  location_id: string | null;
}

function equipmentQuery(db: Executor, clinicId: string) {
  const devices = db
    .selectFrom('device')
    .where('clinic_id', '=', clinicId)
    .select([
      'id',
      sql<EquipmentRow['kind']>`kind`.as('kind'),
      sql<string>`model`.as('name'),
      sql<string | null>`serial`.as('serial'),
      sql<string | null>`NULL::text`.as('lot_number'),
      sql<string | null>`NULL::text`.as('expires_on'),
      sql<EquipmentRow['status']>`status`.as('status'),
      sql<string | null>`location_id`.as('location_id'),
    ]);
  const lots = db
    .selectFrom('stock_lot')
    .innerJoin('consumable_product as product', 'product.id', 'stock_lot.product_id')
    .where('stock_lot.clinic_id', '=', clinicId)
    .where('product.kind', '=', 'cartridge')
    .select([
      'stock_lot.id',
      sql<EquipmentRow['kind']>`'cartridge_lot'`.as('kind'),
      sql<string>`product.name || coalesce(' ' || product.needle_config, '')`.as('name'),
      sql<string | null>`NULL::text`.as('serial'),
      sql<string | null>`lot_number`.as('lot_number'),
      sql<string | null>`to_char(expires_on, 'YYYY-MM-DD')`.as('expires_on'),
      sql<EquipmentRow['status']>`NULL::text`.as('status'),
      sql<string | null>`NULL::uuid`.as('location_id'),
    ]);
  return db.selectFrom(devices.unionAll(lots).as('equipment'));
}

const equipmentFilters: Filters = {
  _id: idIs('equipment.id'),
  location: idIs('equipment.location_id'),
  type: codeIs('equipment.kind'),
};

/** Pens and RF units, and cartridge lots as Devices with a lot number and expiry date. */
export async function searchEquipment(
  db: Executor,
  clinicId: string,
  criteria: SearchCriteria,
  page: Page,
): Promise<SearchPage<EquipmentRow>> {
  const query = equipmentQuery(db, clinicId).where(criteriaWhere(criteria, equipmentFilters));
  return pageOf(query, (q) => q.selectAll().orderBy('kind').orderBy('name').orderBy('id'), page);
}

import { sql } from 'kysely';
import type { Executor, Trx } from '../../platform/db/database';
import type {
  SessionAnaestheticTable,
  SessionCartridgeTable,
  SessionTopicalTable,
  SessionZoneTable,
} from '../../platform/db/treatment-room-schema';
import type { Insertable } from 'kysely';

/** A chart's entries (anaesthetic, zones, cartridges, topicals) and the products and pens they name. */

export const anaestheticsOf = (db: Executor, clinicId: string, sessionId: string) =>
  db
    .selectFrom('session_anaesthetic as e')
    .innerJoin('consumable_product as p', 'p.id', 'e.product_id')
    .leftJoin('stock_lot as l', 'l.id', 'e.lot_id')
    .selectAll('e')
    .select(['p.name as product_name', 'p.strength', 'p.compounded', 'l.lot_number', 'l.expires_on'])
    .where('e.clinic_id', '=', clinicId)
    .where('e.session_id', '=', sessionId)
    .orderBy('e.applied_at')
    .orderBy('e.id')
    .execute();
export type AnaestheticRow = Awaited<ReturnType<typeof anaestheticsOf>>[number];

export const zonesOf = (db: Executor, clinicId: string, sessionId: string) =>
  db
    .selectFrom('session_zone as z')
    .leftJoin('consumable_product as g', 'g.id', 'z.glide_product_id')
    .leftJoin('app_user as o', 'o.id', 'z.depth_override_by')
    .selectAll('z')
    .select(['g.name as glide_name', 'o.display_name as override_by_name'])
    .where('z.clinic_id', '=', clinicId)
    .where('z.session_id', '=', sessionId)
    .orderBy('z.zone')
    .execute();
export type ZoneRow = Awaited<ReturnType<typeof zonesOf>>[number];

export const cartridgesOf = (db: Executor, clinicId: string, sessionId: string) =>
  db
    .selectFrom('session_cartridge as c')
    .innerJoin('consumable_product as p', 'p.id', 'c.product_id')
    .innerJoin('stock_lot as l', 'l.id', 'c.lot_id')
    .selectAll('c')
    .select(['p.name as product_name', 'l.lot_number', 'l.expires_on'])
    .where('c.clinic_id', '=', clinicId)
    .where('c.session_id', '=', sessionId)
    .orderBy('c.recorded_at')
    .orderBy('c.id')
    .execute();
export type CartridgeRow = Awaited<ReturnType<typeof cartridgesOf>>[number];

export const topicalsOf = (db: Executor, clinicId: string, sessionId: string) =>
  db
    .selectFrom('session_topical as t')
    .innerJoin('consumable_product as p', 'p.id', 't.product_id')
    .leftJoin('stock_lot as l', 'l.id', 't.lot_id')
    .selectAll('t')
    .select(['p.name as product_name', 'l.lot_number', 'l.expires_on'])
    .where('t.clinic_id', '=', clinicId)
    .where('t.session_id', '=', sessionId)
    .orderBy('t.recorded_at')
    .orderBy('t.id')
    .execute();
export type TopicalRow = Awaited<ReturnType<typeof topicalsOf>>[number];

export const insertAnaesthetic = (trx: Trx, row: Insertable<SessionAnaestheticTable>) =>
  trx.insertInto('session_anaesthetic').values(row).execute();

export const findAnaesthetic = (db: Executor, clinicId: string, sessionId: string, id: string) =>
  db
    .selectFrom('session_anaesthetic')
    .select(['id', 'zones', 'occluded', 'applied_at'])
    .where('clinic_id', '=', clinicId)
    .where('session_id', '=', sessionId)
    .where('id', '=', id)
    .executeTakeFirst();

export const setRemoval = (
  trx: Trx,
  clinicId: string,
  sessionId: string,
  id: string,
  removedAt: Date,
  warnings: string,
) =>
  trx
    .updateTable('session_anaesthetic')
    .set({ removed_at: removedAt, warnings })
    .where('clinic_id', '=', clinicId)
    .where('session_id', '=', sessionId)
    .where('id', '=', id)
    .execute();

/** One row per zone: charting a zone again corrects it (before signing). */
export const upsertZone = (trx: Trx, row: Insertable<SessionZoneTable>) =>
  trx
    .insertInto('session_zone')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['session_id', 'zone']).doUpdateSet((eb) => ({
        depth_mm: eb.ref('excluded.depth_mm'),
        passes: eb.ref('excluded.passes'),
        directions: eb.ref('excluded.directions'),
        pen_speed: eb.ref('excluded.pen_speed'),
        endpoint: eb.ref('excluded.endpoint'),
        stopped_reason: eb.ref('excluded.stopped_reason'),
        glide_product_id: eb.ref('excluded.glide_product_id'),
        cap_mm: eb.ref('excluded.cap_mm'),
        depth_override_by: eb.ref('excluded.depth_override_by'),
        depth_override_reason: eb.ref('excluded.depth_override_reason'),
        recorded_by: eb.ref('excluded.recorded_by'),
        recorded_at: eb.ref('excluded.recorded_at'),
      })),
    )
    .execute();

export const deleteZone = (trx: Trx, clinicId: string, sessionId: string, zone: string) =>
  trx
    .deleteFrom('session_zone')
    .where('clinic_id', '=', clinicId)
    .where('session_id', '=', sessionId)
    .where('zone', '=', zone)
    .executeTakeFirst();

export const insertCartridge = (trx: Trx, row: Insertable<SessionCartridgeTable>) =>
  trx.insertInto('session_cartridge').values(row).execute();

/** The session a cartridge serial of this product was charted on, if any. */
export const serialUse = (db: Executor, clinicId: string, productId: string, serial: string) =>
  db
    .selectFrom('session_cartridge')
    .select('session_id')
    .where('clinic_id', '=', clinicId)
    .where('product_id', '=', productId)
    .where('cartridge_serial', '=', serial)
    .executeTakeFirst();

export const deleteCartridge = (trx: Trx, clinicId: string, sessionId: string, id: string) =>
  trx
    .deleteFrom('session_cartridge')
    .where('clinic_id', '=', clinicId)
    .where('session_id', '=', sessionId)
    .where('id', '=', id)
    .returning(['lot_id', 'cartridge_serial'])
    .executeTakeFirst();

export const insertTopical = (trx: Trx, row: Insertable<SessionTopicalTable>) =>
  trx.insertInto('session_topical').values(row).execute();

export const deleteTopical = (trx: Trx, clinicId: string, sessionId: string, id: string) =>
  trx
    .deleteFrom('session_topical')
    .where('clinic_id', '=', clinicId)
    .where('session_id', '=', sessionId)
    .where('id', '=', id)
    .executeTakeFirst();

const productColumns = [
  'id',
  'kind',
  'name',
  'needle_config',
  'serialised',
  'sterile_for_needled_skin',
  'strength',
  'compounded',
  'active',
] as const;

export const findProduct = (db: Executor, clinicId: string, productId: string) =>
  db
    .selectFrom('consumable_product')
    .select(productColumns)
    .where('clinic_id', '=', clinicId)
    .where('id', '=', productId)
    .executeTakeFirst();
export type ProductRow = NonNullable<Awaited<ReturnType<typeof findProduct>>>;

export const activeProducts = (db: Executor, clinicId: string) =>
  db
    .selectFrom('consumable_product')
    .select(productColumns)
    .where('clinic_id', '=', clinicId)
    .where('active', '=', true)
    .orderBy('kind')
    .orderBy('name')
    .execute();

const deviceColumns = ['id', 'location_id', 'kind', 'model', 'serial', 'status'] as const;

export const findDevice = (db: Executor, clinicId: string, deviceId: string) =>
  db
    .selectFrom('device')
    .select(deviceColumns)
    .where('clinic_id', '=', clinicId)
    .where('id', '=', deviceId)
    .executeTakeFirst();
export type DeviceRow = NonNullable<Awaited<ReturnType<typeof findDevice>>>;

export const devicesAt = (db: Executor, clinicId: string, locationId: string) =>
  db
    .selectFrom('device')
    .select(deviceColumns)
    .where('clinic_id', '=', clinicId)
    .where('location_id', '=', locationId)
    .where('status', '!=', 'retired')
    .orderBy('kind')
    .orderBy(sql`lower(model)`)
    .orderBy('serial')
    .execute();

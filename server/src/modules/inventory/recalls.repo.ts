import { sql, type Insertable } from 'kysely';
import type { Executor, Trx } from '../../platform/db/database';
import type { RecallTable } from '../../platform/db/treatment-room-schema';

/** Recalls and the sessions they affect. */

const recallQuery = (db: Executor, clinicId: string) =>
  db
    .selectFrom('recall as r')
    .innerJoin('app_user as c', 'c.id', 'r.created_by')
    .leftJoin('app_user as n', 'n.id', 'r.notified_by')
    .leftJoin('stock_lot as l', 'l.id', 'r.lot_id')
    .leftJoin('consumable_product as p', 'p.id', 'l.product_id')
    .leftJoin('device as d', 'd.id', 'r.device_id')
    .select([
      'r.id',
      'r.kind',
      'r.lot_id',
      'r.device_id',
      sql<Date | null>`lower(r.affected)`.as('affected_from'),
      sql<Date | null>`upper(r.affected)`.as('affected_until'),
      'r.reason',
      'r.reference',
      'r.created_by',
      'c.display_name as created_by_name',
      'r.created_at',
      'r.notified_at',
      'r.notified_by',
      'n.display_name as notified_by_name',
      'l.lot_number',
      'l.expires_on',
      'p.name as product_name',
      'd.model as device_model',
      'd.serial as device_serial',
    ])
    .where('r.clinic_id', '=', clinicId);

export const listRecalls = (db: Executor, clinicId: string) =>
  recallQuery(db, clinicId).orderBy('r.created_at', 'desc').orderBy('r.id', 'desc').execute();
export type RecallRow = Awaited<ReturnType<typeof listRecalls>>[number];

export const findRecall = (db: Executor, clinicId: string, recallId: string) =>
  recallQuery(db, clinicId).where('r.id', '=', recallId).executeTakeFirst();

/** Serialises notifying: the second of two concurrent calls sees the first one's notified_at. */
export const lockRecall = (trx: Trx, clinicId: string, recallId: string) =>
  trx
    .selectFrom('recall')
    .select(['id', 'notified_at'])
    .where('clinic_id', '=', clinicId)
    .where('id', '=', recallId)
    .forUpdate()
    .executeTakeFirst();

export const recallOfLot = (db: Executor, clinicId: string, lotId: string) =>
  db
    .selectFrom('recall')
    .select('id')
    .where('clinic_id', '=', clinicId)
    .where('lot_id', '=', lotId)
    .executeTakeFirst();

export const recalledLotIds = (db: Executor, clinicId: string, lotIds: readonly string[]) =>
  lotIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('recall')
        .select('lot_id')
        .where('clinic_id', '=', clinicId)
        .where('lot_id', 'in', [...lotIds])
        .execute();

export const insertRecall = (trx: Trx, row: Insertable<RecallTable>) =>
  trx.insertInto('recall').values(row).execute();

/** A pen's affected period as PostgreSQL's half-open range `[from,until)`. */
export const affectedRange = (from: string, until: string): string => `[${from},${until})`;

export const markNotified = (trx: Trx, clinicId: string, recallId: string, by: string, at: Date) =>
  trx
    .updateTable('recall')
    .set({ notified_at: at, notified_by: by })
    .where('clinic_id', '=', clinicId)
    .where('id', '=', recallId)
    .execute();

export const findDevice = (db: Executor, clinicId: string, deviceId: string) =>
  db
    .selectFrom('device')
    .select(['id', 'model', 'serial'])
    .where('clinic_id', '=', clinicId)
    .where('id', '=', deviceId)
    .executeTakeFirst();

export const deviceRecalls = (db: Executor, clinicId: string, deviceIds: readonly string[]) =>
  deviceIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('recall')
        .select([
          'id',
          'device_id',
          sql<Date>`lower(affected)`.as('affected_from'),
          sql<Date>`upper(affected)`.as('affected_until'),
        ])
        .where('clinic_id', '=', clinicId)
        .where('device_id', 'in', [...deviceIds])
        .orderBy('created_at', 'desc')
        .execute();

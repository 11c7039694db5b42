import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database';

/**
 * Read-only SQL over the signed chart (treatment-room tables) and the patient's record: what the
 * aftercare plan and adverse-event records are built from. Aftercare never writes these tables.
 */

export const findSignedSession = (db: Executor, clinicId: string, sessionId: string) =>
  db
    .selectFrom('treatment_session as s')
    .innerJoin('patient as p', (j) =>
      j.onRef('p.id', '=', 's.patient_id').onRef('p.clinic_id', '=', 's.clinic_id'),
    )
    .innerJoin('clinic as c', 'c.id', 's.clinic_id')
    .innerJoin('app_user as u', 'u.id', 's.practitioner_id')
    .select([
      's.id',
      's.patient_id',
      's.practitioner_id',
      's.modality',
      's.device_id',
      's.started_at',
      's.signed_at',
      's.signed_by',
      'p.fitzpatrick_type',
      'p.preferred_language',
      'p.given_name',
      'c.name as clinic_name',
      'c.time_zone',
      'u.display_name as practitioner_name',
    ])
    .where('s.clinic_id', '=', clinicId)
    .where('s.id', '=', sessionId)
    .where('s.signed_at', 'is not', null)
    .executeTakeFirst();

export const sessionZones = (db: Executor, clinicId: string, sessionId: string) =>
  db
    .selectFrom('session_zone')
    .select(['zone', 'depth_mm'])
    .where('clinic_id', '=', clinicId)
    .where('session_id', '=', sessionId)
    .orderBy('zone')
    .execute();

/** Products put on the needled skin: the topicals, and the glide media of the zones. */
export const sessionTopicalNames = (db: Executor, clinicId: string, sessionId: string) =>
  db
    .selectFrom('session_topical as t')
    .innerJoin('consumable_product as p', 'p.id', 't.product_id')
    .select('p.name')
    .where('t.clinic_id', '=', clinicId)
    .where('t.session_id', '=', sessionId)
    .execute();

/** The cartridge and topical lots used in the session, with their products. */
export const sessionLots = (db: Executor, clinicId: string, sessionId: string) =>
  db
    .selectFrom('session_cartridge as sc')
    .innerJoin('stock_lot as l', 'l.id', 'sc.lot_id')
    .innerJoin('consumable_product as p', 'p.id', 'l.product_id')
    .select(['l.id as lot_id', 'l.lot_number', 'l.expires_on', 'p.name as product', 'p.manufacturer'])
    .select(sql<'cartridge' | 'topical'>`'cartridge'::text`.as('role'))
    .where('sc.clinic_id', '=', clinicId)
    .where('sc.session_id', '=', sessionId)
    .unionAll(
      db
        .selectFrom('session_topical as st')
        .innerJoin('stock_lot as l', 'l.id', 'st.lot_id')
        .innerJoin('consumable_product as p', 'p.id', 'l.product_id')
        .select(['l.id as lot_id', 'l.lot_number', 'l.expires_on', 'p.name as product', 'p.manufacturer'])
        .select(sql<'cartridge' | 'topical'>`'topical'::text`.as('role'))
        .where('st.clinic_id', '=', clinicId)
        .where('st.session_id', '=', sessionId),
    )
    .execute();

export const findDevice = (db: Executor, clinicId: string, deviceId: string) =>
  db
    .selectFrom('device')
    .select(['id', 'kind', 'model', 'serial'])
    .where('clinic_id', '=', clinicId)
    .where('id', '=', deviceId)
    .executeTakeFirst();

import type { Insertable } from 'kysely';
import type { Executor, Trx } from '../../platform/db/database';
import type { BreakGlassAccessTable } from '../../platform/db/privacy-schema';

export const insertAccess = (trx: Trx, row: Insertable<BreakGlassAccessTable>) =>
  trx.insertInto('break_glass_access').values(row).execute();

/** Whether the user holds an access to the patient that has not run out. */
export const hasOpenAccess = async (
  db: Executor,
  clinicId: string,
  userId: string,
  patientId: string,
  now: Date,
): Promise<boolean> =>
  (await db
    .selectFrom('break_glass_access')
    .select('id')
    .where('clinic_id', '=', clinicId)
    .where('user_id', '=', userId)
    .where('patient_id', '=', patientId)
    .where('opened_at', '<=', now)
    .where('expires_at', '>', now)
    .limit(1)
    .executeTakeFirst()) !== undefined;

const accesses = (db: Executor, clinicId: string) =>
  db
    .selectFrom('break_glass_access as a')
    .innerJoin('patient as p', (join) =>
      join.onRef('p.id', '=', 'a.patient_id').onRef('p.clinic_id', '=', 'a.clinic_id'),
    )
    .innerJoin('app_user as u', 'u.id', 'a.user_id')
    .leftJoin('app_user as r', 'r.id', 'a.reviewed_by')
    .select([
      'a.id',
      'a.patient_id',
      'p.given_name',
      'p.family_name',
      'u.display_name as user_name',
      'u.role',
      'a.reason',
      'a.restricted',
      'a.opened_at',
      'a.expires_at',
      'a.reviewed_at',
      'r.display_name as reviewed_by_name',
      'a.review_note',
    ])
    .where('a.clinic_id', '=', clinicId);

/** Those not yet reviewed first, then the reviewed ones; newest first within each. */
export const listForReview = (db: Executor, clinicId: string, limit: number) =>
  accesses(db, clinicId)
    .orderBy((eb) => eb.case().when('a.reviewed_at', 'is', null).then(0).else(1).end())
    .orderBy('a.opened_at', 'desc')
    .limit(limit)
    .execute();

export const findAccess = (db: Executor, clinicId: string, accessId: string) =>
  accesses(db, clinicId).where('a.id', '=', accessId).executeTakeFirst();

/** Marks it reviewed once; a second review changes nothing. Returns whether this one did. */
export const markReviewed = async (
  trx: Trx,
  clinicId: string,
  accessId: string,
  by: string,
  at: Date,
  note: string,
) =>
  Number(
    (
      await trx
        .updateTable('break_glass_access')
        .set({ reviewed_by: by, reviewed_at: at, review_note: note === '' ? null : note })
        .where('clinic_id', '=', clinicId)
        .where('id', '=', accessId)
        .where('reviewed_at', 'is', null)
        .executeTakeFirst()
    ).numUpdatedRows,
  ) > 0;

import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../../platform/db/database';
import type { AppUserTable } from '../../platform/db/schema';

export const findUserByEmail = (db: Executor, email: string) =>
  db.selectFrom('app_user').selectAll().where('email', '=', email).executeTakeFirst();

export const findUser = (db: Executor, clinicId: string, userId: string) =>
  db
    .selectFrom('app_user')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .where('id', '=', userId)
    .executeTakeFirst();

export const insertUser = (db: Executor, user: Insertable<AppUserTable>) =>
  db.insertInto('app_user').values(user).returningAll().executeTakeFirstOrThrow();

export const updateUser = (db: Executor, clinicId: string, userId: string, patch: Updateable<AppUserTable>) =>
  db
    .updateTable('app_user')
    .set(patch)
    .where('clinic_id', '=', clinicId)
    .where('id', '=', userId)
    .returningAll()
    .executeTakeFirst();

/** Staff with whether an invitation is still open (invited, never signed in). */
export const listStaff = (db: Executor, clinicId: string) =>
  db
    .selectFrom('app_user as u')
    .selectAll('u')
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('invitation as i')
            .whereRef('i.user_id', '=', 'u.id')
            .where('i.accepted_at', 'is', null),
        )
        .as('invited'),
    )
    .where('u.clinic_id', '=', clinicId)
    .where('u.role', '!=', 'patient')
    .orderBy('u.display_name')
    .execute();

export const findClinicName = (db: Executor, clinicId: string) =>
  db.selectFrom('clinic').select('name').where('id', '=', clinicId).executeTakeFirstOrThrow();

/** Marks a TOTP step used; only succeeds if no later step was used first (replay race). */
export const claimTotpStep = (db: Executor, clinicId: string, userId: string, step: number) =>
  db
    .updateTable('app_user')
    .set({ totp_last_step: String(step) })
    .where('clinic_id', '=', clinicId)
    .where('id', '=', userId)
    .where('totp_last_step', '<', String(step))
    .executeTakeFirst();

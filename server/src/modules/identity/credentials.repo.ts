import type { Insertable } from 'kysely';
import type { Executor } from '../../platform/db/database';
import type { ApiTokenTable, InvitationTable } from '../../platform/db/schema';

export const insertRecoveryCodes = (
  db: Executor,
  rows: { id: string; clinic_id: string; user_id: string; code_hash: string }[],
) => db.insertInto('recovery_code').values(rows).execute();

export const deleteRecoveryCodes = (db: Executor, clinicId: string, userId: string) =>
  db.deleteFrom('recovery_code').where('clinic_id', '=', clinicId).where('user_id', '=', userId).execute();

export const unusedRecoveryCodes = (db: Executor, clinicId: string, userId: string) =>
  db
    .selectFrom('recovery_code')
    .select(['id', 'code_hash'])
    .where('clinic_id', '=', clinicId)
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .execute();

/** Only succeeds once per code, even when two requests race. */
export const useRecoveryCode = (db: Executor, id: string, at: Date) =>
  db
    .updateTable('recovery_code')
    .set({ used_at: at })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();

export const insertInvitation = (db: Executor, row: Insertable<InvitationTable>) =>
  db.insertInto('invitation').values(row).execute();

export const findOpenInvitation = (db: Executor, tokenHash: Buffer, now: Date) =>
  db
    .selectFrom('invitation as i')
    .innerJoin('app_user as u', 'u.id', 'i.user_id')
    .innerJoin('clinic as c', 'c.id', 'i.clinic_id')
    .select([
      'i.id',
      'i.clinic_id',
      'i.user_id',
      'u.email',
      'u.display_name',
      'u.role',
      'c.name as clinic_name',
    ])
    .where('i.token_hash', '=', tokenHash)
    .where('i.accepted_at', 'is', null)
    .where('i.expires_at', '>', now)
    .where('u.disabled_at', 'is', null)
    .executeTakeFirst();

export const findInvitationForMail = (db: Executor, invitationId: string) =>
  db
    .selectFrom('invitation as i')
    .innerJoin('app_user as u', 'u.id', 'i.user_id')
    .innerJoin('clinic as c', 'c.id', 'i.clinic_id')
    .select(['u.email', 'u.display_name', 'c.name as clinic_name', 'i.accepted_at'])
    .where('i.id', '=', invitationId)
    .executeTakeFirst();

export const acceptInvitation = (db: Executor, id: string, at: Date) =>
  db
    .updateTable('invitation')
    .set({ accepted_at: at })
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .executeTakeFirst();

export const insertApiToken = (db: Executor, row: Insertable<ApiTokenTable>) =>
  db.insertInto('api_token').values(row).execute();

export const findApiTokenWithUser = (db: Executor, tokenHash: Buffer) =>
  db
    .selectFrom('api_token as t')
    .innerJoin('app_user as u', (join) =>
      join.onRef('u.id', '=', 't.user_id').onRef('u.clinic_id', '=', 't.clinic_id'),
    )
    .select([
      't.id as token_id',
      't.expires_at',
      't.revoked_at',
      't.last_used_at',
      'u.id as user_id',
      'u.clinic_id',
      'u.email',
      'u.display_name',
      'u.role',
      'u.is_prescriber',
    ])
    .where('t.token_hash', '=', tokenHash)
    .where('u.disabled_at', 'is', null)
    .executeTakeFirst();

export const markApiTokenUsed = (db: Executor, id: string, at: Date) =>
  db.updateTable('api_token').set({ last_used_at: at }).where('id', '=', id).execute();

export const listApiTokens = (db: Executor, clinicId: string) =>
  db
    .selectFrom('api_token as t')
    .innerJoin('app_user as u', 'u.id', 't.user_id')
    .select([
      't.id',
      't.name',
      't.created_at',
      't.expires_at',
      't.last_used_at',
      't.revoked_at',
      'u.id as user_id',
      'u.email',
      'u.role',
    ])
    .where('t.clinic_id', '=', clinicId)
    .orderBy('t.created_at', 'desc')
    .execute();

export const revokeApiToken = (db: Executor, clinicId: string, tokenId: string, at: Date) =>
  db
    .updateTable('api_token')
    .set({ revoked_at: at })
    .where('clinic_id', '=', clinicId)
    .where('id', '=', tokenId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();

export const findThrottles = (db: Executor, keys: string[]) =>
  db.selectFrom('auth_throttle').selectAll().where('key', 'in', keys).execute();

export const saveThrottle = (
  db: Executor,
  row: { key: string; failures: number; window_start: Date; blocked_until: Date | null },
) =>
  db
    .insertInto('auth_throttle')
    .values(row)
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: row.failures,
        window_start: row.window_start,
        blocked_until: row.blocked_until,
      }),
    )
    .execute();

export const clearThrottle = (db: Executor, key: string) =>
  db.deleteFrom('auth_throttle').where('key', '=', key).execute();

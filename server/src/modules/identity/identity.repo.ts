import type { Executor } from '../../platform/db/database';
import type { AppUserTable } from '../../platform/db/schema';
import type { Insertable } from 'kysely';

export const findUserByEmail = (db: Executor, email: string) =>
  db.selectFrom('app_user').selectAll().where('email', '=', email).executeTakeFirst();

export const insertUser = (db: Executor, user: Insertable<AppUserTable>) =>
  db.insertInto('app_user').values(user).returningAll().executeTakeFirstOrThrow();

export const insertSession = (
  db: Executor,
  session: {
    idHash: Buffer;
    clinicId: string;
    userId: string;
    now: Date;
    expiresAt: Date;
    ip: string;
    userAgent: string | null;
  },
) =>
  db
    .insertInto('user_session')
    .values({
      id_hash: session.idHash,
      clinic_id: session.clinicId,
      user_id: session.userId,
      expires_at: session.expiresAt,
      created_at: session.now,
      last_seen_at: session.now,
      ip: session.ip,
      user_agent: session.userAgent,
    })
    .execute();

/** The session with its user and clinic; disabled users' sessions are not found. */
export const findSessionWithUser = (db: Executor, idHash: Buffer) =>
  db
    .selectFrom('user_session as s')
    .innerJoin('app_user as u', (join) =>
      join.onRef('u.id', '=', 's.user_id').onRef('u.clinic_id', '=', 's.clinic_id'),
    )
    .innerJoin('clinic as c', 'c.id', 's.clinic_id')
    .select([
      's.created_at',
      's.last_seen_at',
      's.expires_at',
      'u.id as user_id',
      'u.clinic_id',
      'u.email',
      'u.display_name',
      'u.role',
      'c.name as clinic_name',
      'c.time_zone as clinic_time_zone',
    ])
    .where('s.id_hash', '=', idHash)
    .where('u.disabled_at', 'is', null)
    .executeTakeFirst();

export const touchSession = (db: Executor, idHash: Buffer, at: Date) =>
  db.updateTable('user_session').set({ last_seen_at: at }).where('id_hash', '=', idHash).execute();

export const deleteSession = (db: Executor, idHash: Buffer) =>
  db.deleteFrom('user_session').where('id_hash', '=', idHash).execute();

import type { Executor } from '../../platform/db/database';
import type { UserSessionTable } from '../../platform/db/schema';

export interface NewSession {
  idHash: Buffer;
  clinicId: string;
  userId: string;
  stage: UserSessionTable['stage'];
  csrfToken: string;
  now: Date;
  expiresAt: Date;
  ip: string;
  userAgent: string | null;
}

export const insertSession = (db: Executor, s: NewSession) =>
  db
    .insertInto('user_session')
    .values({
      id_hash: s.idHash,
      clinic_id: s.clinicId,
      user_id: s.userId,
      stage: s.stage,
      csrf_token: s.csrfToken,
      created_at: s.now,
      last_seen_at: s.now,
      expires_at: s.expiresAt,
      ip: s.ip,
      user_agent: s.userAgent,
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
      's.stage',
      's.csrf_token',
      'u.id as user_id',
      'u.clinic_id',
      'u.email',
      'u.display_name',
      'u.role',
      'u.is_prescriber',
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

/** Sign-out everywhere: after a role change, disabling, or a new password. */
export const deleteUserSessions = (db: Executor, clinicId: string, userId: string) =>
  db.deleteFrom('user_session').where('clinic_id', '=', clinicId).where('user_id', '=', userId).execute();

import type { InviteRequest, InviteResponse, Role, StaffUser, UpdateUserRequest } from '@corium/contracts';
import type { Deps } from '../../deps';
import { recordAudit } from '../../platform/audit/audit';
import { hashPassword } from '../../platform/auth/passwords';
import { assertAcceptablePassword } from '../../platform/auth/password-policy';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import { hashToken, newSecretToken } from '../../platform/auth/tokens';
import type { Executor } from '../../platform/db/database';
import { AppError } from '../../platform/errors/app-error';
import { newId } from '../../platform/ids';
import { enqueue } from '../../platform/jobs/outbox';
import * as credentials from './credentials.repo';
import { inviteStaffJob } from './identity.jobs';
import { toStaffUser } from './identity.mapper';
import * as sessions from './sessions.repo';
import * as users from './users.repo';

export interface NewUser {
  clinicId: string;
  email: string;
  displayName: string;
  role: Role;
  /** Absent for an invited user, who chooses one when accepting. */
  password?: string;
  isPrescriber?: boolean;
}

export interface CreatedUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
}

const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60_000;

/** Runs inside the caller's transaction (onboarding, invitations, the CLI, the demo seed). */
export async function createUser(db: Executor, input: NewUser): Promise<CreatedUser> {
  if (input.password !== undefined) assertAcceptablePassword(input.password, 'password');
  const row = await users.insertUser(db, {
    id: newId(),
    clinic_id: input.clinicId,
    email: input.email.toLowerCase(),
    display_name: input.displayName,
    role: input.role,
    is_prescriber: input.isPrescriber ?? input.role === 'medical_director',
    password_hash: input.password === undefined ? null : await hashPassword(input.password),
  });
  return { id: row.id, email: row.email, displayName: row.display_name, role: row.role };
}

export async function listStaff(deps: Deps, principal: Principal): Promise<StaffUser[]> {
  return (await users.listStaff(deps.db, principal.clinicId)).map(toStaffUser);
}

/** An account without a password, and a 7-day link (e-mailed, and shown to the admin) to set one. */
export async function inviteStaff(
  deps: Deps,
  principal: Principal,
  input: InviteRequest,
  meta: RequestMeta,
): Promise<InviteResponse> {
  const now = deps.clock.now();
  const token = newSecretToken();
  const expiresAt = new Date(now.getTime() + INVITATION_LIFETIME_MS);
  const inviteUrl = `${deps.config.publicUrl}/invite/${token}`;
  const userId = await deps.db.transaction().execute(async (trx) => {
    const user = await createUser(trx, { clinicId: principal.clinicId, ...input });
    const invitationId = newId();
    await credentials.insertInvitation(trx, {
      id: invitationId,
      clinic_id: principal.clinicId,
      user_id: user.id,
      token_hash: hashToken(token),
      created_by: principal.userId,
      expires_at: expiresAt,
    });
    await enqueue(
      trx,
      inviteStaffJob,
      { invitationId, inviteUrl },
      { clinicId: principal.clinicId, runAt: now },
    );
    await recordAudit(
      trx,
      actorOf(principal, meta),
      {
        action: 'create',
        resourceType: 'user',
        resourceId: user.id,
        details: { role: input.role, invited: true },
      },
      now,
    );
    return user.id;
  });
  const user = (await users.listStaff(deps.db, principal.clinicId)).find((u) => u.id === userId)!;
  return { user: toStaffUser(user), inviteUrl, expiresAt: expiresAt.toISOString() };
}

/**
 * Role, prescriber flag, disabled. Any change of privilege ends the user's sessions, so the
 * next request signs in again under the new rights. An admin cannot lock the clinic out.
 */
export async function updateStaff(
  deps: Deps,
  principal: Principal,
  userId: string,
  patch: UpdateUserRequest,
  meta: RequestMeta,
): Promise<StaffUser> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const user = await users.findUser(trx, principal.clinicId, userId);
    if (!user || user.role === 'patient') throw new AppError('NOT_FOUND', 'No such staff member');
    const losesAdmin =
      user.role === 'admin' && ((patch.role && patch.role !== 'admin') || patch.disabled === true);
    if (losesAdmin && (await countActiveAdmins(trx, principal.clinicId)) <= 1) {
      throw new AppError('CONFLICT', 'The clinic needs at least one active administrator');
    }
    const changes = {
      ...(patch.role ? { role: patch.role } : {}),
      ...(patch.isPrescriber !== undefined ? { is_prescriber: patch.isPrescriber } : {}),
      ...(patch.disabled !== undefined ? { disabled_at: patch.disabled ? now : null } : {}),
    };
    // An empty patch changes no privilege (and an empty SET is not SQL): the sessions stay.
    if (Object.keys(changes).length > 0) {
      await users.updateUser(trx, principal.clinicId, userId, changes);
      await sessions.deleteUserSessions(trx, principal.clinicId, userId);
    }
    await recordAudit(
      trx,
      actorOf(principal, meta),
      { action: 'update', resourceType: 'user', resourceId: userId, details: { ...patch } },
      now,
    );
  });
  return (await listStaff(deps, principal)).find((u) => u.id === userId)!;
}

async function countActiveAdmins(db: Executor, clinicId: string): Promise<number> {
  return (await users.listStaff(db, clinicId)).filter((u) => u.role === 'admin' && !u.disabled_at).length;
}

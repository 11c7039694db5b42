import type { CurrentUser, Role, SignInRequest } from '@corium/contracts';
import type { Deps } from '../../deps';
import { decoyHash, hashPassword, verifyPassword } from '../../platform/auth/passwords';
import type { Principal } from '../../platform/auth/policy';
import { hashToken, newSecretToken } from '../../platform/auth/tokens';
import type { Executor } from '../../platform/db/database';
import { AppError } from '../../platform/errors/app-error';
import { newId } from '../../platform/ids';
import * as repo from './identity.repo';
import { toCurrentUser, toPrincipal } from './identity.mapper';
import { ABSOLUTE_LIFETIME_MS, sessionState } from './session-rules';

export interface NewUser {
  clinicId: string;
  email: string;
  displayName: string;
  role: Role;
  password: string;
  isPrescriber?: boolean;
}

export interface CreatedUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
}

/** Runs inside the caller's transaction (onboarding, the CLI, the demo seed). */
export async function createUser(db: Executor, input: NewUser): Promise<CreatedUser> {
  const row = await repo.insertUser(db, {
    id: newId(),
    clinic_id: input.clinicId,
    email: input.email.toLowerCase(),
    display_name: input.displayName,
    role: input.role,
    is_prescriber: input.isPrescriber ?? input.role === 'medical_director',
    password_hash: await hashPassword(input.password),
  });
  return { id: row.id, email: row.email, displayName: row.display_name, role: row.role };
}

export interface SignedIn {
  token: string;
  current: CurrentUser;
}

export async function signIn(
  deps: Deps,
  input: SignInRequest,
  meta: { ip: string; userAgent: string | null },
): Promise<SignedIn> {
  const user = await repo.findUserByEmail(deps.db, input.email.toLowerCase());
  const ok = await verifyPassword(user?.password_hash ?? (await decoyHash), input.password);
  if (!user || !ok || user.disabled_at) {
    throw new AppError('UNAUTHENTICATED', 'The e-mail address or password is not right');
  }
  const token = newSecretToken();
  const now = deps.clock.now();
  await repo.insertSession(deps.db, {
    now,
    idHash: hashToken(token),
    clinicId: user.clinic_id,
    userId: user.id,
    expiresAt: new Date(now.getTime() + ABSOLUTE_LIFETIME_MS),
    ip: meta.ip,
    userAgent: meta.userAgent,
  });
  const session = await repo.findSessionWithUser(deps.db, hashToken(token));
  if (!session) throw new AppError('INTERNAL', 'The new session could not be read back');
  return { token, current: toCurrentUser(session) };
}

/** Who holds this session cookie, or null when it is unknown, idle too long or past its lifetime. */
export async function resolveSession(deps: Deps, token: string): Promise<Principal | null> {
  const idHash = hashToken(token);
  const row = await repo.findSessionWithUser(deps.db, idHash);
  if (!row) return null;
  const now = deps.clock.now();
  const state = sessionState(
    row.role,
    { createdAt: row.created_at, lastSeenAt: row.last_seen_at, expiresAt: row.expires_at },
    now,
  );
  if (state === 'expired') {
    await repo.deleteSession(deps.db, idHash);
    return null;
  }
  if (state === 'active-touch') await repo.touchSession(deps.db, idHash, now);
  return toPrincipal(row);
}

export async function currentUser(deps: Deps, token: string): Promise<CurrentUser> {
  const row = await repo.findSessionWithUser(deps.db, hashToken(token));
  if (!row) throw new AppError('UNAUTHENTICATED', 'Please sign in');
  return toCurrentUser(row);
}

export async function signOut(deps: Deps, token: string | undefined): Promise<void> {
  if (token) await repo.deleteSession(deps.db, hashToken(token));
}

import type { Role } from '@corium/contracts';
import type { Deps } from '../../deps';
import type { RequestMeta, SessionAuth, SessionStage } from '../../platform/auth/policy';
import { hashToken, newSecretToken } from '../../platform/auth/tokens';
import type { Executor } from '../../platform/db/database';
import { toPrincipal } from './identity.mapper';
import * as sessions from './sessions.repo';
import { sessionState } from './session-rules';

/** A sign-in step that half-completes expires sooner: 10 minutes to enter the TOTP code. */
const STEP_LIFETIME_MS = 10 * 60_000;

export interface StartedSession {
  token: string;
  auth: SessionAuth;
}

export interface SessionUser {
  id: string;
  clinic_id: string;
  email: string;
  display_name: string;
  role: Role;
  is_prescriber: boolean;
}

/**
 * A new session with a fresh random id, at every step of a sign-in: an id planted before
 * sign-in (session fixation) is never promoted, and the previous one is deleted.
 */
export async function startSession(
  db: Executor,
  deps: Deps,
  user: SessionUser,
  stage: SessionStage,
  meta: RequestMeta,
  previousToken: string | undefined,
): Promise<StartedSession> {
  if (previousToken) await sessions.deleteSession(db, hashToken(previousToken));
  const token = newSecretToken();
  const csrfToken = newSecretToken();
  const now = deps.clock.now();
  const lifetime = stage === 'full' ? deps.config.sessions.absoluteMs : STEP_LIFETIME_MS;
  await sessions.insertSession(db, {
    idHash: hashToken(token),
    clinicId: user.clinic_id,
    userId: user.id,
    stage,
    csrfToken,
    now,
    expiresAt: new Date(now.getTime() + lifetime),
    ip: meta.ip,
    userAgent: meta.userAgent,
  });
  return { token, auth: { token, stage, csrfToken, principal: toPrincipal({ ...user, user_id: user.id }) } };
}

/** Who holds this session cookie, or null when it is unknown, idle too long or past its lifetime. */
export async function resolveSession(deps: Deps, token: string): Promise<SessionAuth | null> {
  const idHash = hashToken(token);
  const row = await sessions.findSessionWithUser(deps.db, idHash);
  if (!row) return null;
  const now = deps.clock.now();
  const times = { createdAt: row.created_at, lastSeenAt: row.last_seen_at, expiresAt: row.expires_at };
  const state = sessionState(row.role, times, now, deps.config.sessions);
  if (state === 'expired') {
    await sessions.deleteSession(deps.db, idHash);
    return null;
  }
  if (state === 'active-touch') await sessions.touchSession(deps.db, idHash, now);
  return { token, stage: row.stage, csrfToken: row.csrf_token, principal: toPrincipal(row) };
}

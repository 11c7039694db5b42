import type { SessionState, SignInRequest } from '@corium/contracts';
import type { Deps } from '../../deps';
import { recordAudit, type AuditActor } from '../../platform/audit/audit';
import { decoyHash, verifyPassword } from '../../platform/auth/passwords';
import type { RequestMeta, SessionAuth } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import { hashToken } from '../../platform/auth/tokens';
import { AppError } from '../../platform/errors/app-error';
import { toSessionState } from './identity.mapper';
import { startSession } from './sessions';
import * as sessions from './sessions.repo';
import { assertNotThrottled, clearFailures, recordFailure } from './throttle';
import { rules } from './throttle-rules';
import * as users from './users.repo';

export interface SessionResult {
  state: SessionState;
  /** A new session cookie to set, when the sign-in moved to a new session. */
  sessionToken?: string;
}

const actorFor = (
  user: { id: string; clinic_id: string; role: string } | undefined,
  meta: RequestMeta,
): AuditActor => ({
  clinicId: user?.clinic_id ?? null,
  userId: user?.id ?? null,
  role: user?.role ?? null,
  tokenId: null,
  ip: meta.ip,
  requestId: meta.requestId,
});

/**
 * Password step. Patients are signed in; staff continue to their TOTP step (enrolment at
 * their first sign-in). Wrong e-mail and wrong password answer the same, in the same time.
 */
export async function signIn(
  deps: Deps,
  input: SignInRequest,
  meta: RequestMeta,
  previousToken: string | undefined,
): Promise<SessionResult> {
  const email = input.email.toLowerCase();
  const keys = [
    { key: `account:${email}`, rule: rules.account },
    { key: `ip:${meta.ip}`, rule: rules.ip },
  ];
  const now = deps.clock.now();
  await assertNotThrottled(deps.db, keys, now);
  const user = await users.findUserByEmail(deps.db, email);
  const passwordOk = await verifyPassword(user?.password_hash ?? (await decoyHash), input.password);
  const ok = user !== undefined && passwordOk && user.disabled_at === null;
  const result = await deps.db.transaction().execute(async (trx) => {
    const event = { action: 'sign_in' as const, resourceType: 'session', details: { email } };
    if (!ok) {
      await recordFailure(trx, keys, now);
      await recordAudit(trx, actorFor(user, meta), { ...event, outcome: 'failure' }, now);
      return null;
    }
    await clearFailures(trx, keys[0]!.key);
    const stage = user.role === 'patient' ? 'full' : user.totp_enrolled_at ? 'totp' : 'totp_enrolment';
    const started = await startSession(trx, deps, user, stage, meta, previousToken);
    await recordAudit(trx, actorFor(user, meta), { ...event, details: { email, stage } }, now);
    return started;
  });
  if (!result) throw new AppError('UNAUTHENTICATED', 'The e-mail address or password is not right');
  return { state: await describeSession(deps, result.auth), sessionToken: result.token };
}

/** The SessionState for a session (with the user and clinic once fully signed in). */
export async function describeSession(deps: Deps, session: SessionAuth | null): Promise<SessionState> {
  if (!session || session.stage !== 'full') return toSessionState(session);
  const row = await sessions.findSessionWithUser(deps.db, hashToken(session.token));
  return row ? toSessionState(session, row) : { state: 'signed_out' };
}

export async function signOut(deps: Deps, session: SessionAuth | null, meta: RequestMeta): Promise<void> {
  if (!session) return;
  await deps.db.transaction().execute(async (trx) => {
    await sessions.deleteSession(trx, hashToken(session.token));
    await recordAudit(
      trx,
      actorOf(session.principal, meta),
      { action: 'sign_out', resourceType: 'session' },
      deps.clock.now(),
    );
  });
}

import type { InvitationDetails } from '@corium/contracts';
import type { Deps } from '../../deps';
import { recordAudit } from '../../platform/audit/audit';
import { hashPassword } from '../../platform/auth/passwords';
import { assertAcceptablePassword } from '../../platform/auth/password-policy';
import type { RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import { hashToken } from '../../platform/auth/tokens';
import { AppError } from '../../platform/errors/app-error';
import * as credentials from './credentials.repo';
import { describeSession, type SessionResult } from './sign-in.service';
import { startSession } from './sessions';
import * as users from './users.repo';

const notFound = (): AppError =>
  new AppError(
    'NOT_FOUND',
    'This invitation link is not valid any more; ask your administrator for a new one',
  );

export async function getInvitation(deps: Deps, token: string): Promise<InvitationDetails> {
  const invitation = await credentials.findOpenInvitation(deps.db, hashToken(token), deps.clock.now());
  if (!invitation) throw notFound();
  return {
    email: invitation.email,
    displayName: invitation.display_name,
    role: invitation.role,
    clinicName: invitation.clinic_name,
  };
}

/** Sets the invited user's password and continues straight to TOTP enrolment. */
export async function acceptInvitation(
  deps: Deps,
  token: string,
  password: string,
  meta: RequestMeta,
  previousToken: string | undefined,
): Promise<SessionResult> {
  assertAcceptablePassword(password, 'password');
  const passwordHash = await hashPassword(password);
  const now = deps.clock.now();
  const started = await deps.db.transaction().execute(async (trx) => {
    const invitation = await credentials.findOpenInvitation(trx, hashToken(token), now);
    if (!invitation || !(await credentials.acceptInvitation(trx, invitation.id, now)).numUpdatedRows)
      throw notFound();
    const user = await users.updateUser(trx, invitation.clinic_id, invitation.user_id, {
      password_hash: passwordHash,
    });
    if (!user) throw notFound();
    const session = await startSession(trx, deps, user, 'totp_enrolment', meta, previousToken);
    await recordAudit(
      trx,
      actorOf(session.auth.principal, meta),
      {
        action: 'update',
        resourceType: 'user',
        resourceId: user.id,
        details: { change: 'invitation_accepted' },
      },
      now,
    );
    return session;
  });
  return { state: await describeSession(deps, started.auth), sessionToken: started.token };
}

import type { ApiToken } from '@corium/contracts';
import type { Deps } from '../../deps';
import { recordAudit, type AuditActor } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import { hashToken, newSecretToken } from '../../platform/auth/tokens';
import { AppError } from '../../platform/errors/app-error';
import { newId } from '../../platform/ids';
import * as credentials from './credentials.repo';
import { toPrincipal } from './identity.mapper';
import * as users from './users.repo';

/** `corium token create`: the token is printed once; only its hash is kept. */
export async function createApiToken(
  deps: Deps,
  input: { email: string; name: string; expiresInDays: number | null },
): Promise<{ token: string; expiresAt: Date | null }> {
  const user = await users.findUserByEmail(deps.db, input.email.toLowerCase());
  if (!user || user.disabled_at) throw new AppError('NOT_FOUND', `No active user ${input.email}`);
  const now = deps.clock.now();
  const token = `crm_${newSecretToken()}`;
  const expiresAt =
    input.expiresInDays === null ? null : new Date(now.getTime() + input.expiresInDays * 86_400_000);
  const id = newId();
  await deps.db.transaction().execute(async (trx) => {
    await credentials.insertApiToken(trx, {
      id,
      clinic_id: user.clinic_id,
      user_id: user.id,
      name: input.name,
      token_hash: hashToken(token),
      expires_at: expiresAt,
    });
    const actor: AuditActor = {
      clinicId: user.clinic_id,
      userId: null,
      role: 'cli',
      tokenId: null,
      ip: null,
      requestId: null,
    };
    await recordAudit(
      trx,
      actor,
      { action: 'create', resourceType: 'api_token', resourceId: id, details: { user: user.email } },
      now,
    );
  });
  return { token, expiresAt };
}

/**
 * "Last used" is kept to the minute: writing it on every request made each call of a busy
 * integration a durable write, and its concurrent requests queued on that one row's lock.
 */
const LAST_USED_RESOLUTION_MS = 60_000;

/** A bearer token acts as its user, with that user's role, until it expires or is revoked. */
export async function resolveApiToken(deps: Deps, token: string): Promise<Principal | null> {
  const row = await credentials.findApiTokenWithUser(deps.db, hashToken(token));
  const now = deps.clock.now();
  if (!row || row.revoked_at || (row.expires_at && row.expires_at <= now)) return null;
  const lastUsed = row.last_used_at?.getTime() ?? Number.NEGATIVE_INFINITY;
  if (now.getTime() - lastUsed >= LAST_USED_RESOLUTION_MS)
    await credentials.markApiTokenUsed(deps.db, row.token_id, now);
  return toPrincipal(row, row.token_id);
}

export async function listApiTokens(deps: Deps, principal: Principal): Promise<ApiToken[]> {
  const rows = await credentials.listApiTokens(deps.db, principal.clinicId);
  const iso = (d: Date | null): string | null => d?.toISOString() ?? null;
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    user: { id: r.user_id, email: r.email, role: r.role },
    createdAt: r.created_at.toISOString(),
    expiresAt: iso(r.expires_at),
    lastUsedAt: iso(r.last_used_at),
    revokedAt: iso(r.revoked_at),
  }));
}

export async function revokeApiToken(
  deps: Deps,
  principal: Principal,
  tokenId: string,
  meta: RequestMeta,
): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const revoked = await credentials.revokeApiToken(trx, principal.clinicId, tokenId, now);
    if (!revoked.numUpdatedRows) throw new AppError('NOT_FOUND', 'No such active token');
    await recordAudit(
      trx,
      actorOf(principal, meta),
      { action: 'delete', resourceType: 'api_token', resourceId: tokenId },
      now,
    );
  });
}

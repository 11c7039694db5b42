import { sql } from 'kysely';
import type { Executor } from '../db/database';
import { newId } from '../ids';
import { auditHash, GENESIS_HASH, type HashedEvent } from './audit-hash';

export type AuditAction =
  | 'read'
  | 'search'
  | 'create'
  | 'update'
  | 'delete'
  | 'export'
  | 'print'
  | 'sign_in'
  | 'sign_out'
  | 'access_denied';

/** Who did it and from where: taken from the request by `auditActor(request)`. */
export interface AuditActor {
  clinicId: string | null;
  userId: string | null;
  role: string | null;
  tokenId: string | null;
  ip: string | null;
  requestId: string | null;
}

export interface AuditEvent {
  action: AuditAction;
  resourceType: string;
  resourceId?: string | null;
  /** Every patient whose data was touched; for a search, every patient in the result. */
  patientIds?: string[];
  outcome?: 'success' | 'denied' | 'failure';
  details?: Record<string, unknown>;
}

/** Events without a clinic (an unknown e-mail at sign-in) share this chain. */
export const SYSTEM_CHAIN = '00000000-0000-0000-0000-000000000000';

/**
 * Appends one event to its clinic's hash chain, inside the caller's transaction: if the audit
 * write fails, the change or the read it records fails with it. The advisory lock orders
 * concurrent writers of the same chain.
 */
export async function recordAudit(
  trx: Executor,
  actor: AuditActor,
  event: AuditEvent,
  now: Date,
): Promise<void> {
  const chain = actor.clinicId ?? SYSTEM_CHAIN;
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${chain}, 7042025))`.execute(trx);
  const last = await trx
    .selectFrom('audit_event')
    .select(['seq', 'hash'])
    .where('chain', '=', chain)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const e = hashedEvent(chain, last ? BigInt(last.seq) + 1n : 1n, actor, event, now);
  const prevHash = last?.hash ?? GENESIS_HASH;
  await trx
    .insertInto('audit_event')
    .values({
      id: e.id,
      chain,
      seq: e.seq,
      clinic_id: e.clinicId,
      occurred_at: e.occurredAt,
      actor_user_id: e.actorUserId,
      actor_role: e.actorRole,
      actor_token_id: e.actorTokenId,
      action: e.action,
      resource_type: e.resourceType,
      resource_id: e.resourceId,
      patient_ids: e.patientIds,
      outcome: e.outcome,
      ip: e.ip,
      request_id: e.requestId,
      details: JSON.stringify(e.details),
      prev_hash: prevHash,
      hash: auditHash(prevHash, e),
    })
    .execute();
}

function hashedEvent(
  chain: string,
  seq: bigint,
  actor: AuditActor,
  event: AuditEvent,
  now: Date,
): HashedEvent {
  return {
    id: newId(),
    chain,
    seq: String(seq),
    clinicId: actor.clinicId,
    occurredAt: now,
    actorUserId: actor.userId,
    actorRole: actor.role,
    actorTokenId: actor.tokenId,
    action: event.action,
    resourceType: event.resourceType,
    resourceId: event.resourceId ?? null,
    patientIds: event.patientIds ?? [],
    outcome: event.outcome ?? 'success',
    ip: actor.ip,
    requestId: actor.requestId,
    details: event.details ?? {},
  };
}

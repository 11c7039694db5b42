import type { Selectable } from 'kysely';
import type { Db } from '../db/database';
import type { AuditEventTable } from '../db/schema';
import { auditHash, GENESIS_HASH } from './audit-hash';

export interface ChainReport {
  checked: number;
  /** The first event whose stored hashes do not match its content or its predecessor. */
  firstBroken: { chain: string; seq: string; id: string; reason: string } | null;
}

const BATCH = 1000;

/** Recomputes every chain from its first event; stops at the first broken link. */
export async function verifyAuditChains(db: Db): Promise<ChainReport> {
  const chains = await db.selectFrom('audit_event').select('chain').distinct().execute();
  let checked = 0;
  for (const { chain } of chains) {
    let prevHash: Buffer = GENESIS_HASH;
    let expectedSeq = 1n;
    for (let afterSeq = '0'; ;) {
      const rows = await db
        .selectFrom('audit_event')
        .selectAll()
        .where('chain', '=', chain)
        .where('seq', '>', afterSeq)
        .orderBy('seq')
        .limit(BATCH)
        .execute();
      if (rows.length === 0) break;
      for (const row of rows) {
        const reason = brokenReason(row, prevHash, expectedSeq);
        if (reason) return { checked, firstBroken: { chain, seq: row.seq, id: row.id, reason } };
        prevHash = row.hash;
        expectedSeq += 1n;
        checked += 1;
      }
      afterSeq = rows[rows.length - 1]!.seq;
    }
  }
  return { checked, firstBroken: null };
}

function brokenReason(
  row: Selectable<AuditEventTable>,
  prevHash: Buffer,
  expectedSeq: bigint,
): string | null {
  if (BigInt(row.seq) !== expectedSeq)
    return `sequence jumps to ${row.seq} (expected ${expectedSeq}): an event is missing`;
  if (!row.prev_hash.equals(prevHash)) return 'prev_hash does not match the previous event';
  const recomputed = auditHash(prevHash, {
    id: row.id,
    chain: row.chain,
    seq: row.seq,
    clinicId: row.clinic_id,
    occurredAt: row.occurred_at,
    actorUserId: row.actor_user_id,
    actorRole: row.actor_role,
    actorTokenId: row.actor_token_id,
    action: row.action,
    resourceType: row.resource_type,
    resourceId: row.resource_id,
    patientIds: row.patient_ids,
    outcome: row.outcome,
    ip: row.ip,
    requestId: row.request_id,
    details: row.details,
  });
  return recomputed.equals(row.hash) ? null : 'the event was changed after it was written';
}

import { createHash } from 'node:crypto';

/** The fields an audit event's hash covers, in a fixed order. */
export interface HashedEvent {
  id: string;
  chain: string;
  seq: string;
  clinicId: string | null;
  occurredAt: Date;
  actorUserId: string | null;
  actorRole: string | null;
  actorTokenId: string | null;
  action: string;
  resourceType: string;
  resourceId: string | null;
  patientIds: string[];
  outcome: 'success' | 'denied' | 'failure';
  ip: string | null;
  requestId: string | null;
  details: unknown;
}

/** The first event of a chain points at 32 zero bytes. */
export const GENESIS_HASH = Buffer.alloc(32);

/**
 * hash = SHA-256(previous hash ‖ canonical JSON of the event). Canonical means fixed field order
 * and object keys sorted, so the JSON that PostgreSQL's jsonb hands back hashes the same.
 */
export function auditHash(prevHash: Buffer, e: HashedEvent): Buffer {
  const canonical = stableStringify([
    e.id,
    e.chain,
    e.seq,
    e.clinicId,
    e.occurredAt.toISOString(),
    e.actorUserId,
    e.actorRole,
    e.actorTokenId,
    e.action,
    e.resourceType,
    e.resourceId,
    [...e.patientIds].sort(),
    e.outcome,
    e.ip,
    e.requestId,
    e.details,
  ]);
  return createHash('sha256').update(prevHash).update(canonical).digest();
}

export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

import { sql } from 'kysely';
import type { Executor, Trx } from '../../../platform/db/database';

/** The clinic's newest rule-set version, or undefined while it screens with Corium's default. */
export function latestRuleSet(db: Executor, clinicId: string) {
  return db
    .selectFrom('screening_rule_set')
    .select(['id', 'version', 'rule_set'])
    .where('clinic_id', '=', clinicId)
    .orderBy('revision', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * Orders the clinic's rule-set edits: the second of two simultaneous saves waits, then sees
 * the first one's version as current. An advisory lock, so that no clinic row is locked against
 * everything else that references it.
 */
export async function lockClinicRuleSets(trx: Trx, clinicId: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${clinicId}, 20261126))`.execute(trx);
}

export interface NewRuleSetVersion {
  id: string;
  clinicId: string;
  revision: number;
  version: string;
  basedOn: string;
  ruleSet: unknown;
  changes: unknown[];
  reason: string;
  createdBy: string;
  at: Date;
}

export const insertRuleSetVersion = (trx: Trx, row: NewRuleSetVersion) =>
  trx
    .insertInto('screening_rule_set')
    .values({
      id: row.id,
      clinic_id: row.clinicId,
      revision: row.revision,
      version: row.version,
      based_on: row.basedOn,
      rule_set: JSON.stringify(row.ruleSet),
      changes: JSON.stringify(row.changes),
      reason: row.reason,
      created_by: row.createdBy,
      created_at: row.at,
    })
    .execute();

/** Every version the clinic saved, newest first, with who saved it. */
export const ruleSetVersions = (db: Executor, clinicId: string) =>
  db
    .selectFrom('screening_rule_set as r')
    .innerJoin('app_user as u', 'u.id', 'r.created_by')
    .select([
      'r.revision',
      'r.version',
      'r.based_on',
      'r.changes',
      'r.reason',
      'r.created_by',
      'r.created_at',
      'u.display_name',
    ])
    .where('r.clinic_id', '=', clinicId)
    .orderBy('r.revision', 'desc')
    .execute();
export type RuleSetVersionRow = Awaited<ReturnType<typeof ruleSetVersions>>[number];

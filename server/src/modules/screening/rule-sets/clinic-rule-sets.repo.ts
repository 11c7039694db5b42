import type { Executor } from '../../../platform/db/database';

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

import type { Executor } from '../../../platform/db/database';
import { latestRuleSet } from './clinic-rule-sets.repo';
import { defaultRuleSet } from './default-rule-set';
import { parseRuleSet, type RuleSet } from './rule-set.schema';

// Stored versions never change (the table is append-only), so each is parsed once per process.
const parsed = new Map<string, RuleSet>();

/**
 * The rule set a clinic screens with now: its medical director's latest version, or Corium's
 * default until one is saved. Read inside the caller's transaction, so a screening and the
 * version it reports are consistent.
 */
export async function currentRuleSet(db: Executor, clinicId: string): Promise<RuleSet> {
  const row = await latestRuleSet(db, clinicId);
  if (!row) return defaultRuleSet;
  let ruleSet = parsed.get(row.id);
  if (!ruleSet) {
    ruleSet = parseRuleSet(row.rule_set);
    parsed.set(row.id, ruleSet);
  }
  return ruleSet;
}

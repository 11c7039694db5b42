import type { RuleSet } from './rule-set.schema';

/**
 * The version a screening result reports for `ruleSet` (`corium-default-2026.11`,
 * `clinic-2026.11-r2`): id and version, as the engine's compile step writes `ruleSetVersion`.
 * Stored as `screening_rule_set.version`, and what a change request's `basedOn` names.
 */
export const reportedVersion = (ruleSet: Pick<RuleSet, 'id' | 'version'>): string =>
  `${ruleSet.id}-${ruleSet.version}`;

/** The id every clinic-edited rule set carries; its version says which default it grew from. */
export const CLINIC_RULE_SET_ID = 'clinic';

/**
 * The rule-set `version` of a clinic's revision: the Corium default's version it grew from and
 * the revision number. Corium default 2026.11 → `2026.11-r1`; `2026.11-r1` → `2026.11-r2`.
 */
export function clinicVersion(base: Pick<RuleSet, 'id' | 'version'>, revision: number): string {
  const origin = base.id === CLINIC_RULE_SET_ID ? base.version.replace(/-r\d+$/, '') : base.version;
  return `${origin}-r${revision}`;
}

/** 0 for Corium's default; a clinic version's number (`2026.11-r3` → 3). */
export function revisionOf(ruleSet: Pick<RuleSet, 'id' | 'version'>): number {
  if (ruleSet.id !== CLINIC_RULE_SET_ID) return 0;
  const match = /-r(\d+)$/.exec(ruleSet.version);
  if (!match) throw new Error(`A clinic rule set without a revision: ${ruleSet.version}`);
  return Number(match[1]);
}

import type { AppliedRuleSetChange, RuleSetVersionEntry } from '@corium/contracts';
import type { RuleSetVersionRow } from './clinic-rule-sets.repo';

export const toRuleSetVersionEntry = (row: RuleSetVersionRow): RuleSetVersionEntry => ({
  version: row.version,
  revision: row.revision,
  basedOn: row.based_on,
  reason: row.reason,
  // Written by applyRuleSetChanges and never changed since: the table is append-only.
  changes: row.changes as AppliedRuleSetChange[],
  changedBy: { id: row.created_by, displayName: row.display_name },
  changedAt: row.created_at.toISOString(),
});

/** Where the clinic's history starts: the Corium default its first version was based on. */
export const originEntry = (version: string): RuleSetVersionEntry => ({
  version,
  revision: 0,
  basedOn: null,
  reason: 'Corium’s default rules (C01–C31 and depth caps), the starting point of the clinic’s own versions.',
  changes: [],
  changedBy: null,
  changedAt: null,
});

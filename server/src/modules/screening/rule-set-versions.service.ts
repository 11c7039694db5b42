import type { RuleSetChangeRequest, RuleSetVersionEntry, RuleSetView } from '@corium/contracts';
import type { Deps } from '../../deps';
import { recordAudit } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import { AppError } from '../../platform/errors/app-error';
import { newId } from '../../platform/ids';
import * as repo from './rule-sets/clinic-rule-sets.repo';
import { currentRuleSet } from './rule-sets/current-rule-set';
import { defaultRuleSet } from './rule-sets/default-rule-set';
import { parseRuleSet } from './rule-sets/rule-set.schema';
import { applyRuleSetChanges } from './rule-sets/rule-set-changes';
import { reportedVersion, revisionOf } from './rule-sets/rule-set-version';
import { toRuleSetView } from './rule-sets/rule-set-view';
import { originEntry, toRuleSetVersionEntry } from './rule-sets/rule-set-versions.mapper';

/**
 * The clinic's screening rules and their history. Rules hold no patient data, so reading them
 * is not logged; every new version is, in the same transaction that stores it.
 */

/** The rules the clinic screens with now. */
export async function getCurrentRuleSet(deps: Deps, principal: Principal): Promise<RuleSetView> {
  const ruleSet = await currentRuleSet(deps.db, principal.clinicId);
  return toRuleSetView(ruleSet, revisionOf(ruleSet));
}

/** Newest first, ending with the Corium default the clinic started from. */
export async function listRuleSetVersions(deps: Deps, principal: Principal): Promise<RuleSetVersionEntry[]> {
  const rows = await repo.ruleSetVersions(deps.db, principal.clinicId);
  const origin = rows.at(-1)?.based_on ?? reportedVersion(defaultRuleSet);
  return [...rows.map(toRuleSetVersionEntry), originEntry(origin)];
}

/**
 * A new version from the medical director's changes to the current one. Refused with CONFLICT
 * when `basedOn` is no longer current: someone saved in between, and applying these changes to
 * their version could silently undo theirs.
 */
export async function saveRuleSetVersion(
  deps: Deps,
  principal: Principal,
  request: RuleSetChangeRequest,
  meta: RequestMeta,
): Promise<RuleSetView> {
  return deps.db.transaction().execute(async (trx) => {
    await repo.lockClinicRuleSets(trx, principal.clinicId);
    const current = await currentRuleSet(trx, principal.clinicId);
    const currentVersion = reportedVersion(current);
    if (request.basedOn !== currentVersion) {
      throw new AppError(
        'CONFLICT',
        `The rules changed while you were editing: ${currentVersion} is now current, not ${request.basedOn}. Reload them and make your changes again.`,
        { current: currentVersion, basedOn: request.basedOn },
      );
    }
    const revision = revisionOf(current) + 1;
    const { ruleSet, applied } = applyRuleSetChanges(current, request.changes, revision);
    const saved = parseRuleSet(ruleSet);
    const id = newId();
    const now = deps.clock.now();
    const version = reportedVersion(saved);
    await repo.insertRuleSetVersion(trx, {
      id,
      clinicId: principal.clinicId,
      revision,
      version,
      basedOn: currentVersion,
      ruleSet,
      changes: applied,
      reason: request.reason,
      createdBy: principal.userId,
      at: now,
    });
    await recordAudit(
      trx,
      actorOf(principal, meta),
      {
        action: 'create',
        resourceType: 'screening_rule_set',
        resourceId: id,
        details: { version, basedOn: currentVersion, reason: request.reason, changes: applied },
      },
      now,
    );
    return toRuleSetView(saved, revision);
  });
}

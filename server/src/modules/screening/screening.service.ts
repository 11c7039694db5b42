import type { ScreeningRequest, ScreeningResult } from '@corium/contracts';
import type { Deps } from '../../deps';
import type { Principal } from '../../platform/auth/policy';
import { evaluate } from './engine';
import { currentRuleSet } from './rule-sets/current-rule-set';

/**
 * A stateless evaluation with the caller's clinic's current rules (its medical director's
 * latest version, or Corium's default): the caller supplies the answers and the plan, nothing
 * is stored. The result names the rule-set version that produced it.
 */
export async function evaluateScreening(
  deps: Deps,
  principal: Principal,
  request: ScreeningRequest,
): Promise<ScreeningResult> {
  const ruleSet = await currentRuleSet(deps.db, principal.clinicId);
  return evaluate(ruleSet, request.answers, { dateOfBirth: request.dateOfBirth }, request.plannedTreatment);
}

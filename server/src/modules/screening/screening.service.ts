import type { ScreeningRequest, ScreeningResult } from '@corium/contracts';
import { evaluate } from './engine';
import { defaultRuleSet } from './rule-sets/default-rule-set';

/**
 * A stateless evaluation: the caller supplies the answers and the plan, nothing is read or
 * stored. (A patient's own evaluations, stored with their inputs and rule-set version, and
 * each clinic's edited rule sets build on this.)
 */
export function evaluateScreening(request: ScreeningRequest): ScreeningResult {
  return evaluate(
    defaultRuleSet,
    request.answers,
    { dateOfBirth: request.dateOfBirth },
    request.plannedTreatment,
  );
}

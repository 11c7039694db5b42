import type { ClearanceStatus, FindingLevel, ScreeningOccasion, ScreeningResult } from '@corium/contracts';
import type { RuleSet } from './rule-sets/rule-set.schema';

/**
 * Whether a screened patient may be treated, once prescribers' overrides are counted. Pure:
 * the result, the rule ids that needed an override when it was made, and the overrides signed.
 */

/**
 * Rule ids of the findings that need a prescriber's override, decided from the rule set that
 * produced `result`: every `needs-doctor` (INCOMPLETE and DEPTH too, at the level the rule set
 * gives them), and a `warn` only where its rule says booking needs an override (toxin or filler
 * within 14 days, C12/C13) and the patient is being booked or treated — a review only informs.
 * `block` is never in the list: no override can clear it.
 */
export function findingsNeedingOverride(
  ruleSet: RuleSet,
  result: ScreeningResult,
  occasion: ScreeningOccasion,
): string[] {
  const bookingOrTreatment = occasion === 'booking' || occasion === 'day_of';
  return result.findings
    .filter((finding) => {
      if (finding.level === 'needs-doctor') return true;
      if (finding.level !== 'warn' || !bookingOrTreatment) return false;
      return ruleSet.rules.some((rule) => rule.id === finding.ruleId && rule.bookingNeedsOverride);
    })
    .map((finding) => finding.ruleId);
}

export interface Clearance {
  status: ClearanceStatus;
  /** Rule ids that need an override and have none yet, in the result's order. */
  awaitingOverride: string[];
}

/**
 * `blocked` whenever a finding is `block`, whatever was signed; otherwise `awaiting_override`
 * until every finding that needs an override has one, then `clear_to_treat`.
 */
export function clearance(
  result: ScreeningResult,
  needsOverride: readonly string[],
  overridden: readonly string[],
): Clearance {
  const awaitingOverride = needsOverride.filter((ruleId) => !overridden.includes(ruleId));
  if (result.findings.some((finding) => finding.level === 'block'))
    return { status: 'blocked', awaitingOverride };
  return { status: awaitingOverride.length > 0 ? 'awaiting_override' : 'clear_to_treat', awaitingOverride };
}

/** Why an override of a finding cannot be signed, or the level it overrides. */
export type OverrideCheck =
  | { allowed: true; level: Exclude<FindingLevel, 'block'> }
  | { allowed: false; why: 'no_such_finding' | 'block' | 'not_needed' | 'already_overridden' };

export function overrideCheck(
  result: ScreeningResult,
  needsOverride: readonly string[],
  overridden: readonly string[],
  ruleId: string,
): OverrideCheck {
  const finding = result.findings.find((f) => f.ruleId === ruleId);
  if (!finding) return { allowed: false, why: 'no_such_finding' };
  if (finding.level === 'block') return { allowed: false, why: 'block' };
  if (!needsOverride.includes(ruleId)) return { allowed: false, why: 'not_needed' };
  if (overridden.includes(ruleId)) return { allowed: false, why: 'already_overridden' };
  return { allowed: true, level: finding.level };
}

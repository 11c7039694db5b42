import type { RuleSetView, ScreeningRuleView } from '@corium/contracts';
import type { Rule, RuleSet } from './rule-set.schema';
import { CLINIC_RULE_SET_ID, clinicVersion, reportedVersion } from './rule-set-version';
import { describeCondition, windowsOf, windowView } from './rule-set-windows';

function ruleView(rule: Rule): ScreeningRuleView {
  return {
    id: rule.id,
    title: rule.title,
    scope: rule.scope ? { ...rule.scope } : null,
    reason: rule.reason,
    patientMessage: rule.patientMessage,
    evidenceGrade: rule.evidenceGrade,
    unconfirmed: rule.unconfirmed,
    references: [...rule.references],
    bookingNeedsOverride: rule.bookingNeedsOverride,
    outcomes: rule.outcomes.map((outcome, index) => ({
      index,
      level: outcome.level,
      when: describeCondition(outcome.when),
      reason: outcome.reason ?? null,
      windows: windowsOf(outcome.when).map(windowView),
    })),
  };
}

/** A rule set as staff read it and the medical director edits it; `revision` 0 is Corium's default. */
export function toRuleSetView(ruleSet: RuleSet, revision: number): RuleSetView {
  const { incomplete, depth } = ruleSet;
  return {
    version: reportedVersion(ruleSet),
    revision,
    nextVersion: reportedVersion({ id: CLINIC_RULE_SET_ID, version: clinicVersion(ruleSet, revision + 1) }),
    description: ruleSet.description,
    incomplete: {
      level: incomplete.level,
      reason: incomplete.reason,
      evidenceGrade: incomplete.evidenceGrade,
      unconfirmed: incomplete.unconfirmed,
      references: [...incomplete.references],
    },
    rules: ruleSet.rules.map(ruleView),
    depth: {
      capsMm: { ...depth.capsMm },
      lowerings: depth.lowerings.map((lowering) => ({
        id: lowering.id,
        when: describeCondition(lowering.when),
        byMm: lowering.byMm,
        lowerWhenUnanswered: lowering.lowerWhenUnanswered,
      })),
      floorMm: depth.floorMm,
      facialOverrideAboveMm: depth.facialOverrideAboveMm,
      facialZones: [...depth.facialZones],
    },
  };
}

import {
  screeningLevels,
  type FindingLevel,
  type QuestionId,
  type ScreeningLevel,
  type ZoneId,
} from '@corium/contracts';
import type { Rule, RuleSet } from '../rule-sets/rule-set.schema';
import { compileCondition, questionsOf, type EvalContext, type Matcher } from './conditions';

/** 0 = clear … 3 = block, from the contract's order (least severe first). */
export const severity = Object.fromEntries(screeningLevels.map((level, i) => [level, i])) as Record<
  ScreeningLevel,
  number
>;

export interface CompiledOutcome {
  match: Matcher;
  level: FindingLevel;
  rank: number;
  reason: string;
  patientMessage: string;
}

export interface CompiledRule {
  rule: Rule;
  inScope: (ctx: EvalContext) => boolean;
  /** Most severe first, so the first that matches is the one reported. */
  outcomes: CompiledOutcome[];
}

export interface CompiledLowering {
  match: Matcher;
  questions: QuestionId[];
  byMm: number;
  lowerWhenUnanswered: boolean;
}

export interface CompiledRuleSet {
  ruleSet: RuleSet;
  /** `corium-default-2026.11`: id and version, as results record it. */
  version: string;
  required: QuestionId[];
  rules: CompiledRule[];
  lowerings: CompiledLowering[];
  facialZones: ReadonlySet<ZoneId>;
}

/** Any planned zone in `zones`, or the planned modality in `modalities`; no scope = everywhere. */
function compileScope(scope: Rule['scope']): (ctx: EvalContext) => boolean {
  if (!scope) return () => true;
  const zones = new Set(scope.zones ?? []);
  const modalities = new Set(scope.modalities ?? []);
  return (ctx) =>
    (ctx.modality !== undefined && modalities.has(ctx.modality)) || ctx.zones.some((zone) => zones.has(zone));
}

function compileRule(rule: Rule): CompiledRule {
  const outcomes = rule.outcomes
    // `clear` is how a clinic switches an outcome off: it produces no finding.
    .filter((outcome): outcome is typeof outcome & { level: FindingLevel } => outcome.level !== 'clear')
    .map((outcome) => ({
      match: compileCondition(outcome.when),
      level: outcome.level,
      rank: severity[outcome.level],
      reason: outcome.reason ?? rule.reason,
      patientMessage: outcome.patientMessage ?? rule.patientMessage,
    }))
    // Stable: among equally severe outcomes the data's order decides.
    .sort((a, b) => b.rank - a.rank);
  return { rule, inScope: compileScope(rule.scope), outcomes };
}

function compile(ruleSet: RuleSet): CompiledRuleSet {
  return {
    ruleSet,
    version: `${ruleSet.id}-${ruleSet.version}`,
    required: ruleSet.requiredQuestions,
    rules: ruleSet.rules.map(compileRule),
    lowerings: ruleSet.depth.lowerings.map((lowering) => ({
      match: compileCondition(lowering.when),
      questions: questionsOf(lowering.when),
      byMm: lowering.byMm,
      lowerWhenUnanswered: lowering.lowerWhenUnanswered,
    })),
    facialZones: new Set(ruleSet.depth.facialZones),
  };
}

/** Rule sets are immutable once parsed (parseRuleSet freezes them), so one compilation each. */
const compiled = new WeakMap<RuleSet, CompiledRuleSet>();

export function compiledRuleSet(ruleSet: RuleSet): CompiledRuleSet {
  let result = compiled.get(ruleSet);
  if (!result) {
    result = compile(ruleSet);
    compiled.set(ruleSet, result);
  }
  return result;
}

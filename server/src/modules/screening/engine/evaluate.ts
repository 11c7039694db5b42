import type {
  IntakeAnswers,
  PlannedTreatment,
  ScreeningFinding,
  ScreeningLevel,
  ScreeningResult,
} from '@corium/contracts';
import type { RuleSet } from '../rule-sets/rule-set.schema';
import { ageOn, dayNumber } from './calendar';
import { compiledRuleSet, severity, type CompiledRule, type CompiledRuleSet } from './compile';
import type { EvalContext } from './conditions';
import { capsFor, depthFinding } from './depth';

export interface ScreenedPatient {
  dateOfBirth: string;
  /**
   * Whether this is the patient's first microneedling session; it lowers depth caps. Unknown
   * counts as a first session, so that not knowing can only make a cap shallower.
   */
  isFirstSession?: boolean;
}

function contextFor(answers: IntakeAnswers, patient: ScreenedPatient, plan: PlannedTreatment): EvalContext {
  return {
    answers,
    treatmentDay: dayNumber(plan.date),
    modality: plan.modality,
    zones: plan.zones,
    age: ageOn(patient.dateOfBirth, plan.date),
    isFirstSession: patient.isFirstSession ?? true,
  };
}

/** Appends what triggered the finding ("Details: active_acne: comedonal.") to the staff reason. */
function withDetail(reason: string, detail: string): string {
  return detail ? `${reason} Details: ${detail}.` : reason;
}

/**
 * The rule's most severe matching outcome as a finding, or null when none matches. Less severe
 * outcomes that also match are kept in the staff reason ("Also (warn): …"), so that a metal
 * allergy does not hide an anaesthetic allergy.
 */
function ruleFinding(compiled: CompiledRule, ctx: EvalContext): ScreeningFinding | null {
  if (!compiled.inScope(ctx)) return null;
  let finding: ScreeningFinding | null = null;
  for (const outcome of compiled.outcomes) {
    const detail = outcome.match(ctx);
    if (detail === null) continue;
    if (finding) {
      finding.reason += ` Also (${outcome.level}): ${withDetail(outcome.reason, detail)}`;
      continue;
    }
    finding = {
      ruleId: compiled.rule.id,
      level: outcome.level,
      reason: withDetail(outcome.reason, detail),
      patientMessage: outcome.patientMessage,
      references: compiled.rule.references.slice(),
    };
  }
  return finding;
}

/** One `INCOMPLETE` finding listing every unanswered required question, or null. */
function incompleteFinding(compiled: CompiledRuleSet, answers: IntakeAnswers): ScreeningFinding | null {
  const missing = compiled.required.filter((question) => answers[question] === undefined);
  if (missing.length === 0) return null;
  const { incomplete } = compiled.ruleSet;
  return {
    ruleId: 'INCOMPLETE',
    level: incomplete.level,
    reason: withDetail(incomplete.reason, `unanswered: ${missing.join(', ')}`),
    patientMessage: incomplete.patientMessage,
    references: incomplete.references.slice(),
  };
}

/**
 * Screens one planned treatment. Pure: time is the treatment date, windows are whole calendar
 * days from each answer's date to it, and every window and level comes from `ruleSet`.
 * `answers` must already be validated by the `intakeAnswers` contract and `ruleSet` come from
 * `parseRuleSet` (compiled once, then cached). The outcome is the most severe finding (`clear`
 * when there is none); findings come most severe first, and among equals INCOMPLETE, then the
 * rules in rule-set order, then DEPTH.
 */
export function evaluate(
  ruleSet: RuleSet,
  answers: IntakeAnswers,
  patient: ScreenedPatient,
  plannedTreatment: PlannedTreatment,
): ScreeningResult {
  const compiled = compiledRuleSet(ruleSet);
  const ctx = contextFor(answers, patient, plannedTreatment);
  const findings: ScreeningFinding[] = [];
  const incomplete = incompleteFinding(compiled, answers);
  if (incomplete) findings.push(incomplete);
  for (const rule of compiled.rules) {
    const finding = ruleFinding(rule, ctx);
    if (finding) findings.push(finding);
  }
  const depthCapsMm = capsFor(compiled, ctx);
  const depth = depthFinding(compiled, plannedTreatment.zones, depthCapsMm, plannedTreatment.maxDepthMm);
  if (depth) findings.push(depth);
  findings.sort((a, b) => severity[b.level] - severity[a.level]);
  const outcome: ScreeningLevel = findings[0]?.level ?? 'clear';
  return { outcome, ruleSetVersion: compiled.version, findings, depthCapsMm };
}

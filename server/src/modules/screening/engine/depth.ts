import type { IntakeAnswers, ScreeningFinding, ZoneId } from '@corium/contracts';
import type { RuleSet } from '../rule-sets/rule-set.schema';
import { compiledRuleSet, type CompiledRuleSet } from './compile';
import type { EvalContext } from './conditions';

export type DepthCaps = Partial<Record<ZoneId, number>>;

/** Millimetres to 0.01 mm, so 2.0 − 3 × 0.25 reads 1.25 and never 1.2499999. */
const roundMm = (mm: number): number => Math.round(mm * 100) / 100;

/**
 * Total lowering for this patient, mm. A lowering whose question is unanswered applies when
 * the rule set says so (the default does): without the answer, the cap errs shallow.
 */
function totalLoweringMm(compiled: CompiledRuleSet, ctx: EvalContext): number {
  let total = 0;
  for (const lowering of compiled.lowerings) {
    const unanswered =
      lowering.lowerWhenUnanswered &&
      lowering.questions.some((question) => ctx.answers[question] === undefined);
    if (unanswered || lowering.match(ctx) !== null) total += lowering.byMm;
  }
  return total;
}

/**
 * Cap per planned zone: the zone's default minus every lowering that applies, never below the
 * floor (and never raised above the default by it). Cheeks 2.0 mm, Fitzpatrick V, first
 * session → 1.5 mm; periorbital 0.5 mm with three lowerings → 0.25 mm (floor).
 */
export function capsFor(compiled: CompiledRuleSet, ctx: EvalContext): DepthCaps {
  const { capsMm, floorMm } = compiled.ruleSet.depth;
  const lowering = totalLoweringMm(compiled, ctx);
  const caps: DepthCaps = {};
  for (const zone of ctx.zones) {
    const base = capsMm[zone];
    caps[zone] = roundMm(Math.min(base, Math.max(floorMm, base - lowering)));
  }
  return caps;
}

/** Max needle depth (mm) per zone for this patient; answers are the intake answers as validated by the contract. */
export function depthCaps(
  ruleSet: RuleSet,
  answers: IntakeAnswers,
  zones: readonly ZoneId[],
  isFirstSession: boolean,
): DepthCaps {
  const ctx: EvalContext = {
    answers,
    treatmentDay: Number.NaN,
    modality: undefined,
    zones,
    age: Number.NaN,
    isFirstSession,
  };
  return capsFor(compiledRuleSet(ruleSet), ctx);
}

/** Compares with a hair of tolerance so that 1.75 planned against a 1.75 cap is within it. */
const above = (depth: number, limit: number): boolean => depth > limit + 1e-9;

/**
 * `DEPTH` when the planned depth exceeds a zone's cap, or the facial limit (2.0 mm by default)
 * on any facial zone: both need a prescriber override.
 */
export function depthFinding(
  compiled: CompiledRuleSet,
  zones: readonly ZoneId[],
  caps: DepthCaps,
  plannedMm: number,
): ScreeningFinding | null {
  const { override, facialOverrideAboveMm } = compiled.ruleSet.depth;
  const overCap = zones.filter((zone) => above(plannedMm, caps[zone] ?? 0));
  const overFacial = above(plannedMm, facialOverrideAboveMm)
    ? zones.filter((zone) => compiled.facialZones.has(zone))
    : [];
  if (overCap.length === 0 && overFacial.length === 0) return null;
  const details = [`planned ${plannedMm} mm`];
  if (overCap.length > 0)
    details.push(`over the cap in ${overCap.map((z) => `${z} (${caps[z]} mm)`).join(', ')}`);
  if (overFacial.length > 0)
    details.push(`over ${facialOverrideAboveMm} mm on the face (${overFacial.join(', ')})`);
  return {
    ruleId: 'DEPTH',
    level: override.level,
    reason: `${override.reason} Details: ${details.join('; ')}.`,
    patientMessage: override.patientMessage,
    references: override.references.slice(),
  };
}

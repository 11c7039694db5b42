import {
  triageLevels,
  type CheckInAnswers,
  type CheckInEffect,
  type TriageLevel,
  type TriageReason,
  type TriageResult,
} from '@corium/contracts';
import type { TreatmentFacts } from '../plan/build-plan';
import type { CourseRow, ExpectedCourse, RedFlagRule } from './expected-course';

/**
 * Triage of one check-in, pure: each effect's score against the expected course for that day
 * and that treatment (§5.1), each red-flag answer against its tier (§5.3), and the combinations
 * that together are an emergency. The result is the most urgent level found, with every reason.
 * Example: redness 2 on day 1 is expected; redness 2 on day 7 asks for a review.
 */

const LABELS = ['none', 'mild', 'moderate', 'severe'] as const;
const rank = (level: TriageLevel): number => triageLevels.indexOf(level);

/** Deep (≥ 2 mm by default), RF or PRP work heals on the longer course. */
export function usesExtendedCourse(facts: TreatmentFacts, course: ExpectedCourse): boolean {
  return (
    facts.modality === 'rf-microneedling' ||
    facts.prp ||
    (facts.deepestMm !== null && facts.deepestMm >= course.extendedFromMm)
  );
}

/** The course row in force on a day: the last one starting on or before it. */
export function courseRowFor(rows: readonly CourseRow[], day: number): CourseRow {
  return [...rows].reverse().find((row) => row.fromDay <= day) ?? rows[0]!;
}

/** The red-flag questions asked on this day after this treatment, in the data's order. */
export function redFlagsAsked(day: number, facts: TreatmentFacts, course: ExpectedCourse): RedFlagRule[] {
  return course.redFlags.filter(
    (rule) => day >= rule.fromDay && (!rule.modalities || rule.modalities.includes(facts.modality)),
  );
}

function effectReasons(
  answers: CheckInAnswers,
  day: number,
  extended: boolean,
  course: ExpectedCourse,
): TriageReason[] {
  return (Object.keys(course.effects) as CheckInEffect[]).flatMap((effect) => {
    const score = answers.effects[effect];
    const row = courseRowFor(course.effects[effect].rows, day);
    const normal = extended ? row.extended : row.standard;
    if (score <= normal) return [];
    const urgent = row.urgentFrom !== undefined && score >= row.urgentFrom;
    const settings = extended ? 'deep, RF or PRP treatment' : 'standard settings';
    return [
      {
        code: `effect.${effect}`,
        level: urgent ? 'urgent' : 'review',
        staffText: `${effect[0]!.toUpperCase()}${effect.slice(1)} ${score} (${LABELS[score]}) on day ${day}; up to ${normal} (${LABELS[normal]}) is expected after ${settings}.`,
        references: course.effects[effect].references,
      } satisfies TriageReason,
    ];
  });
}

function redFlagReasons(answers: CheckInAnswers, course: ExpectedCourse): TriageReason[] {
  return course.redFlags
    .filter((rule) => answers.redFlags[rule.id] === true)
    .map((rule) => ({
      code: `red_flag.${rule.id}`,
      level: rule.level,
      staffText: rule.staffText,
      references: rule.references,
    }));
}

function combinationReasons(answers: CheckInAnswers, course: ExpectedCourse): TriageReason[] {
  return course.combinations
    .filter(
      (c) =>
        c.redFlags.every((id) => answers.redFlags[id] === true) &&
        (!c.effectAtLeast || answers.effects[c.effectAtLeast.effect] >= c.effectAtLeast.score),
    )
    .map((c) => ({
      code: `combination.${c.id}`,
      level: c.level,
      staffText: c.staffText,
      references: c.references,
    }));
}

export function triageCheckIn(
  answers: CheckInAnswers,
  day: number,
  facts: TreatmentFacts,
  course: ExpectedCourse,
): TriageResult {
  const extended = usesExtendedCourse(facts, course);
  const reasons = [
    ...combinationReasons(answers, course),
    ...redFlagReasons(answers, course),
    ...effectReasons(answers, day, extended, course),
  ].sort((a, b) => rank(b.level) - rank(a.level));
  const level = reasons.reduce<TriageLevel>(
    (top, r) => (rank(r.level) > rank(top) ? r.level : top),
    'expected',
  );
  return { level, reasons, courseVersion: course.version };
}

import type { OutcomeScaleId, OutcomeTimepoint, ResponderRule } from '@corium/contracts';

/**
 * Pure: did a course work for one concern on one scale? The clinic's a-priori responder rule of
 * the scale (contracts/src/outcome-scales.ts) compares the baseline with one follow-up: the
 * latest 6-month score, else the latest 3-month score, else the latest score after the baseline
 * (the end-of-course follow-ups are what trials report; an in-course score only when nothing
 * later exists). A GAIS-style `at_most` rule rates the change itself, so the follow-up rating
 * alone decides and no baseline is needed.
 */

export interface ScoreFact {
  seriesId: string;
  /** Null for a whole-face rating: it then counts for every concern of the course. */
  concern: string | null;
  scale: OutcomeScaleId;
  timepoint: OutcomeTimepoint;
  score: number;
  /** YYYY-MM-DD. */
  ratedOn: string;
}

export type Verdict = 'responder' | 'non_responder' | 'no_baseline' | 'no_follow_up';

// Scores are stored with two decimals (numeric(7,2)): compare in hundredths, so 2.3 − 1.3 ≥ 1
// is not lost to binary fractions.
const hundredths = (n: number): number => Math.round(n * 100);

const byDate = (a: ScoreFact, b: ScoreFact): number => a.ratedOn.localeCompare(b.ratedOn);

/** The latest score at `timepoint`, or undefined. */
function latestAt(scores: readonly ScoreFact[], timepoint: OutcomeTimepoint): ScoreFact | undefined {
  return scores.filter((s) => s.timepoint === timepoint).at(-1);
}

/** month_6, else month_3, else the latest non-baseline score rated after `after` (if given). */
export function followUpOf(scores: readonly ScoreFact[], after: string | null): ScoreFact | undefined {
  const later = [...scores]
    .sort(byDate)
    .filter((s) => s.timepoint !== 'baseline' && (after === null || s.ratedOn > after));
  return latestAt(later, 'month_6') ?? latestAt(later, 'month_3') ?? later.at(-1);
}

/** The first baseline score: a course has one starting point, repeated baselines do not move it. */
export function baselineOf(scores: readonly ScoreFact[]): ScoreFact | undefined {
  return [...scores].sort(byDate).find((s) => s.timepoint === 'baseline');
}

/** A response by the rule, from the baseline value (absent for `at_most`) and the follow-up value. */
export function meetsRule(rule: ResponderRule, baseline: number | null, followUp: number): boolean {
  switch (rule.kind) {
    case 'at_most':
      return hundredths(followUp) <= hundredths(rule.value);
    case 'fall_by':
      return hundredths(baseline!) - hundredths(followUp) >= hundredths(rule.amount);
    case 'fall_by_fraction':
      // mMASI 10.0 → 5.0 is a 50 % fall: (1000 − 500) ≥ 0.5 × 1000.
      return hundredths(baseline!) - hundredths(followUp) >= rule.fraction * hundredths(baseline!);
  }
}

/**
 * One course × concern × scale. A fraction of a zero baseline cannot fall, so a zero baseline
 * under `fall_by_fraction` counts as no usable baseline rather than as a non-response.
 */
export function verdictOf(rule: ResponderRule, scores: readonly ScoreFact[]): Verdict {
  if (rule.kind === 'at_most') {
    const followUp = followUpOf(scores, null);
    if (!followUp) return 'no_follow_up';
    return meetsRule(rule, null, followUp.score) ? 'responder' : 'non_responder';
  }
  const baseline = baselineOf(scores);
  if (!baseline || (rule.kind === 'fall_by_fraction' && hundredths(baseline.score) <= 0))
    return 'no_baseline';
  const followUp = followUpOf(scores, baseline.ratedOn);
  if (!followUp) return 'no_follow_up';
  return meetsRule(rule, baseline.score, followUp.score) ? 'responder' : 'non_responder';
}

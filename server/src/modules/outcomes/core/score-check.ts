import {
  appearanceCheckTotal,
  mmasiTotal,
  outcomeScales,
  type FieldIssue,
  type MmasiInputs,
  type OutcomeRater,
  type OutcomeScaleId,
  type OutcomeTimepoint,
} from '@corium/contracts';

/** What a rater entered: a grade, or the items a total is computed from. */
export interface ScoreEntry {
  scale: OutcomeScaleId;
  concern: string | null;
  timepoint: OutcomeTimepoint;
  score?: number | undefined;
  mmasi?: MmasiInputs | undefined;
  answers?: readonly number[] | undefined;
}

export type ScoreCheck =
  | { ok: true; score: number; version: string; inputs: Record<string, unknown> }
  | { ok: false; issues: FieldIssue[] };

const issue = (path: string, message: string): FieldIssue => ({ path, message });

/** How the total is obtained: computed from items (mMASI, appearance check) or entered. */
function totalOf(entry: ScoreEntry): {
  total?: number;
  inputs: Record<string, unknown>;
  issues: FieldIssue[];
} {
  if (entry.scale === 'mmasi') {
    if (!entry.mmasi)
      return { inputs: {}, issues: [issue('mmasi', 'Enter area and darkness for each region')] };
    return { total: mmasiTotal(entry.mmasi), inputs: { regions: entry.mmasi }, issues: [] };
  }
  if (entry.scale === 'appearance_check') {
    if (!entry.answers) return { inputs: {}, issues: [issue('answers', 'Answer every statement')] };
    return { total: appearanceCheckTotal(entry.answers), inputs: { answers: entry.answers }, issues: [] };
  }
  if (entry.score === undefined) return { inputs: {}, issues: [issue('score', 'Choose a score')] };
  return { total: entry.score, inputs: {}, issues: [] };
}

/** Whether `value` is a whole number of `step`s from `min` (0.1 steps tolerate float noise). */
const onStep = (value: number, min: number, step: number): boolean => {
  const steps = (value - min) / step;
  return Math.abs(steps - Math.round(steps)) < 1e-6;
};

function contextIssues(entry: ScoreEntry, rater: OutcomeRater): FieldIssue[] {
  const scale = outcomeScales[entry.scale];
  const issues: FieldIssue[] = [];
  if (scale.rater !== rater)
    issues.push(
      issue(
        'scale',
        rater === 'patient' ? 'This scale is rated by the clinician' : 'This scale is rated by the patient',
      ),
    );
  if (!scale.timepoints.includes(entry.timepoint))
    issues.push(issue('timepoint', `${scale.name} is not recorded at this point of a course`));
  if (
    scale.concerns &&
    (entry.concern === null || !(scale.concerns as readonly string[]).includes(entry.concern))
  )
    issues.push(issue('concern', `${scale.name} is not a measure for this concern`));
  if (!scale.concerns && entry.concern !== null)
    issues.push(issue('concern', `${scale.name} rates the whole face, not one concern`));
  const extra = entry.scale === 'mmasi' || entry.scale === 'appearance_check' ? 'score' : null;
  if (extra && entry.score !== undefined)
    issues.push(issue('score', 'This total is computed from its items'));
  if (entry.scale !== 'mmasi' && entry.mmasi) issues.push(issue('mmasi', 'Only mMASI takes region inputs'));
  if (entry.scale !== 'appearance_check' && entry.answers)
    issues.push(issue('answers', 'Only the appearance check takes answers'));
  return issues;
}

/**
 * Checks an entry against its scale's data: the rater, the point of the course, the concern,
 * and the total's range and step. Worked example: Goodman–Baron 2.5 fails the step (grades are
 * 1, 2, 3, 4); mMASI is computed, so its range holds by construction.
 */
export function checkScore(entry: ScoreEntry, rater: OutcomeRater): ScoreCheck {
  const scale = outcomeScales[entry.scale];
  const { total, inputs, issues } = totalOf(entry);
  issues.push(...contextIssues(entry, rater));
  if (total !== undefined && (total < scale.min || total > scale.max))
    issues.push(issue('score', `${scale.name} runs from ${scale.min} to ${scale.max}`));
  else if (total !== undefined && !onStep(total, scale.min, scale.step))
    issues.push(issue('score', `${scale.name} moves in steps of ${scale.step}`));
  if (issues.length > 0 || total === undefined) return { ok: false, issues };
  return { ok: true, score: total, version: scale.version, inputs };
}

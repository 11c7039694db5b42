import {
  outcomeScales,
  type FollowUpState,
  type OutcomeScaleId,
  type OutcomeTimepoint,
  type PatientRecord,
} from '@corium/contracts';
import { concernWords } from '../patient-record/patient-words';

type Concern = PatientRecord['concerns'][number];

export const timepointWords: Record<OutcomeTimepoint, string> = {
  baseline: 'Baseline',
  before_session: 'Before a session',
  month_3: '3 months after the last session',
  month_6: '6 months after the last session',
  other: 'Another time',
};

export const stateWords: Record<FollowUpState, { label: string; color: string }> = {
  done: { label: 'Done', color: 'green' },
  due: { label: 'Due', color: 'blue' },
  overdue: { label: 'Overdue', color: 'red' },
  upcoming: { label: 'Upcoming', color: 'gray' },
  not_yet: { label: 'Later', color: 'gray' },
};

/** A schedule item's name: "Before session 2", "3 months after the last session". */
export const itemWords = (item: { timepoint: OutcomeTimepoint; sessionNumber: number | null }): string =>
  item.timepoint === 'before_session' && item.sessionNumber !== null
    ? `Before session ${item.sessionNumber}`
    : timepointWords[item.timepoint];

export const concernName = (concern: string | null): string =>
  concern === null ? 'Whole face' : (concernWords[concern as Concern] ?? concern);

/** "3 — Moderate: obvious at 50 cm…" for graded scales, "5.8" for mMASI, "67 / 100" for the check. */
export function scoreWords(scale: OutcomeScaleId, score: number): string {
  const { labels, max } = outcomeScales[scale];
  const label = labels?.[score];
  if (label) return `${score} — ${label}`;
  return max === 100 || max === 10 ? `${score} / ${max}` : String(score);
}

/** Which way is better, in words, for the chart's description. */
export function directionWords(scale: OutcomeScaleId): string {
  const { better, min, max } = outcomeScales[scale];
  if (better === 'lower') return `Scored ${min}–${max}; lower is better.`;
  if (better === 'higher') return `Scored ${min}–${max}; higher is better.`;
  return `Change since the start, ${min} (very much improved) to ${max} (worse).`;
}

/** The clinician-rated scales that measure any of these concerns (whole-face ones always). */
export function scalesFor(concerns: readonly string[]): OutcomeScaleId[] {
  return (Object.keys(outcomeScales) as OutcomeScaleId[]).filter((id) => {
    const scale = outcomeScales[id];
    return (
      scale.rater === 'clinician' &&
      (scale.concerns === null || scale.concerns.some((c) => concerns.includes(c)))
    );
  });
}

/** What a patient reads about when results show, wherever progress appears. */
export const honestFraming =
  'Microneedling works slowly: the skin rebuilds collagen for months after each session, so results develop over 3–6 months after the last one. Scores between sessions often change little, and photos in the same light and angle show change better than memory does.';

import {
  redFlagQuestionIds,
  type CheckInEffect,
  type CheckInRecord,
  type PlanMilestone,
  type RedFlagQuestionId,
  type TimelineDay,
} from '@corium/contracts';
import type { ScorePoint } from './sparkline';

export type MilestoneState = { kind: 'resumed' } | { kind: 'today' } | { kind: 'later'; daysToGo: number };

/**
 * Where a milestone stands on the plan's `today`. The plan starts on the treatment day, so a
 * null `today` (outside the timeline) means the recovery is over and everything has resumed.
 */
export function milestoneState(milestone: PlanMilestone, today: number | null): MilestoneState {
  if (today === null || today > milestone.day) return { kind: 'resumed' };
  if (today === milestone.day) return { kind: 'today' };
  return { kind: 'later', daysToGo: milestone.day - today };
}

/** The sentence under a milestone, e.g. "From today", "In 3 days (Thu 7 May)", "Since day 1". */
export function milestoneWhen(milestone: PlanMilestone, state: MilestoneState, dateText: string): string {
  if (state.kind === 'resumed')
    return milestone.day === 0 ? 'Since treatment day' : `Since day ${milestone.day}`;
  if (state.kind === 'today') return 'From today';
  return state.daysToGo === 1 ? `From tomorrow (${dateText})` : `In ${state.daysToGo} days (${dateText})`;
}

/** The day to open the timeline on: today's, else the nearest day the plan describes. */
export function focusDay(days: readonly TimelineDay[], today: number | null): TimelineDay | null {
  if (days.length === 0) return null;
  if (today === null) return days[days.length - 1]!;
  return days.find((d) => d.day === today) ?? [...days].reverse().find((d) => d.day <= today) ?? days[0]!;
}

/** One effect's answered scores by check-in day, for the sparkline. */
export function effectSeries(checkIns: readonly CheckInRecord[], effect: CheckInEffect): ScorePoint[] {
  return checkIns.flatMap((checkIn) =>
    checkIn.answers ? [{ day: checkIn.day, score: checkIn.answers.effects[effect] }] : [],
  );
}

/** The ids of the red-flag questions a check-in answered "yes". */
export function flagsRaised(checkIn: CheckInRecord): RedFlagQuestionId[] {
  const answers = checkIn.answers;
  return answers ? redFlagQuestionIds.filter((id) => answers.redFlags[id] === true) : [];
}

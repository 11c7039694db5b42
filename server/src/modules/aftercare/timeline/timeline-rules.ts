import { aftercareTimeline, type AftercareTimeline } from '@corium/contracts';
import { AppError } from '../../../platform/errors/app-error';

/**
 * The checks a timeline must pass beyond its shape, so a published version always yields a
 * complete plan: stages cover day 0–14 without gaps or overlaps, each milestone id appears once,
 * each message is tied to a day or a milestone (not both), and check-in days are increasing.
 * Pure: the list of problems, each with the field it concerns.
 */
export interface TimelineProblem {
  path: string;
  message: string;
}

const LAST_DAY = 14;

function stageProblems(timeline: AftercareTimeline): TimelineProblem[] {
  const problems: TimelineProblem[] = [];
  const stages = [...timeline.stages].sort((a, b) => a.fromDay - b.fromDay);
  let next = 0;
  stages.forEach((stage, i) => {
    if (stage.toDay < stage.fromDay)
      problems.push({
        path: `timeline.stages.${i}.toDay`,
        message: 'A stage ends on or after its first day',
      });
    if (stage.fromDay !== next)
      problems.push({
        path: `timeline.stages.${i}.fromDay`,
        message: `Stages must follow each other without gaps or overlaps: expected day ${next}`,
      });
    next = stage.toDay + 1;
  });
  if (next <= LAST_DAY)
    problems.push({ path: 'timeline.stages', message: `Stages must cover day 0 to day ${LAST_DAY}` });
  return problems;
}

function milestoneProblems(timeline: AftercareTimeline): TimelineProblem[] {
  const problems: TimelineProblem[] = [];
  const seen = new Set<string>();
  timeline.milestones.forEach((m, i) => {
    if (seen.has(m.id))
      problems.push({ path: `timeline.milestones.${i}.id`, message: `Milestone ${m.id} appears twice` });
    seen.add(m.id);
  });
  timeline.messages.forEach((m, i) => {
    if ((m.day === undefined) === (m.milestone === undefined))
      problems.push({
        path: `timeline.messages.${i}`,
        message: 'A message falls on a day or on a milestone, not both',
      });
    if (m.milestone && !seen.has(m.milestone))
      problems.push({ path: `timeline.messages.${i}.milestone`, message: `No milestone ${m.milestone}` });
  });
  const ids = timeline.messages.map((m) => m.id);
  if (new Set(ids).size !== ids.length)
    problems.push({ path: 'timeline.messages', message: 'Each message needs its own id' });
  return problems;
}

function scheduleProblems(timeline: AftercareTimeline): TimelineProblem[] {
  const days = timeline.checkInDays;
  const increasing = days.every((d, i) => i === 0 || d > days[i - 1]!);
  const problems: TimelineProblem[] = [];
  if (!increasing)
    problems.push({ path: 'timeline.checkInDays', message: 'Check-in days must be increasing, each once' });
  if (timeline.reminderTime <= timeline.morningTime)
    problems.push({ path: 'timeline.reminderTime', message: 'The reminder goes out later the same day' });
  return problems;
}

export function timelineProblems(timeline: AftercareTimeline): TimelineProblem[] {
  return [...stageProblems(timeline), ...milestoneProblems(timeline), ...scheduleProblems(timeline)];
}

/** Parses stored or submitted timeline data; refuses it with every problem named. */
export function parseTimeline(data: unknown): AftercareTimeline {
  const parsed = aftercareTimeline.safeParse(data);
  if (!parsed.success)
    throw new AppError(
      'VALIDATION_FAILED',
      'The timeline is not complete',
      parsed.error.issues.map((i) => ({ path: ['timeline', ...i.path].join('.'), message: i.message })),
    );
  const problems = timelineProblems(parsed.data);
  if (problems.length > 0)
    throw new AppError('VALIDATION_FAILED', 'The timeline does not hold together', problems);
  return parsed.data;
}

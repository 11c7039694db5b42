import type { FollowUpItem, FollowUpState, OutcomeTimepoint, SeriesSchedule } from '@corium/contracts';
import { addDays, addMonths } from './calendar-days';

/**
 * The outcome schedule of one course (clinical reference §7.2 item 1, §2.7): a baseline rating
 * at the first session, a rating before each later session, and follow-ups 3 and 6 months after
 * the last signed session — dated only once the course is complete (all planned sessions signed,
 * or marked completed), since "the last session" is not known before. A stopped course gets no
 * follow-ups. Pure: the series, its sessions, its scores and today as data.
 */

export interface ScheduleSeries {
  id: string;
  concerns: string[];
  status: 'active' | 'completed' | 'stopped';
  sessionsPlanned: number;
  /** The day the course was planned: the baseline's date until its first session starts. */
  createdOn: string;
}

export interface ScheduleSession {
  id: string;
  sessionNumber: number | null;
  /** The clinic's calendar day the session started. */
  day: string;
  signed: boolean;
}

export interface ScheduleScore {
  seriesId: string | null;
  sessionId: string | null;
  timepoint: OutcomeTimepoint;
  rater: 'clinician' | 'patient';
}

/** A follow-up stays "due" this many days after its date, then counts as overdue. */
export const DUE_WINDOW_DAYS = 28;

export function stateOf(dueOn: string | null, done: boolean, today: string): FollowUpState {
  if (done) return 'done';
  if (dueOn === null) return 'not_yet';
  if (today < dueOn) return 'upcoming';
  return today <= addDays(dueOn, DUE_WINDOW_DAYS) ? 'due' : 'overdue';
}

function rated(
  scores: ScheduleScore[],
  rater: 'clinician' | 'patient',
  match: (s: ScheduleScore) => boolean,
) {
  return scores.some((score) => score.rater === rater && match(score));
}

/** The last signed session's day, once the course is complete; else null. */
export function courseEndedOn(series: ScheduleSeries, sessions: ScheduleSession[]): string | null {
  const signed = sessions
    .filter((s) => s.signed)
    .map((s) => s.day)
    .sort();
  const complete = series.status === 'completed' || signed.length >= series.sessionsPlanned;
  return series.status !== 'stopped' && complete && signed.length > 0 ? signed[signed.length - 1]! : null;
}

export function seriesSchedule(
  series: ScheduleSeries,
  sessions: ScheduleSession[],
  allScores: ScheduleScore[],
  today: string,
): SeriesSchedule {
  const scores = allScores.filter((s) => s.seriesId === series.id);
  const ordered = [...sessions].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const item = (
    timepoint: OutcomeTimepoint,
    dueOn: string | null,
    match: (s: ScheduleScore) => boolean,
    session: { id: string | null; number: number } | null = null,
  ): FollowUpItem => ({
    timepoint,
    sessionNumber: session?.number ?? null,
    sessionId: session?.id ?? null,
    dueOn,
    state: stateOf(dueOn, rated(scores, 'clinician', match), today),
    patientDone: rated(scores, 'patient', match),
  });
  const items = [item('baseline', ordered[0]?.day ?? series.createdOn, (s) => s.timepoint === 'baseline')];
  for (let number = 2; number <= Math.max(series.sessionsPlanned, ordered.length); number++) {
    const session = ordered[number - 1];
    items.push(
      item(
        'before_session',
        session?.day ?? null,
        (s) => s.timepoint === 'before_session' && session !== undefined && s.sessionId === session.id,
        { id: session?.id ?? null, number },
      ),
    );
  }
  const ended = courseEndedOn(series, sessions);
  for (const [timepoint, months] of [
    ['month_3', 3],
    ['month_6', 6],
  ] as const)
    items.push(item(timepoint, ended && addMonths(ended, months), (s) => s.timepoint === timepoint));
  return {
    seriesId: series.id,
    concerns: series.concerns,
    status: series.status,
    sessionsPlanned: series.sessionsPlanned,
    sessionsSigned: sessions.filter((s) => s.signed).length,
    items,
  };
}

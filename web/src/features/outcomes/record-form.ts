import {
  mmasiRegions,
  outcomeScales,
  type MmasiInputs,
  type OutcomeScaleId,
  type OutcomeTimepoint,
  type RecordOutcomeScore,
  type SeriesSchedule,
} from '@corium/contracts';
import { calendarDate } from '../../lib/clinic-time';
import { concernName, itemWords, scalesFor } from './outcome-words';

/** One choice of "what is this rating for": a point of a course, or outside any course. */
export interface PointOption {
  value: string;
  label: string;
  seriesId: string | null;
  timepoint: OutcomeTimepoint;
  sessionId: string | null;
}

const NONE = 'none';

const courseLabel = (s: SeriesSchedule, n: number) =>
  `Course ${n} (${s.concerns.map(concernName).join(', ') || 'no concern'})`;

/**
 * The points a clinician can rate now: every dated point of each active or finished course
 * (a "before session" only once that session has started), then baseline or another time
 * outside any course. Due and overdue ones come first, so the likely choice is the default.
 */
export function pointOptions(schedule: readonly SeriesSchedule[]): PointOption[] {
  const rank = { overdue: 0, due: 1, upcoming: 2, done: 3, not_yet: 4 } as const;
  const inCourses = schedule.flatMap((s, i) =>
    s.items
      .filter((item) => item.dueOn !== null && (item.timepoint !== 'before_session' || item.sessionId))
      .map((item) => ({
        rank: rank[item.state],
        option: {
          value: `${s.seriesId}|${item.timepoint}|${item.sessionId ?? ''}`,
          label: `${courseLabel(s, i + 1)} — ${itemWords(item)}, ${calendarDate(item.dueOn!)}${item.state === 'done' ? ' (done)' : ''}`,
          seriesId: s.seriesId,
          timepoint: item.timepoint,
          sessionId: item.sessionId,
        },
      })),
  );
  inCourses.sort((a, b) => a.rank - b.rank);
  const outside = (timepoint: OutcomeTimepoint, label: string): PointOption => ({
    value: `${NONE}|${timepoint}|`,
    label,
    seriesId: null,
    timepoint,
    sessionId: null,
  });
  return [
    ...inCourses.map((c) => c.option),
    outside('baseline', 'Baseline, outside a course'),
    outside('other', 'Another time, outside a course'),
  ];
}

/** The clinician scales for a concern (null: whole face) that may be recorded at this point. */
export function scaleOptions(concern: string | null, timepoint: OutcomeTimepoint): OutcomeScaleId[] {
  return scalesFor(concern === null ? [] : [concern]).filter((id) => {
    const scale = outcomeScales[id];
    return (concern === null) === (scale.concerns === null) && scale.timepoints.includes(timepoint);
  });
}

export const emptyMmasi = (): MmasiInputs =>
  Object.fromEntries(mmasiRegions.map((r) => [r.id, { area: 0, darkness: 0 }])) as MmasiInputs;

export interface RecordValues {
  point: string;
  concern: string;
  scale: OutcomeScaleId | '';
  ratedOn: string;
  score: number | null;
  mmasi: MmasiInputs;
  photoIds: string[];
  note: string;
}

/** The request the form's values make; the server checks it again against the scale's data. */
export function recordBody(values: RecordValues, options: readonly PointOption[]): RecordOutcomeScore {
  const point = options.find((o) => o.value === values.point)!;
  const scale = values.scale as OutcomeScaleId;
  return {
    scale,
    concern: (values.concern || null) as RecordOutcomeScore['concern'],
    timepoint: point.timepoint,
    seriesId: point.seriesId,
    sessionId: point.sessionId,
    ratedOn: values.ratedOn,
    photoIds: values.photoIds,
    note: values.note.trim() || null,
    ...(scale === 'mmasi' ? { mmasi: values.mmasi } : { score: values.score ?? undefined }),
  };
}

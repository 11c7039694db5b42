import type { OperationsMonth, OutcomeScaleId, ReportQuery } from '@corium/contracts';
import type { CourseFacts, Group, Grouped, SessionFacts } from './report-groups';
import type { ScoreFact } from './responders';
import type { CourseRow, OperationsRow, SessionRow } from './reports.repo';

/** Names of the clinic's staff and pens, for the groups. */
export interface Names {
  staff: Map<string, string>;
  devices: Map<string, string>;
}

const mm = (value: string | null): number | null => (value === null ? null : Number(value));

const person = (names: Names, id: string | null): Group | null =>
  id === null ? null : { key: id, label: names.staff.get(id) ?? 'Former colleague' };
const pen = (names: Names, id: string | null): Group | null =>
  id === null ? null : { key: id, label: names.devices.get(id) ?? 'Unknown pen' };

export const toCourseFacts = (row: CourseRow, names: Names): CourseFacts => ({
  seriesId: row.series_id,
  concerns: row.concerns,
  modality: row.modality,
  deepestMm: mm(row.deepest_mm),
  practitioner: person(names, row.practitioner_id),
  device: pen(names, row.device_id),
});

export const toSessionFacts = (row: SessionRow, names: Names): SessionFacts => ({
  sessionId: row.id,
  concerns: row.concerns ?? [],
  modality: row.modality,
  deepestMm: mm(row.deepest_mm),
  practitioner: person(names, row.practitioner_id),
  device: pen(names, row.device_id),
  flagged: row.flagged,
  adverseEvents: Number(row.adverse_events),
});

export const toScoreFact = (row: {
  series_id: string | null;
  concern: string | null;
  scale: string;
  timepoint: ScoreFact['timepoint'];
  score: string;
  rated_on: string;
}): ScoreFact => ({
  seriesId: row.series_id!,
  concern: row.concern,
  scale: row.scale as OutcomeScaleId,
  timepoint: row.timepoint,
  score: Number(row.score),
  ratedOn: row.rated_on,
});

/**
 * The filters of the query, applied to a course or session: a concern filter also narrows the
 * concerns it counts under to that one concern, so a course for acne scars and texture appears
 * only as an acne-scar course.
 */
export function filtered<T extends Grouped>(things: readonly T[], query: ReportQuery): T[] {
  return things
    .filter(
      (t) =>
        (!query.concern || t.concerns.includes(query.concern)) &&
        (!query.modality || t.modality === query.modality) &&
        (!query.practitionerId || t.practitioner?.key === query.practitionerId) &&
        (!query.deviceId || t.device?.key === query.deviceId),
    )
    .map((t) => (query.concern ? { ...t, concerns: [query.concern] } : t));
}

/** Every month of the range, with zeros where nothing happened. */
export function toOperationsMonths(
  months: readonly string[],
  rows: readonly OperationsRow[],
): OperationsMonth[] {
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  return months.map((month) => {
    const r = byMonth.get(month);
    const [appointments, completed, noShows, cancelled, signedSessions, cartridges] = r
      ? [r.appointments, r.completed, r.no_shows, r.cancelled, r.signed_sessions, r.cartridges]
      : [0, 0, 0, 0, 0, 0];
    return {
      ...{ month, appointments, completed, noShows, cancelled },
      noShowRate: completed + noShows > 0 ? noShows / (completed + noShows) : null,
      ...{
        signedSessions,
        cartridges,
        cartridgesPerSession: signedSessions ? cartridges / signedSessions : null,
      },
    };
  });
}

import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database';

/**
 * The report's reads. A range is whole months of the clinic's zone, given as the first day of the
 * first month and the first day after the last month ('2026-01-01', '2027-01-01'); PostgreSQL turns
 * them into instants in that zone, so a month follows the clinic's calendar across DST changes.
 */
export interface MonthRange {
  fromDay: string;
  untilDay: string;
  timeZone: string;
}

const startOf = (r: MonthRange) => sql`(${r.fromDay}::timestamp AT TIME ZONE ${r.timeZone})`;
const endOf = (r: MonthRange) => sql`(${r.untilDay}::timestamp AT TIME ZONE ${r.timeZone})`;

export const clinicZone = (db: Executor, clinicId: string) =>
  db.selectFrom('clinic').select('time_zone').where('id', '=', clinicId).executeTakeFirstOrThrow();

/** Staff and pens by id, for the groups' names. */
export const staffNames = (db: Executor, clinicId: string) =>
  db.selectFrom('app_user').select(['id', 'display_name']).where('clinic_id', '=', clinicId).execute();

export const devices = (db: Executor, clinicId: string) =>
  db.selectFrom('device').select(['id', 'model', 'serial']).where('clinic_id', '=', clinicId).execute();

export interface CourseRow {
  series_id: string;
  concerns: string[];
  modality: string;
  deepest_mm: string | null;
  practitioner_id: string | null;
  device_id: string | null;
}

/**
 * Courses whose first signed session started in the range, with the deepest depth charted in
 * any of their signed sessions and the practitioner and pen of most of them (the earliest first
 * on a tie).
 */
export async function courses(db: Executor, clinicId: string, range: MonthRange): Promise<CourseRow[]> {
  const { rows } = await sql<CourseRow>`
    WITH signed AS (
      SELECT s.series_id, s.practitioner_id, s.device_id, s.started_at,
             (SELECT max(z.depth_mm) FROM session_zone z
               WHERE z.session_id = s.id AND z.clinic_id = s.clinic_id) AS deepest
        FROM treatment_session s
       WHERE s.clinic_id = ${clinicId} AND s.signed_at IS NOT NULL AND s.series_id IS NOT NULL
    ), course AS (
      SELECT series_id FROM signed GROUP BY series_id
      HAVING min(started_at) >= ${startOf(range)} AND min(started_at) < ${endOf(range)}
    )
    SELECT t.id AS series_id, t.concerns, t.modality,
           (SELECT max(deepest) FROM signed WHERE series_id = t.id) AS deepest_mm,
           (SELECT practitioner_id FROM signed WHERE series_id = t.id
             GROUP BY practitioner_id ORDER BY count(*) DESC, min(started_at) LIMIT 1) AS practitioner_id,
           (SELECT device_id FROM signed WHERE series_id = t.id AND device_id IS NOT NULL
             GROUP BY device_id ORDER BY count(*) DESC, min(started_at) LIMIT 1) AS device_id
      FROM treatment_series t JOIN course c ON c.series_id = t.id
     WHERE t.clinic_id = ${clinicId}
     ORDER BY t.id`.execute(db);
  return rows;
}

/** The courses' scores, except those entered in error. */
export const scoresOf = (db: Executor, clinicId: string, seriesIds: readonly string[]) =>
  db
    .selectFrom('outcome_score')
    .select(['series_id', 'concern', 'scale', 'timepoint', 'score', 'rated_on'])
    .where('clinic_id', '=', clinicId)
    .where('entered_in_error_at', 'is', null)
    .where(sql<boolean>`series_id = ANY(${[...seriesIds]}::uuid[])`)
    .execute();

export interface SessionRow {
  id: string;
  modality: string;
  practitioner_id: string;
  device_id: string | null;
  concerns: string[] | null;
  deepest_mm: string | null;
  flagged: boolean;
  adverse_events: number;
}

/** Signed sessions started in the range, each with its side effects. */
export async function signedSessions(
  db: Executor,
  clinicId: string,
  range: MonthRange,
): Promise<SessionRow[]> {
  const { rows } = await sql<SessionRow>`
    SELECT s.id, s.modality, s.practitioner_id, s.device_id, t.concerns,
           (SELECT max(z.depth_mm) FROM session_zone z
             WHERE z.session_id = s.id AND z.clinic_id = s.clinic_id) AS deepest_mm,
           EXISTS (SELECT 1 FROM aftercare_plan p
                     JOIN aftercare_check_in c ON c.plan_id = p.id AND c.clinic_id = p.clinic_id
                    WHERE p.clinic_id = s.clinic_id AND p.session_id = s.id
                      AND c.level IN ('review', 'urgent', 'emergency')) AS flagged,
           coalesce(e.events, 0)::int AS adverse_events
      FROM treatment_session s
      LEFT JOIN treatment_series t ON t.clinic_id = s.clinic_id AND t.id = s.series_id
      LEFT JOIN (SELECT session_id, count(*) AS events FROM adverse_event
                  WHERE clinic_id = ${clinicId} GROUP BY session_id) e ON e.session_id = s.id
     WHERE s.clinic_id = ${clinicId} AND s.signed_at IS NOT NULL
       AND s.started_at >= ${startOf(range)} AND s.started_at < ${endOf(range)}
     ORDER BY s.started_at, s.id`.execute(db);
  return rows;
}

export interface OperationsRow {
  month: string;
  appointments: number;
  completed: number;
  no_shows: number;
  cancelled: number;
  signed_sessions: number;
  cartridges: number;
}

/** Per month of the clinic's calendar: visits by outcome, signed sessions and their cartridges. */
export async function operations(
  db: Executor,
  clinicId: string,
  range: MonthRange,
): Promise<OperationsRow[]> {
  const monthOf = (column: string) =>
    sql`to_char(${sql.ref(column)} AT TIME ZONE ${range.timeZone}, 'YYYY-MM')`;
  const { rows } = await sql<OperationsRow>`
    WITH visits AS (
      SELECT ${monthOf('a.starts_at')} AS month, count(*)::int AS appointments,
             (count(*) FILTER (WHERE a.status = 'completed'))::int AS completed,
             (count(*) FILTER (WHERE a.status = 'no_show'))::int AS no_shows,
             (count(*) FILTER (WHERE a.status = 'cancelled'))::int AS cancelled
        FROM appointment a
       WHERE a.clinic_id = ${clinicId} AND a.starts_at >= ${startOf(range)} AND a.starts_at < ${endOf(range)}
       GROUP BY 1
    ), sessions AS (
      SELECT ${monthOf('s.started_at')} AS month, count(*)::int AS signed_sessions,
             coalesce(sum((SELECT count(*) FROM session_cartridge c
                            WHERE c.session_id = s.id AND c.clinic_id = s.clinic_id)), 0)::int AS cartridges
        FROM treatment_session s
       WHERE s.clinic_id = ${clinicId} AND s.signed_at IS NOT NULL
         AND s.started_at >= ${startOf(range)} AND s.started_at < ${endOf(range)}
       GROUP BY 1
    )
    SELECT coalesce(v.month, s.month) AS month,
           coalesce(v.appointments, 0) AS appointments, coalesce(v.completed, 0) AS completed,
           coalesce(v.no_shows, 0) AS no_shows, coalesce(v.cancelled, 0) AS cancelled,
           coalesce(s.signed_sessions, 0) AS signed_sessions, coalesce(s.cartridges, 0) AS cartridges
      FROM visits v FULL JOIN sessions s ON s.month = v.month
     ORDER BY 1`.execute(db);
  return rows;
}

import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database';
import type { MonthRange } from './reports.repo';

/** The CSV's grid: every location and service of the clinic, by name. */
export const locations = (db: Executor, clinicId: string) =>
  db
    .selectFrom('location')
    .select(['id', 'name'])
    .where('clinic_id', '=', clinicId)
    .orderBy('name')
    .execute();

export const services = (db: Executor, clinicId: string) =>
  db.selectFrom('service').select(['id', 'name']).where('clinic_id', '=', clinicId).orderBy('name').execute();

export interface CellRow {
  location_id: string;
  service_id: string;
  appointments: number;
  completed: number;
  no_shows: number;
  cancelled: number;
  signed_sessions: number;
  cartridges: number;
}

/**
 * One month (the range covers exactly one) by location and service: visits by outcome, signed
 * sessions of those visits and their cartridges. Two index range scans
 * (appointment_clinic_starts_idx, treatment_session_signed_starts_idx) over that month only.
 */
export async function monthCells(db: Executor, clinicId: string, month: MonthRange): Promise<CellRow[]> {
  const from = sql`(${month.fromDay}::timestamp AT TIME ZONE ${month.timeZone})`;
  const until = sql`(${month.untilDay}::timestamp AT TIME ZONE ${month.timeZone})`;
  const { rows } = await sql<CellRow>`
    WITH visits AS (
      SELECT a.location_id, a.service_id, count(*)::int AS appointments,
             (count(*) FILTER (WHERE a.status = 'completed'))::int AS completed,
             (count(*) FILTER (WHERE a.status = 'no_show'))::int AS no_shows,
             (count(*) FILTER (WHERE a.status = 'cancelled'))::int AS cancelled
        FROM appointment a
       WHERE a.clinic_id = ${clinicId} AND a.starts_at >= ${from} AND a.starts_at < ${until}
       GROUP BY 1, 2
    ), sessions AS (
      SELECT a.location_id, a.service_id, count(*)::int AS signed_sessions,
             coalesce(sum((SELECT count(*) FROM session_cartridge c
                            WHERE c.session_id = s.id AND c.clinic_id = s.clinic_id)), 0)::int AS cartridges
        FROM treatment_session s
        JOIN appointment a ON a.clinic_id = s.clinic_id AND a.id = s.appointment_id
       WHERE s.clinic_id = ${clinicId} AND s.signed_at IS NOT NULL
         AND s.started_at >= ${from} AND s.started_at < ${until}
       GROUP BY 1, 2
    )
    SELECT coalesce(v.location_id, s.location_id) AS location_id,
           coalesce(v.service_id, s.service_id) AS service_id,
           coalesce(v.appointments, 0) AS appointments, coalesce(v.completed, 0) AS completed,
           coalesce(v.no_shows, 0) AS no_shows, coalesce(v.cancelled, 0) AS cancelled,
           coalesce(s.signed_sessions, 0) AS signed_sessions, coalesce(s.cartridges, 0) AS cartridges
      FROM visits v FULL JOIN sessions s ON s.location_id = v.location_id AND s.service_id = v.service_id`.execute(
    db,
  );
  return rows;
}

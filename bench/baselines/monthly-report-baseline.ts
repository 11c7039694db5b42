import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';

/**
 * The W8 floor: the same monthly figures (visits by outcome, signed sessions, cartridges per
 * month × location × service) as one hand-written `COPY (SELECT … GROUP BY …) TO STDOUT` through
 * pg-copy-streams, the way `psql -c "\copy (…) TO …"` runs it — PostgreSQL formats the CSV, the
 * client only drains bytes. No zero rows for empty cells, no names, no audit, no HTTP.
 * COPY takes no bind parameters: the clinic id is a uuid the harness made, the rest constants.
 */
export function monthlyCopySql(
  clinicId: string,
  fromDay: string,
  untilDay: string,
  timeZone: string,
): string {
  if (!/^[0-9a-f-]{36}$/.test(clinicId)) throw new Error('clinic id must be a uuid');
  const range = (column: string) =>
    `${column} >= '${fromDay}'::timestamp AT TIME ZONE '${timeZone}' AND ${column} < '${untilDay}'::timestamp AT TIME ZONE '${timeZone}'`;
  return `COPY (
    WITH visits AS (
      SELECT to_char(a.starts_at AT TIME ZONE '${timeZone}', 'YYYY-MM') AS month, a.location_id, a.service_id,
             count(*) AS appointments, count(*) FILTER (WHERE a.status = 'completed') AS completed,
             count(*) FILTER (WHERE a.status = 'no_show') AS no_shows,
             count(*) FILTER (WHERE a.status = 'cancelled') AS cancelled
        FROM appointment a
       WHERE a.clinic_id = '${clinicId}' AND ${range('a.starts_at')}
       GROUP BY 1, 2, 3
    ), sessions AS (
      SELECT to_char(s.started_at AT TIME ZONE '${timeZone}', 'YYYY-MM') AS month, a.location_id, a.service_id,
             count(*) AS signed_sessions,
             sum((SELECT count(*) FROM session_cartridge c WHERE c.session_id = s.id)) AS cartridges
        FROM treatment_session s JOIN appointment a ON a.id = s.appointment_id
       WHERE s.clinic_id = '${clinicId}' AND s.signed_at IS NOT NULL AND ${range('s.started_at')}
       GROUP BY 1, 2, 3
    )
    SELECT v.month, v.location_id, v.service_id, v.appointments, v.completed, v.no_shows, v.cancelled,
           coalesce(s.signed_sessions, 0) AS signed_sessions, coalesce(s.cartridges, 0) AS cartridges
      FROM visits v LEFT JOIN sessions s USING (month, location_id, service_id)
     ORDER BY 1, 2, 3
  ) TO STDOUT WITH (FORMAT csv, HEADER)`;
}

/** Runs the COPY and drains it; returns the bytes and lines received. */
export async function copyMonthly(
  client: pg.Client,
  text: string,
): Promise<{ bytes: number; lines: number }> {
  const stream = client.query(copyTo(text));
  let bytes = 0;
  let lines = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    for (const byte of chunk) if (byte === 10) lines += 1;
  }
  return { bytes, lines };
}

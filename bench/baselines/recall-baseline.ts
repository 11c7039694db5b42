import type pg from 'pg';

/**
 * The recall baseline: the affected sessions as one hand-written SQL statement sent through `pg`
 * as a named prepared statement — no query builder, no mapping, cartridges only (the contender
 * also searches anaesthetic and topical entries). Same rows, same order as the contender.
 */
const columns = `s.id AS session_id, s.started_at, s.signed_at, s.practitioner_id, u.display_name AS practitioner_name,
  p.id AS patient_id, p.given_name, p.family_name, p.date_of_birth, p.email, p.phone
  FROM treatment_session s
  JOIN patient p ON p.clinic_id = s.clinic_id AND p.id = s.patient_id
  JOIN app_user u ON u.id = s.practitioner_id`;

export const rawLotQuery = (client: pg.Client, clinicId: string, lotId: string) =>
  client.query<{ session_id: string }>({
    name: 'recall-lot',
    text: `SELECT ${columns}
            WHERE s.clinic_id = $1
              AND s.id IN (SELECT session_id FROM session_cartridge WHERE clinic_id = $1 AND lot_id = $2)
            ORDER BY s.started_at, s.id`,
    values: [clinicId, lotId],
  });

export const rawPenQuery = (client: pg.Client, clinicId: string, deviceId: string, from: Date, until: Date) =>
  client.query<{ session_id: string }>({
    name: 'recall-pen',
    text: `SELECT ${columns}
            WHERE s.clinic_id = $1 AND s.device_id = $2 AND s.started_at >= $3 AND s.started_at < $4
            ORDER BY s.started_at, s.id`,
    values: [clinicId, deviceId, from, until],
  });

import type { Executor } from '../../platform/db/database';

/** What a recall names: a lot, or a pen over the half-open period [from, until). */
export type RecallTarget =
  { kind: 'lot'; lotId: string } | { kind: 'device'; deviceId: string; from: Date; until: Date };

/** Sessions that charted the lot, whichever entry did: cartridge, anaesthetic or topical. */
const sessionsUsingLot = (db: Executor, clinicId: string, lotId: string) =>
  db
    .selectFrom('session_cartridge')
    .select('session_id')
    .where('clinic_id', '=', clinicId)
    .where('lot_id', '=', lotId)
    .union(
      db
        .selectFrom('session_anaesthetic')
        .select('session_id')
        .where('clinic_id', '=', clinicId)
        .where('lot_id', '=', lotId),
    )
    .union(
      db
        .selectFrom('session_topical')
        .select('session_id')
        .where('clinic_id', '=', clinicId)
        .where('lot_id', '=', lotId),
    );

/**
 * Every session the recall affects, with its patient's contact details and practitioner, in
 * start order — one statement, one index scan per chart table (session_cartridge_lot_idx …) or
 * on treatment_session_device_idx for a pen. `patientId` narrows it to one patient's sessions.
 */
export function affectedSessions(db: Executor, clinicId: string, target: RecallTarget, patientId?: string) {
  let query = db
    .selectFrom('treatment_session as s')
    .innerJoin('patient as p', (join) =>
      join.onRef('p.clinic_id', '=', 's.clinic_id').onRef('p.id', '=', 's.patient_id'),
    )
    .innerJoin('app_user as u', 'u.id', 's.practitioner_id')
    .select([
      's.id as session_id',
      's.started_at',
      's.signed_at',
      's.practitioner_id',
      'u.display_name as practitioner_name',
      'p.id as patient_id',
      'p.given_name',
      'p.family_name',
      'p.date_of_birth',
      'p.email',
      'p.phone',
    ])
    .where('s.clinic_id', '=', clinicId);
  query =
    target.kind === 'lot'
      ? query.where('s.id', 'in', sessionsUsingLot(db, clinicId, target.lotId))
      : query
          .where('s.device_id', '=', target.deviceId)
          .where('s.started_at', '>=', target.from)
          .where('s.started_at', '<', target.until);
  if (patientId) query = query.where('s.patient_id', '=', patientId);
  return query.orderBy('s.started_at').orderBy('s.id').execute();
}
export type AffectedRow = Awaited<ReturnType<typeof affectedSessions>>[number];

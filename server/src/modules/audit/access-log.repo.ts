import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database';

export interface AccessFilter {
  userId?: string;
  from?: string;
  to?: string;
  limit: number;
}

/** Events that touched this patient, newest first; dates are whole days in the clinic's zone. */
export function accessEvents(
  db: Executor,
  clinicId: string,
  timeZone: string,
  patientId: string,
  filter: AccessFilter,
) {
  let query = db
    .selectFrom('audit_event as e')
    .leftJoin('app_user as u', 'u.id', 'e.actor_user_id')
    .select([
      'e.id',
      'e.occurred_at',
      'e.action',
      'e.resource_type',
      'e.resource_id',
      'e.outcome',
      'e.ip',
      'e.actor_user_id',
      'e.actor_role',
      'u.display_name',
    ])
    .where('e.clinic_id', '=', clinicId)
    .where('e.patient_ids', '@>', sql<string[]>`ARRAY[${patientId}]::uuid[]`);
  if (filter.userId) query = query.where('e.actor_user_id', '=', filter.userId);
  const localDay = sql`(e.occurred_at AT TIME ZONE ${timeZone})::date`;
  if (filter.from) query = query.where(sql<boolean>`${localDay} >= ${filter.from}::date`);
  if (filter.to) query = query.where(sql<boolean>`${localDay} <= ${filter.to}::date`);
  return query.orderBy('e.occurred_at', 'desc').limit(filter.limit).execute();
}

export const clinicTimeZone = (db: Executor, clinicId: string) =>
  db.selectFrom('clinic').select('time_zone').where('id', '=', clinicId).executeTakeFirstOrThrow();

import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database';

const summaryColumns = [
  'id',
  'given_name',
  'family_name',
  'date_of_birth',
  'sex',
  'email',
  'phone',
  'preferred_language',
] as const;

/** Name, e-mail or phone contains the text; closest names first (pg_trgm), then alphabetical. */
export async function searchPatients(
  db: Executor,
  clinicId: string,
  q: string | undefined,
  limit: number,
  offset: number,
) {
  let query = db.selectFrom('patient').where('clinic_id', '=', clinicId);
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb(sql`given_name || ' ' || family_name`, 'ilike', like),
        eb('email', 'ilike', like),
        eb('phone', 'ilike', like),
      ]),
    );
  }
  const total = await query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .select(summaryColumns)
    .orderBy(sql`similarity(given_name || ' ' || family_name, ${q ?? ''})`, 'desc')
    .orderBy('family_name')
    .orderBy('given_name')
    .limit(limit)
    .offset(offset)
    .execute();
  return { rows, total: Number(total.n) };
}

export const findPatient = (db: Executor, clinicId: string, patientId: string) =>
  db
    .selectFrom('patient')
    .select(summaryColumns)
    .where('clinic_id', '=', clinicId)
    .where('id', '=', patientId)
    .executeTakeFirst();

export const findPatientOfUser = (db: Executor, clinicId: string, userId: string) =>
  db
    .selectFrom('patient')
    .select(summaryColumns)
    .where('clinic_id', '=', clinicId)
    .where('user_id', '=', userId)
    .executeTakeFirst();

export const findPatientOwner = (db: Executor, clinicId: string, patientId: string) =>
  db
    .selectFrom('patient')
    .select(['id', 'user_id'])
    .where('clinic_id', '=', clinicId)
    .where('id', '=', patientId)
    .executeTakeFirst();

export const latestHistory = (db: Executor, clinicId: string, patientId: string) =>
  db
    .selectFrom('medical_history as h')
    .leftJoin('app_user as u', 'u.id', 'h.entered_by')
    .select(['h.patient_id', 'h.version', 'h.answers', 'h.entered_at', 'u.display_name as entered_by'])
    .where('h.clinic_id', '=', clinicId)
    .where('h.patient_id', '=', patientId)
    .orderBy('h.version', 'desc')
    .limit(1)
    .executeTakeFirst();

import { sql } from 'kysely';
import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../../platform/db/database';
import type { PatientTable } from '../../platform/db/schema';

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

const foldedName = sql<string>`corium_fold(given_name || ' ' || family_name)`;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Staff search: a date finds by date of birth; otherwise the folded name (no accents, any
 * case) is close to the text — pg_trgm tolerates a typo or two — or e-mail/phone contain it.
 * Closest names first. Merged-away duplicates never show.
 */
export async function searchPatients(
  db: Executor,
  clinicId: string,
  q: string | undefined,
  limit: number,
  offset: number,
) {
  let query = db.selectFrom('patient').where('clinic_id', '=', clinicId).where('merged_into', 'is', null);
  const text = q?.trim() ?? '';
  if (DATE.test(text)) query = query.where('date_of_birth', '=', text);
  else if (text) {
    const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([
        sql<boolean>`corium_fold(${text}) <% ${foldedName}`,
        sql<boolean>`${foldedName} LIKE '%' || corium_fold(${text}) || '%'`,
        eb('email', 'ilike', like),
        eb('phone', 'ilike', like),
      ]),
    );
  }
  const total = await query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .select(summaryColumns)
    .orderBy(sql`word_similarity(corium_fold(${text}), ${foldedName})`, 'desc')
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
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .where('id', '=', patientId)
    .executeTakeFirst();

export const insertPatient = (db: Executor, row: Insertable<PatientTable>) =>
  db.insertInto('patient').values(row).returningAll().executeTakeFirstOrThrow();

export const updatePatient = (
  db: Executor,
  clinicId: string,
  patientId: string,
  patch: Updateable<PatientTable>,
) =>
  db
    .updateTable('patient')
    .set(patch)
    .where('clinic_id', '=', clinicId)
    .where('id', '=', patientId)
    .returningAll()
    .executeTakeFirst();

export interface DuplicateProbe {
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  email: string | null;
  phone: string | null;
}

/** Same birthday and a similar name, or the same e-mail or phone: probably the same person. */
export const findPossibleDuplicates = (db: Executor, clinicId: string, p: DuplicateProbe) =>
  db
    .selectFrom('patient')
    .select(summaryColumns)
    .where('clinic_id', '=', clinicId)
    .where('merged_into', 'is', null)
    .where((eb) =>
      eb.or([
        eb.and([
          eb('date_of_birth', '=', p.dateOfBirth),
          sql<boolean>`similarity(${foldedName}, corium_fold(${`${p.givenName} ${p.familyName}`})) > 0.4`,
        ]),
        ...(p.email ? [sql<boolean>`lower(email) = ${p.email.toLowerCase()}`] : []),
        ...(p.phone
          ? [sql<boolean>`regexp_replace(phone, '[^0-9]', '', 'g') = ${p.phone.replace(/[^0-9]/g, '')}`]
          : []),
      ]),
    )
    .limit(5)
    .execute();

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

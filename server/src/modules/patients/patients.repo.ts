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
 * Closest names first. Merged-away duplicates and records restricted by an erasure never show.
 */
export async function searchPatients(
  db: Executor,
  clinicId: string,
  q: string | undefined,
  limit: number,
  offset: number,
) {
  let query = db
    .selectFrom('patient')
    .where('clinic_id', '=', clinicId)
    .where('merged_into', 'is', null)
    .where('restricted_at', 'is', null);
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
    .where('restricted_at', 'is', null)
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

/**
 * The newest version, or the one in force at the end of `asOf` (a day in the clinic's zone).
 * Newest by when it was entered, then by number: time, not numbering, says which version was
 * in force, because a merge appends a duplicate's older versions with higher numbers.
 */
export function latestHistory(
  db: Executor,
  clinicId: string,
  patientId: string,
  asOf?: { day: string; timeZone: string },
) {
  let query = db
    .selectFrom('medical_history as h')
    .leftJoin('app_user as u', 'u.id', 'h.entered_by')
    .select([
      'h.patient_id',
      'h.version',
      'h.answers',
      'h.entered_at',
      'h.source',
      'u.display_name as entered_by',
    ])
    .where('h.clinic_id', '=', clinicId)
    .where('h.patient_id', '=', patientId);
  if (asOf)
    query = query.where(
      sql<boolean>`(h.entered_at AT TIME ZONE ${asOf.timeZone})::date <= ${asOf.day}::date`,
    );
  return query.orderBy('h.entered_at', 'desc').orderBy('h.version', 'desc').limit(1).executeTakeFirst();
}

/** Newest first, in the same order as `latestHistory`. */
export const historyVersions = (db: Executor, clinicId: string, patientId: string) =>
  db
    .selectFrom('medical_history as h')
    .leftJoin('app_user as u', 'u.id', 'h.entered_by')
    .select(['h.patient_id', 'h.version', 'h.entered_at', 'h.source', 'u.display_name as entered_by'])
    .where('h.clinic_id', '=', clinicId)
    .where('h.patient_id', '=', patientId)
    .orderBy('h.entered_at', 'desc')
    .orderBy('h.version', 'desc')
    .execute();

/** Locks the patient row so that two new versions cannot take the same number. */
export const lockPatient = (db: Executor, clinicId: string, patientId: string) =>
  db
    .selectFrom('patient')
    .select('id')
    .where('clinic_id', '=', clinicId)
    .where('id', '=', patientId)
    .forUpdate()
    .executeTakeFirst();

/** Numbers the version after the highest so far. */
export async function insertHistoryVersion(
  db: Executor,
  row: {
    id: string;
    clinicId: string;
    patientId: string;
    answers: unknown;
    enteredBy: string;
    source: 'staff' | 'patient';
    at: Date;
  },
) {
  const last = await db
    .selectFrom('medical_history')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('clinic_id', '=', row.clinicId)
    .where('patient_id', '=', row.patientId)
    .executeTakeFirst();
  return db
    .insertInto('medical_history')
    .values({
      id: row.id,
      clinic_id: row.clinicId,
      patient_id: row.patientId,
      version: (last?.v ?? 0) + 1,
      answers: JSON.stringify(row.answers),
      entered_by: row.enteredBy,
      entered_at: row.at,
      source: row.source,
    })
    .returning(['patient_id', 'version', 'answers', 'entered_at', 'source'])
    .executeTakeFirstOrThrow();
}

export const findDraft = (db: Executor, clinicId: string, patientId: string) =>
  db
    .selectFrom('intake_draft')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .where('patient_id', '=', patientId)
    .executeTakeFirst();

export const saveDraft = (
  db: Executor,
  row: { clinic_id: string; patient_id: string; answers: string; updated_at: Date },
) =>
  db
    .insertInto('intake_draft')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['clinic_id', 'patient_id'])
        .doUpdateSet({ answers: row.answers, updated_at: row.updated_at }),
    )
    .execute();

export const deleteDraft = (db: Executor, clinicId: string, patientId: string) =>
  db
    .deleteFrom('intake_draft')
    .where('clinic_id', '=', clinicId)
    .where('patient_id', '=', patientId)
    .execute();

export const clinicTimeZone = (db: Executor, clinicId: string) =>
  db.selectFrom('clinic').select('time_zone').where('id', '=', clinicId).executeTakeFirstOrThrow();

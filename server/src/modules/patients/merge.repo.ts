import { sql, type NotNull, type Updateable } from 'kysely';
import type { Executor } from '../../platform/db/database';
import type { PatientTable } from '../../platform/db/schema';

/** Locks a patient row for the rest of the transaction, with its portal account's state. */
export const lockPatient = (db: Executor, clinicId: string, patientId: string) =>
  db
    .selectFrom('patient as p')
    .leftJoin('app_user as u', 'u.id', 'p.user_id')
    .selectAll('p')
    .select('u.disabled_at as account_disabled_at')
    .where('p.clinic_id', '=', clinicId)
    .where('p.id', '=', patientId)
    .forUpdate('p')
    .executeTakeFirst();

/**
 * Clinical records that simply change hands in a merge, by what the merge calls them. Their
 * tables refuse every other change, and every deletion: a merge re-points them, nothing more.
 */
const movedRecords = {
  screenings: 'screening_evaluation',
  overrides: 'screening_override',
  consents: 'signed_consent',
  consentRequests: 'consent_request',
  photoScopeChanges: 'photo_scope_event',
  // Booked visits that overlap one of the survivor's are refused by the database (409).
  appointments: 'appointment',
  treatmentSeries: 'treatment_series',
  otherTreatments: 'other_treatment',
  waitlistEntries: 'waitlist_entry',
  sentMessages: 'notification_log',
  // Signed charts and their recovery: the chart's lock and the append-only triggers allow
  // exactly this one change.
  treatmentSessions: 'treatment_session',
  photos: 'photo',
  aftercarePlans: 'aftercare_plan',
  checkIns: 'aftercare_check_in',
  aftercareMessages: 'aftercare_message',
  aftercareAlerts: 'aftercare_alert',
  adverseEvents: 'adverse_event',
  // Outcome scores: their append-only trigger allows this one change too.
  outcomeScores: 'outcome_score',
} as const;
type MovedRecords = Record<keyof typeof movedRecords, number>;
type MovedTable = (typeof movedRecords)[keyof typeof movedRecords];
const recordKinds = Object.entries(movedRecords) as [keyof MovedRecords, MovedTable][];

async function perKind(work: (table: MovedTable) => Promise<number>): Promise<MovedRecords> {
  const counts = {} as MovedRecords;
  for (const [kind, table] of recordKinds) counts[kind] = await work(table);
  return counts;
}

/** How much of a patient's record lives in other tables, to say what a merge would move. */
export async function countOwned(db: Executor, clinicId: string, patientId: string) {
  const count = async (table: MovedTable | 'medical_history') => {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('clinic_id', '=', clinicId)
      .where('patient_id', '=', patientId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  return { historyVersions: await count('medical_history'), ...(await perKind(count)) };
}

/**
 * Screenings with their signed overrides, signed consents and photo-use choices change hands. A
 * moved screening names the history version it screened by its new number (`renumbered`), so
 * "what was screened" still points at the same answers.
 */
export const moveRecords = (
  db: Executor,
  clinicId: string,
  fromPatientId: string,
  toPatientId: string,
  renumbered: { from: number; to: number }[],
) =>
  perKind(async (table) => {
    const newVersion =
      table === 'screening_evaluation' && renumbered.length > 0
        ? {
            history_version: sql<number>`coalesce((SELECT m.to_version FROM (VALUES ${sql.join(
              renumbered.map((r) => sql`(${r.from}::int, ${r.to}::int)`),
            )}) AS m(from_version, to_version) WHERE m.from_version = history_version), history_version)`,
          }
        : {};
    const result = await db
      .updateTable(table)
      .set({ patient_id: toPatientId, ...newVersion })
      .where('clinic_id', '=', clinicId)
      .where('patient_id', '=', fromPatientId)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  });

/**
 * Re-points the duplicate's history versions to the survivor, numbered after the survivor's
 * highest in their own order (survivor v1–v3, duplicate v1–v2 → v4, v5); when and by whom each
 * was entered stays as it was. Returns each version's old and new number.
 */
export async function moveHistory(
  db: Executor,
  clinicId: string,
  fromPatientId: string,
  toPatientId: string,
): Promise<{ from: number; to: number }[]> {
  const { rows } = await sql<{ from: number; to: number }>`
    UPDATE medical_history h
       SET patient_id = ${toPatientId}, version = last.version + moved.n
      FROM (SELECT id, version, row_number() OVER (ORDER BY version) AS n
              FROM medical_history
             WHERE clinic_id = ${clinicId} AND patient_id = ${fromPatientId}) moved,
           (SELECT coalesce(max(version), 0) AS version
              FROM medical_history
             WHERE clinic_id = ${clinicId} AND patient_id = ${toPatientId}) last
     WHERE h.id = moved.id AND h.clinic_id = ${clinicId}
    RETURNING moved.version AS "from", h.version AS "to"`.execute(db);
  return rows.sort((a, b) => a.from - b.from);
}

export const moveDraft = (db: Executor, clinicId: string, fromPatientId: string, toPatientId: string) =>
  db
    .updateTable('intake_draft')
    .set({ patient_id: toPatientId })
    .where('clinic_id', '=', clinicId)
    .where('patient_id', '=', fromPatientId)
    .execute();

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
    .executeTakeFirstOrThrow();

const fullName = sql<string>`given_name || ' ' || family_name`;

/** The record a merged duplicate went into, with who merged it; undefined when not merged. */
export const findMergedInto = (db: Executor, clinicId: string, duplicateId: string) =>
  db
    .selectFrom('patient as d')
    .innerJoin('patient as s', (join) =>
      join.onRef('s.id', '=', 'd.merged_into').onRef('s.clinic_id', '=', 'd.clinic_id'),
    )
    .leftJoin('app_user as u', 'u.id', 'd.merged_by')
    .select([
      's.id',
      sql<string>`s.given_name || ' ' || s.family_name`.as('name'),
      'd.merged_at',
      sql<string>`coalesce(d.merge_reason, '')`.as('merge_reason'),
      'u.display_name as merged_by',
    ])
    .where('d.clinic_id', '=', clinicId)
    .where('d.id', '=', duplicateId)
    .where('d.merged_at', 'is not', null)
    .$narrowType<{ merged_at: NotNull }>()
    .executeTakeFirst();

/** The duplicates merged into a record, oldest merge first. */
export const findMergedFrom = (db: Executor, clinicId: string, patientId: string) =>
  db
    .selectFrom('patient')
    .select(['id', fullName.as('name'), 'merged_at'])
    .where('clinic_id', '=', clinicId)
    .where('merged_into', '=', patientId)
    .where('merged_at', 'is not', null)
    .$narrowType<{ merged_at: NotNull }>()
    .orderBy('merged_at')
    .orderBy('id')
    .execute();

import { sql } from 'kysely';
import type { Insertable } from 'kysely';
import type { Executor } from '../../platform/db/database';
import type { ScreeningEvaluationTable, ScreeningOverrideTable } from '../../platform/db/schema';

/** The clinic's calendar day at `now`, `YYYY-MM-DD` in its own time zone. */
export async function clinicToday(db: Executor, clinicId: string, now: Date): Promise<string> {
  const row = await db
    .selectFrom('clinic')
    .select(sql<string>`(${now}::timestamptz AT TIME ZONE time_zone)::date`.as('today'))
    .where('id', '=', clinicId)
    .executeTakeFirstOrThrow();
  return row.today;
}

export const insertEvaluation = (db: Executor, row: Insertable<ScreeningEvaluationTable>) =>
  db.insertInto('screening_evaluation').values(row).execute();

const evaluations = (db: Executor, clinicId: string, patientId: string) =>
  db
    .selectFrom('screening_evaluation as e')
    .leftJoin('app_user as u', 'u.id', 'e.created_by')
    .select([
      'e.id',
      'e.patient_id',
      'e.occasion',
      'e.history_version',
      'e.inputs',
      'e.result',
      'e.needs_override',
      'e.attestation',
      'e.created_by',
      'e.created_at',
      'u.display_name as created_by_name',
    ])
    .where('e.clinic_id', '=', clinicId)
    .where('e.patient_id', '=', patientId);

/** Newest first; ids are UUIDv7, so they break ties in the order of creation. */
export const listEvaluations = (db: Executor, clinicId: string, patientId: string) =>
  evaluations(db, clinicId, patientId).orderBy('e.created_at', 'desc').orderBy('e.id', 'desc').execute();

export const findEvaluation = (db: Executor, clinicId: string, patientId: string, evaluationId: string) =>
  evaluations(db, clinicId, patientId).where('e.id', '=', evaluationId).executeTakeFirst();

export type EvaluationRow = NonNullable<Awaited<ReturnType<typeof findEvaluation>>>;

/** Overrides of these evaluations, in the order they were signed. */
export async function overridesOf(db: Executor, clinicId: string, evaluationIds: readonly string[]) {
  if (evaluationIds.length === 0) return [];
  return db
    .selectFrom('screening_override as o')
    .innerJoin('app_user as u', 'u.id', 'o.signed_by')
    .select([
      'o.id',
      'o.evaluation_id',
      'o.rule_id',
      'o.level',
      'o.reason',
      'o.signed_by',
      'o.signed_at',
      'u.display_name as signed_by_name',
    ])
    .where('o.clinic_id', '=', clinicId)
    .where('o.evaluation_id', 'in', evaluationIds)
    .orderBy('o.signed_at')
    .orderBy('o.id')
    .execute();
}

export type OverrideRow = Awaited<ReturnType<typeof overridesOf>>[number];

export const insertOverride = (db: Executor, row: Insertable<ScreeningOverrideTable>) =>
  db.insertInto('screening_override').values(row).execute();

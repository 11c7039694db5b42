import type { ConsentTreatment } from '@corium/contracts';
import type { Insertable } from 'kysely';
import type { ConsentTemplateVersionTable } from '../../platform/db/consent-schema';
import type { Executor, Trx } from '../../platform/db/database';

const versionColumns = [
  'v.id',
  'v.template_id',
  'v.treatment',
  'v.version',
  'v.title',
  'v.body',
  'v.material_revision',
  'v.change_note',
  'v.published_by',
  'v.published_at',
  'u.display_name as published_by_name',
] as const;

export const existingTreatments = async (db: Executor, clinicId: string): Promise<ConsentTreatment[]> =>
  (
    await db.selectFrom('consent_template').select('treatment').where('clinic_id', '=', clinicId).execute()
  ).map((r) => r.treatment);

/** The template row, unless another transaction made it first (then nothing: it made version 1 too). */
export const insertTemplateIfMissing = (
  trx: Trx,
  row: { id: string; clinic_id: string; treatment: ConsentTreatment; created_at: Date },
) =>
  trx
    .insertInto('consent_template')
    .values(row)
    .onConflict((oc) => oc.columns(['clinic_id', 'treatment']).doNothing())
    .returning('id')
    .executeTakeFirst();

export const insertVersion = (trx: Trx, row: Insertable<ConsentTemplateVersionTable>) =>
  trx.insertInto('consent_template_version').values(row).execute();

/** The newest version of each of the clinic's templates. */
export const currentVersions = (db: Executor, clinicId: string) =>
  db
    .selectFrom('consent_template_version as v')
    .leftJoin('app_user as u', 'u.id', 'v.published_by')
    .select(versionColumns)
    .distinctOn('v.template_id')
    .where('v.clinic_id', '=', clinicId)
    .orderBy('v.template_id')
    .orderBy('v.version', 'desc')
    .execute();

export const currentVersionOf = (db: Executor, clinicId: string, treatment: ConsentTreatment) =>
  db
    .selectFrom('consent_template_version as v')
    .leftJoin('app_user as u', 'u.id', 'v.published_by')
    .select(versionColumns)
    .where('v.clinic_id', '=', clinicId)
    .where('v.treatment', '=', treatment)
    .orderBy('v.version', 'desc')
    .limit(1)
    .executeTakeFirst();

export const findVersion = (db: Executor, clinicId: string, versionId: string) =>
  db
    .selectFrom('consent_template_version as v')
    .leftJoin('app_user as u', 'u.id', 'v.published_by')
    .select(versionColumns)
    .where('v.clinic_id', '=', clinicId)
    .where('v.id', '=', versionId)
    .executeTakeFirst();

export const listVersions = (db: Executor, clinicId: string, templateId: string) =>
  db
    .selectFrom('consent_template_version as v')
    .leftJoin('app_user as u', 'u.id', 'v.published_by')
    .select(versionColumns)
    .where('v.clinic_id', '=', clinicId)
    .where('v.template_id', '=', templateId)
    .orderBy('v.version', 'desc')
    .execute();

/** Publishing locks the template, so two editors cannot both publish "version 4". */
export const lockTemplate = (trx: Trx, clinicId: string, templateId: string) =>
  trx
    .selectFrom('consent_template')
    .select(['id', 'treatment'])
    .where('clinic_id', '=', clinicId)
    .where('id', '=', templateId)
    .forUpdate()
    .executeTakeFirst();

export type VersionRow = NonNullable<Awaited<ReturnType<typeof findVersion>>>;

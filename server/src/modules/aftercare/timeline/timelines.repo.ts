import type { Executor } from '../../../platform/db/database';

/** SQL for the clinic's published aftercare timeline versions (append-only). */

const versions = (db: Executor, clinicId: string) =>
  db
    .selectFrom('aftercare_timeline_version as v')
    .innerJoin('app_user as u', 'u.id', 'v.published_by')
    .select([
      'v.id',
      'v.number',
      'v.version',
      'v.timeline',
      'v.change_note',
      'v.published_at',
      'v.published_by',
      'u.display_name as published_by_name',
    ])
    .where('v.clinic_id', '=', clinicId);

export const latestVersion = (db: Executor, clinicId: string) =>
  versions(db, clinicId).orderBy('v.number', 'desc').limit(1).executeTakeFirst();

export const allVersions = (db: Executor, clinicId: string) =>
  versions(db, clinicId).orderBy('v.number', 'desc').execute();

export type TimelineVersionRow = Awaited<ReturnType<typeof allVersions>>[number];

/** Serialises publishing within a clinic, so two versions never get the same number. */
export const lockClinicTimelines = (db: Executor, clinicId: string) =>
  db.selectFrom('clinic').select('id').where('id', '=', clinicId).forUpdate().executeTakeFirst();

export const insertVersion = (
  db: Executor,
  row: {
    id: string;
    clinic_id: string;
    number: number;
    version: string;
    timeline: string;
    change_note: string;
    published_by: string;
    published_at: Date;
  },
) => db.insertInto('aftercare_timeline_version').values(row).execute();

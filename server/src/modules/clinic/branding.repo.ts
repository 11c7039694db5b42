import type { Executor } from '../../platform/db/database';

export const findBranding = (db: Executor, clinicId: string) =>
  db
    .selectFrom('clinic_branding')
    .select(['brand_colour'])
    .where('clinic_id', '=', clinicId)
    .executeTakeFirst();

export const saveBranding = (
  db: Executor,
  row: { clinicId: string; brandColour: string; updatedBy: string; now: Date },
) =>
  db
    .insertInto('clinic_branding')
    .values({
      clinic_id: row.clinicId,
      brand_colour: row.brandColour,
      updated_by: row.updatedBy,
      updated_at: row.now,
    })
    .onConflict((oc) =>
      oc.column('clinic_id').doUpdateSet({
        brand_colour: row.brandColour,
        updated_by: row.updatedBy,
        updated_at: row.now,
      }),
    )
    .execute();

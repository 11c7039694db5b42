import type { Executor } from '../../platform/db/database';

/** The clinic's booking rules: one row per clinic, none while it keeps Corium's defaults. */

export interface BookingPolicyRow {
  cancel_notice_hours: number;
  consultation_first: boolean;
  offer_minutes: number;
  updated_at: Date | null;
  updated_by: string | null;
  updated_by_name: string | null;
}

/** What a clinic without a row works by (the column defaults of the migration). */
export const DEFAULT_POLICY: BookingPolicyRow = {
  cancel_notice_hours: 24,
  consultation_first: true,
  offer_minutes: 120,
  updated_at: null,
  updated_by: null,
  updated_by_name: null,
};

/** The rules in force, with who changed them last; the defaults when the clinic never did. */
export async function bookingPolicy(db: Executor, clinicId: string): Promise<BookingPolicyRow> {
  const row = await db
    .selectFrom('booking_policy as p')
    .leftJoin('app_user as u', (join) =>
      join.onRef('u.id', '=', 'p.updated_by').on('u.clinic_id', '=', clinicId),
    )
    .select([
      'p.cancel_notice_hours',
      'p.consultation_first',
      'p.offer_minutes',
      'p.updated_at',
      'p.updated_by',
    ])
    .select('u.display_name as updated_by_name')
    .where('p.clinic_id', '=', clinicId)
    .executeTakeFirst();
  return row ?? DEFAULT_POLICY;
}

/** Inserts the clinic's rules, or replaces them: one statement, so two saves never clash. */
export const saveBookingPolicy = (
  db: Executor,
  row: {
    clinic_id: string;
    cancel_notice_hours: number;
    consultation_first: boolean;
    offer_minutes: number;
    updated_by: string;
    updated_at: Date;
  },
) =>
  db
    .insertInto('booking_policy')
    .values(row)
    .onConflict((oc) =>
      oc.column('clinic_id').doUpdateSet((eb) => ({
        cancel_notice_hours: eb.ref('excluded.cancel_notice_hours'),
        consultation_first: eb.ref('excluded.consultation_first'),
        offer_minutes: eb.ref('excluded.offer_minutes'),
        updated_by: eb.ref('excluded.updated_by'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();

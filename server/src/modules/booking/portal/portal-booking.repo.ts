import type { Executor } from '../../../platform/db/database';

/** The portal's reads: the clinic's booking policy and what a patient has had. */

export const DEFAULT_POLICY = { cancel_notice_hours: 24, consultation_first: true, offer_minutes: 120 };

export async function bookingPolicy(db: Executor, clinicId: string) {
  const row = await db
    .selectFrom('booking_policy')
    .select(['cancel_notice_hours', 'consultation_first', 'offer_minutes'])
    .where('clinic_id', '=', clinicId)
    .executeTakeFirst();
  return row ?? DEFAULT_POLICY;
}
export type BookingPolicyRow = Awaited<ReturnType<typeof bookingPolicy>>;

/** Visits booked or done, by kind of service. */
export const visitCounts = (db: Executor, clinicId: string, patientId: string) =>
  db
    .selectFrom('appointment as a')
    .innerJoin('service as s', 's.id', 'a.service_id')
    .select(['s.kind', (eb) => eb.fn.countAll<string>().as('n')])
    .where('a.clinic_id', '=', clinicId)
    .where('a.patient_id', '=', patientId)
    .where('a.status', 'in', ['booked', 'completed'])
    .groupBy('s.kind')
    .execute();

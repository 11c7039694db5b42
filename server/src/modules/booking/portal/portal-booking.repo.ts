import type { Executor } from '../../../platform/db/database';

/** The portal's reads: what a patient has had. The clinic's booking rules are in `../booking-policy.repo`. */

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

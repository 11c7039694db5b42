import type { Trx } from '../../platform/db/database';

/** Checking a patient in: the visit locked with its location's zone, then the arrival recorded. */

export const lockForCheckIn = (trx: Trx, clinicId: string, patientId: string, appointmentId: string) =>
  trx
    .selectFrom('appointment as a')
    .innerJoin('location as l', 'l.id', 'a.location_id')
    .select(['a.id', 'a.status', 'a.starts_at', 'a.checked_in_at', 'l.time_zone'])
    .where('a.clinic_id', '=', clinicId)
    .where('a.patient_id', '=', patientId)
    .where('a.id', '=', appointmentId)
    .forUpdate('a')
    .executeTakeFirst();

export const recordCheckIn = (trx: Trx, clinicId: string, appointmentId: string, by: string, at: Date) =>
  trx
    .updateTable('appointment')
    .set({ checked_in_at: at, checked_in_by: by })
    .where('clinic_id', '=', clinicId)
    .where('id', '=', appointmentId)
    .where('checked_in_at', 'is', null)
    .execute();

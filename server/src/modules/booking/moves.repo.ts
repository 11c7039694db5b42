import type { Trx } from '../../platform/db/database';
import { insertHolds, takeTurnsOn, type HoldRow } from './appointments.repo';

/** Moving a booked visit: its row locked, its times changed, its holds replaced. */

/** Locks the appointment to move, with what a move needs to know. */
export const lockForMove = (trx: Trx, clinicId: string, patientId: string, appointmentId: string) =>
  trx
    .selectFrom('appointment')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .where('patient_id', '=', patientId)
    .where('id', '=', appointmentId)
    .forUpdate()
    .executeTakeFirst();
export type MovingRow = NonNullable<Awaited<ReturnType<typeof lockForMove>>>;

export interface Placement {
  location_id: string;
  starts_at: Date;
  ends_at: Date;
  spacing_override_by: string | null;
  spacing_override_reason: string | null;
  /** AppointmentWarning[] as JSON, found again by the move. */
  warnings: string;
}

export const place = (trx: Trx, clinicId: string, appointmentId: string, placement: Placement) =>
  trx
    .updateTable('appointment')
    .set(placement)
    .where('clinic_id', '=', clinicId)
    .where('id', '=', appointmentId)
    .execute();

/**
 * The visit's holds become `rows`. Turns are taken on the old resources and the new ones
 * together, in resource order, before the old holds go: a booking waiting for one of them
 * cannot hold another this move needs (see appointments.repo.ts takeTurnsOn).
 */
export async function replaceHolds(
  trx: Trx,
  clinicId: string,
  appointmentId: string,
  rows: HoldRow[],
): Promise<void> {
  const old = await trx
    .selectFrom('appointment_resource')
    .select('resource_id')
    .where('clinic_id', '=', clinicId)
    .where('appointment_id', '=', appointmentId)
    .execute();
  await takeTurnsOn(trx, [...old.map((o) => o.resource_id), ...rows.map((r) => r.resource_id)]);
  await trx
    .deleteFrom('appointment_resource')
    .where('clinic_id', '=', clinicId)
    .where('appointment_id', '=', appointmentId)
    .execute();
  await insertHolds(trx, rows);
}

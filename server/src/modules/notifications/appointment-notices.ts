import type { Deps } from '../../deps';
import type { Trx } from '../../platform/db/database';

/** A change to a patient's visits, told inside the transaction that made it. */
export interface AppointmentChange {
  clinicId: string;
  patientId: string;
  appointmentIds: string[];
}

/** A visit (or every session of a series booked as one action) was booked. */
export async function appointmentsBooked(trx: Trx, deps: Deps, change: AppointmentChange): Promise<void> {
  void trx;
  void deps;
  void change;
}

/** A visit was cancelled: its time is free for someone else. */
export async function appointmentCancelled(trx: Trx, deps: Deps, change: AppointmentChange): Promise<void> {
  void trx;
  void deps;
  void change;
}

/** A visit moved to another time: `previousStart` is when it was. */
export async function appointmentMoved(
  trx: Trx,
  deps: Deps,
  change: AppointmentChange & { previousStart: Date },
): Promise<void> {
  void trx;
  void deps;
  void change;
}

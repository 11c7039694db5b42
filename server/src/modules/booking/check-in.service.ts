import type { Appointment } from '@corium/contracts';
import type { Deps } from '../../deps';
import { recordAudit } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import { AppError } from '../../platform/errors/app-error';
import { appointmentEvent, readAppointment } from './appointments.service';
import * as repo from './check-in.repo';
import { wallClockOf } from './wall-clock';

/**
 * The front desk checks the patient in when they arrive: a booked visit, on its day (the
 * location's calendar). Checking in twice changes nothing and answers with the visit as it is,
 * so a double tap at the desk is harmless. The treatment room starts a session only after it.
 */
export function checkIn(
  deps: Deps,
  principal: Principal,
  patientId: string,
  appointmentId: string,
  meta: RequestMeta,
): Promise<Appointment> {
  const { clinicId } = principal;
  return deps.db.transaction().execute(async (trx) => {
    const visit = await repo.lockForCheckIn(trx, clinicId, patientId, appointmentId);
    if (!visit) throw new AppError('NOT_FOUND', 'This patient has no such appointment');
    const now = deps.clock.now();
    const already = visit.checked_in_at !== null;
    if (!already) {
      if (visit.status !== 'booked')
        throw new AppError(
          'CONFLICT',
          `This appointment is ${visit.status.replace('_', '-')}: it cannot be checked in`,
        );
      const day = wallClockOf(visit.starts_at, visit.time_zone).date;
      if (day !== wallClockOf(now, visit.time_zone).date)
        throw new AppError(
          'CONFLICT',
          `This visit is on ${day}: patients are checked in on the day of their visit`,
        );
      await repo.recordCheckIn(trx, clinicId, appointmentId, principal.userId, now);
    }
    const event = already
      ? appointmentEvent('read', patientId, appointmentId, { checkIn: 'already checked in' })
      : appointmentEvent('update', patientId, appointmentId, { checkedIn: now.toISOString() });
    await recordAudit(trx, actorOf(principal, meta), event, now);
    return readAppointment(trx, clinicId, patientId, appointmentId);
  });
}

import type { StopTreatmentSeriesRequest, TreatmentSeries } from '@corium/contracts';
import type { Deps } from '../../deps';
import { recordAudit } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import { AppError } from '../../platform/errors/app-error';
import { lockUnmergedPatient } from '../patients/merge.service';
import { cancelBookedVisit } from './appointments.service';
import * as repo from './treatment-series.repo';
import { toTreatmentSeries } from './treatment-series.service';

/**
 * Stops a course before its last session, in one transaction: the course records who stopped it,
 * when and why, and each of its visits still ahead is cancelled with that reason (the patient is
 * told and the time offered to the waitlist, as any cancellation). A course whose every session
 * was signed has finished; "completed" is derived from those sessions, so it is never set here.
 */
export function stopSeries(
  deps: Deps,
  principal: Principal,
  patientId: string,
  seriesId: string,
  request: StopTreatmentSeriesRequest,
  meta: RequestMeta,
): Promise<TreatmentSeries> {
  const { clinicId } = principal;
  return deps.db.transaction().execute(async (trx) => {
    await lockUnmergedPatient(trx, clinicId, patientId);
    const course = await repo.lockSeries(trx, clinicId, patientId, seriesId);
    if (!course) throw new AppError('NOT_FOUND', 'This patient has no such course');
    if (course.status !== 'active') throw new AppError('CONFLICT', `This course is already ${course.status}`);
    const done = Number((await repo.completedSessions(trx, clinicId, seriesId)).count);
    if (done >= course.sessions)
      throw new AppError('CONFLICT', 'Every session of this course is done: it has finished');
    const now = deps.clock.now();
    const visits = await repo.bookedVisitsAhead(trx, clinicId, seriesId, now);
    for (const visit of visits)
      await cancelBookedVisit(
        trx,
        deps,
        principal,
        { patientId, appointmentId: visit.id, reason: request.reason },
        meta,
      );
    await repo.stopSeries(trx, clinicId, seriesId, { by: principal.userId, at: now, reason: request.reason });
    await recordAudit(
      trx,
      actorOf(principal, meta),
      {
        action: 'update',
        resourceType: 'treatment_series',
        resourceId: seriesId,
        patientIds: [patientId],
        details: {
          status: 'stopped',
          reason: request.reason,
          cancelledAppointments: visits.map((v) => v.id),
        },
      },
      now,
    );
    const row = await repo.findSeries(trx, clinicId, patientId, seriesId);
    const sessions = await repo.seriesAppointments(trx, clinicId, [seriesId]);
    return toTreatmentSeries(row!, sessions);
  });
}

import type { Trx } from '../../../platform/db/database';
import { AppError } from '../../../platform/errors/app-error';
import * as seriesRepo from '../treatment-series.repo';
import type { ResolvedBooking } from './resolve-booking';

export interface SeriesSession {
  series: seriesRepo.SeriesRow;
  sessionNumber: number;
}

const invalid = (message: string): AppError =>
  new AppError('VALIDATION_FAILED', message, [{ path: 'seriesId', message }]);

/**
 * The session of the patient's series this visit is: the lowest session number not yet booked
 * or done (a cancelled or missed session is booked again under its number).
 */
export async function seriesSession(
  trx: Trx,
  clinicId: string,
  patientId: string,
  seriesId: string | undefined,
  booking: ResolvedBooking,
): Promise<SeriesSession | null> {
  if (!seriesId) return null;
  const series = await seriesRepo.findSeries(trx, clinicId, patientId, seriesId);
  if (!series) throw invalid('This patient has no such treatment series');
  if (series.status !== 'active') throw invalid(`The series is ${series.status}`);
  if (booking.service.modality !== series.modality)
    throw invalid(`The series is of ${series.modality}; book a ${series.modality} service for it`);
  const taken = new Set(
    (await seriesRepo.seriesAppointments(trx, clinicId, [series.id]))
      .filter((a) => a.status === 'booked' || a.status === 'completed')
      .map((a) => a.session_number),
  );
  for (let n = 1; n <= series.sessions; n++) if (!taken.has(n)) return { series, sessionNumber: n };
  throw new AppError('CONFLICT', `All ${series.sessions} sessions of this series are booked`, [
    { path: 'seriesId', message: 'Every session of this series is booked or done' },
  ]);
}

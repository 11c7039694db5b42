import type { Trx } from '../../../platform/db/database';
import * as appointments from '../appointments.repo';
import { wallClockOf } from '../wall-clock';
import { earliestSpacedDay } from './portal-rules';

/** Series allow at most a year between sessions, so two years around the day hold every neighbour. */
const SPACING_WINDOW_MS = 2 * 366 * 86_400_000;

/** The first day from `from` on that is far enough from the patient's other needling sessions. */
export async function earliestTreatmentDay(
  trx: Trx,
  clinicId: string,
  patientId: string,
  from: string,
  minIntervalDays: number | null,
  /** A visit being moved: not a neighbour of itself. */
  movingId?: string,
): Promise<string> {
  const around = new Date(`${from}T12:00:00Z`).getTime();
  const sessions = await appointments.needlingSessions(
    trx,
    clinicId,
    patientId,
    new Date(around - SPACING_WINDOW_MS),
    new Date(around + SPACING_WINDOW_MS),
  );
  const others = sessions
    .filter((s) => s.id !== movingId)
    .map((s) => ({
      appointmentId: s.id,
      date: wallClockOf(s.starts_at, s.time_zone).date,
      start: s.starts_at,
      minIntervalDays: s.min_interval_days,
    }));
  return earliestSpacedDay(from, others, minIntervalDays);
}

import { createHash } from 'node:crypto';
import type { BookSeriesRequest, FieldIssue } from '@corium/contracts';
import type { Trx } from '../../../platform/db/database';
import { AppError } from '../../../platform/errors/app-error';
import * as seriesRepo from '../treatment-series.repo';
import { keyReused } from './idempotency';

/**
 * A series booked as one action shares one idempotency key: each session's appointment
 * carries `series:<sha-256 of the key>:<session number>` (the key itself may be 200 characters)
 * and the hash of the whole request, so a retry finds all of them.
 */
const sessionKeyPrefix = (key: string): string => `series:${createHash('sha256').update(key).digest('hex')}:`;

export const sessionKey = (key: string, sessionNumber: number): string =>
  `${sessionKeyPrefix(key)}${sessionNumber}`;

/** Patient, series, service, location, each session (instant and assignment), screening. */
export function seriesRequestHash(patientId: string, seriesId: string, request: BookSeriesRequest): string {
  const sessions = [...request.sessions]
    .sort((a, b) => a.sessionNumber - b.sessionNumber)
    .map((s) => [
      s.sessionNumber,
      new Date(s.start).toISOString(),
      Object.entries(s.assignment).sort(([a], [b]) => a.localeCompare(b)),
    ]);
  const canonical = JSON.stringify([
    patientId,
    seriesId,
    request.serviceId,
    request.locationId,
    sessions,
    request.screeningId ?? null,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** The appointments an earlier request with this key made, in session order; [] when none did. */
export async function earlierSeriesBooking(
  trx: Trx,
  clinicId: string,
  key: string,
  hash: string,
): Promise<string[]> {
  const rows = await trx
    .selectFrom('appointment')
    .select(['id', 'request_hash', 'session_number'])
    .where('clinic_id', '=', clinicId)
    .where('idempotency_key', 'like', `${sessionKeyPrefix(key)}%`)
    .orderBy('session_number')
    .execute();
  if (rows.some((r) => r.request_hash !== hash)) throw keyReused();
  return rows.map((r) => r.id);
}

const invalid = (issues: FieldIssue[]): AppError =>
  new AppError('VALIDATION_FAILED', issues[0]!.message, issues);

/**
 * The series is the patient's and active; each session number is the plan's, named once, not
 * booked or done already; and the sessions, booked and asked for, follow their numbers in time.
 */
export async function seriesFor(
  trx: Trx,
  clinicId: string,
  patientId: string,
  seriesId: string,
  request: BookSeriesRequest,
): Promise<seriesRepo.SeriesRow> {
  const series = await seriesRepo.findSeries(trx, clinicId, patientId, seriesId);
  if (!series) throw new AppError('NOT_FOUND', 'This patient has no such treatment series');
  if (series.status !== 'active') throw new AppError('CONFLICT', `The series is ${series.status}`);
  const booked = (await seriesRepo.seriesAppointments(trx, clinicId, [series.id])).filter(
    (a) => a.status === 'booked' || a.status === 'completed',
  );
  const issues: FieldIssue[] = [];
  request.sessions.forEach((s, i) => {
    const path = `sessions.${i}.sessionNumber`;
    if (s.sessionNumber > series.sessions)
      issues.push({ path, message: `The series has ${series.sessions} sessions` });
    else if (request.sessions.findIndex((o) => o.sessionNumber === s.sessionNumber) !== i)
      issues.push({ path, message: 'Each session once' });
    else if (booked.some((b) => b.session_number === s.sessionNumber))
      issues.push({ path, message: `Session ${s.sessionNumber} is already booked or done` });
  });
  if (issues.length > 0) throw invalid(issues);
  const timeline = [
    ...booked.map((b) => ({ n: b.session_number!, at: b.starts_at.getTime() })),
    ...request.sessions.map((s) => ({ n: s.sessionNumber, at: Date.parse(s.start) })),
  ].sort((a, b) => a.n - b.n);
  const outOfOrder = timeline.findIndex((s, i) => i > 0 && s.at <= timeline[i - 1]!.at);
  if (outOfOrder > 0) {
    const i = request.sessions.findIndex((s) => s.sessionNumber === timeline[outOfOrder]!.n);
    const at =
      i >= 0 ? i : request.sessions.findIndex((s) => s.sessionNumber === timeline[outOfOrder - 1]!.n);
    throw invalid([{ path: `sessions.${at}.start`, message: 'Sessions follow their numbers in time' }]);
  }
  return series;
}

import type { Appointment, BookedSeries, BookSeriesRequest, FieldIssue } from '@corium/contracts';
import type { Deps } from '../../deps';
import { recordAudit } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import type { Trx } from '../../platform/db/database';
import { AppError } from '../../platform/errors/app-error';
import { appointmentsBooked } from '../notifications/appointment-notices';
import { lockUnmergedPatient } from '../patients/merge.service';
import * as repo from './appointments.repo';
import { appointmentEvent, readAppointment } from './appointments.service';
import { assertFitsHours } from './book/check-hours';
import { claimVisit, recordBooked, refusalOf, type Booker, type Claim } from './book/claim-visit';
import { resolveBooking } from './book/resolve-booking';
import { screeningGate } from './book/screening-gate';
import { earlierSeriesBooking, seriesFor, seriesRequestHash, sessionKey } from './book/series-request';
import type { SeriesRow } from './treatment-series.repo';

type Outcome = { appointments: Appointment[] } | { refusal: AppError };
type Session = BookSeriesRequest['sessions'][number];

interface SeriesBooking extends Booker {
  seriesId: string;
  request: BookSeriesRequest;
  hash: string;
}

/** A session's refusal, naming the session: its field paths under `sessions.i`, its number in details. */
function ofSession(error: unknown, index: number, session: Session): unknown {
  const refused = refusalOf(error);
  if (!(refused instanceof AppError)) return refused;
  const where = { sessionNumber: session.sessionNumber, start: session.start };
  if (Array.isArray(refused.details)) {
    const issues = (refused.details as FieldIssue[]).map((d) => ({
      ...d,
      path: `sessions.${index}.${d.path}`,
    }));
    return new AppError(refused.code, `Session ${session.sessionNumber}: ${refused.message}`, issues);
  }
  const details = { ...(refused.details as object | undefined), ...where };
  return new AppError(refused.code, `Session ${session.sessionNumber}: ${refused.message}`, details);
}

/** One session checked and claimed; what went wrong names the session. */
async function claimSession(trx: Trx, b: SeriesBooking, series: SeriesRow, session: Session): Promise<Claim> {
  const { clinicId } = b.principal;
  const index = b.request.sessions.indexOf(session);
  try {
    const visit = { ...session, serviceId: b.request.serviceId, locationId: b.request.locationId };
    const resolved = await resolveBooking(trx, clinicId, visit, b.deps.clock.now());
    if (resolved.service.modality !== series.modality)
      throw new AppError('VALIDATION_FAILED', `The series is of ${series.modality}`, [
        { path: 'serviceId', message: `Book a ${series.modality} service for this series` },
      ]);
    await assertFitsHours(trx, clinicId, resolved);
    const keys = {
      idempotencyKey: sessionKey(b.request.idempotencyKey, session.sessionNumber),
      hash: b.hash,
    };
    const sessionOf = { series, sessionNumber: session.sessionNumber };
    return await claimVisit(trx, b, keys, { resolved, session: sessionOf, override: null });
  } catch (error) {
    throw ofSession(error, index, session);
  }
}

/** Every session screened for its day; the first refusal undoes every claim and names its session. */
async function screenAll(trx: Trx, b: SeriesBooking, claims: Claim[]): Promise<(string | null)[] | AppError> {
  const screenings: (string | null)[] = [];
  for (const claim of claims) {
    const visit = { booking: claim.resolved, session: claim.session, screeningId: b.request.screeningId };
    const gate = await screeningGate(trx, b.deps, b.principal, b.patientId, visit, b.meta);
    if ('refusal' in gate) {
      for (const c of claims) await repo.deleteUnscreened(trx, b.principal.clinicId, c.id);
      const session = b.request.sessions.find((s) => s.sessionNumber === claim.session!.sessionNumber)!;
      return ofSession(gate.refusal, b.request.sessions.indexOf(session), session) as AppError;
    }
    screenings.push(gate.screeningId);
  }
  return screenings;
}

async function retried(trx: Trx, b: SeriesBooking, ids: string[]): Promise<Outcome> {
  const { clinicId } = b.principal;
  const event = appointmentEvent('read', b.patientId, null, { idempotentRetry: true, appointmentIds: ids });
  await recordAudit(trx, actorOf(b.principal, b.meta), event, b.deps.clock.now());
  return {
    appointments: await Promise.all(ids.map((id) => readAppointment(trx, clinicId, b.patientId, id))),
  };
}

/**
 * Sessions are claimed in time order, so each one's spacing sees the sessions before it; then
 * all are screened, audited, and told as one booking.
 */
async function bookSeries(trx: Trx, b: SeriesBooking): Promise<Outcome> {
  const { clinicId } = b.principal;
  await lockUnmergedPatient(trx, clinicId, b.patientId);
  const earlier = await earlierSeriesBooking(trx, clinicId, b.request.idempotencyKey, b.hash);
  if (earlier.length > 0) return retried(trx, b, earlier);
  const series = await seriesFor(trx, clinicId, b.patientId, b.seriesId, b.request);
  const inTimeOrder = [...b.request.sessions].sort((x, y) => Date.parse(x.start) - Date.parse(y.start));
  const claims: Claim[] = [];
  for (const session of inTimeOrder) claims.push(await claimSession(trx, b, series, session));
  const screenings = await screenAll(trx, b, claims);
  if (screenings instanceof AppError) return { refusal: screenings };
  const appointments: Appointment[] = [];
  for (const [i, claim] of claims.entries()) {
    const screeningId = screenings[i] ?? null;
    if (screeningId) await repo.setScreening(trx, clinicId, claim.id, screeningId);
    await recordBooked(trx, b, claim, screeningId);
    appointments.push(await readAppointment(trx, clinicId, b.patientId, claim.id));
  }
  const appointmentIds = claims.map((c) => c.id);
  await appointmentsBooked(trx, b.deps, { clinicId, patientId: b.patientId, appointmentIds });
  return { appointments: appointments.sort((x, y) => x.series!.sessionNumber - y.series!.sessionNumber) };
}

/**
 * Books the listed sessions of a series as one action: every session its own appointment, with
 * every booking rule, all in one transaction — all booked, or none. A retry with the same
 * idempotency key and request returns the same appointments.
 */
export async function bookSeriesSessions(
  deps: Deps,
  principal: Principal,
  patientId: string,
  seriesId: string,
  request: BookSeriesRequest,
  meta: RequestMeta,
): Promise<BookedSeries> {
  const hash = seriesRequestHash(patientId, seriesId, request);
  const b: SeriesBooking = { deps, principal, patientId, meta, seriesId, request, hash };
  const outcome = await deps.db
    .transaction()
    .execute((trx) => bookSeries(trx, b))
    .catch((error: unknown) => {
      throw refusalOf(error);
    });
  if ('refusal' in outcome) throw outcome.refusal;
  return outcome;
}

import type {
  PortalAvailability,
  PortalAvailabilityQuery,
  PortalBookingOptions,
  PortalSeries,
  PortalService,
} from '@corium/contracts';
import type { Deps } from '../../../deps';
import { recordAudit } from '../../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../../platform/auth/policy';
import { actorOf } from '../../../platform/auth/request-meta';
import type { Executor, Trx } from '../../../platform/db/database';
import { AppError } from '../../../platform/errors/app-error';
import { ownPatientId } from '../../patients/patients.service';
import { appointmentEvent } from '../appointments.service';
import { bookingPolicy } from '../booking-policy.repo';
import { findAvailability } from '../availability.service';
import * as catalog from '../catalog.repo';
import { toBookingService } from '../catalog.mapper';
import * as seriesRepo from '../treatment-series.repo';
import { wallClockOf } from '../wall-clock';
import * as repo from './portal-booking.repo';
import { consultationFirst, nextSessionWindow } from './portal-rules';
import { earliestTreatmentDay } from './spacing-window';
import { patientRefusalError } from './portal-refusals';
import { toPortalSlots } from './portal-slots';

/** Null when treatments may be booked; otherwise why the consultation comes first. */
export async function consultationFirstReason(trx: Executor, clinicId: string, patientId: string) {
  const policy = await bookingPolicy(trx, clinicId);
  const counts = new Map(
    (await repo.visitCounts(trx, clinicId, patientId)).map((c) => [c.kind, Number(c.n)]),
  );
  const series = await seriesRepo.listSeries(trx, clinicId, patientId);
  const visits = {
    treatments: counts.get('treatment') ?? 0,
    consultations: counts.get('consultation') ?? 0,
    hasSeries: series.length > 0,
  };
  return consultationFirst(visits, policy.consultation_first);
}

/** The patient's active series with the next session's window (location's calendar). */
async function seriesWindows(trx: Trx, clinicId: string, patientId: string, today: string) {
  const [location] = await catalog.listLocations(trx, clinicId);
  const timeZone = location?.time_zone ?? 'UTC';
  const active = (await seriesRepo.listSeries(trx, clinicId, patientId)).filter((s) => s.status === 'active');
  const sessions = await seriesRepo.seriesAppointments(
    trx,
    clinicId,
    active.map((s) => s.id),
  );
  const treatments = (await catalog.listServices(trx, clinicId)).filter(
    (s) => s.active && s.kind === 'treatment',
  );
  return active.map((s): PortalSeries => {
    const booked = sessions
      .filter((a) => a.series_id === s.id && (a.status === 'booked' || a.status === 'completed'))
      .map((a) => ({ sessionNumber: a.session_number!, day: wallClockOf(a.starts_at, timeZone).date }));
    const plan = {
      sessions: s.sessions,
      minIntervalDays: s.min_interval_days,
      maxIntervalDays: s.max_interval_days,
    };
    const next = nextSessionWindow({ ...plan, booked }, today);
    const serviceIds = treatments.filter((t) => t.modality === s.modality).map((t) => t.id);
    return {
      id: s.id,
      modality: s.modality,
      sessions: s.sessions,
      sessionsBooked: booked.length,
      next: next ? { ...next, serviceIds } : null,
    };
  });
}

/** What the patient may book themselves: services, locations, their series, the cancel notice. */
export async function bookingOptions(
  deps: Deps,
  principal: Principal,
  meta: RequestMeta,
): Promise<PortalBookingOptions> {
  const patientId = await ownPatientId(deps, principal);
  const { clinicId } = principal;
  return deps.db.transaction().execute(async (trx) => {
    const policy = await bookingPolicy(trx, clinicId);
    const notYet = await consultationFirstReason(trx, clinicId, patientId);
    const locations = await catalog.listLocations(trx, clinicId);
    const today = wallClockOf(deps.clock.now(), locations[0]?.time_zone ?? 'UTC').date;
    const services = (await catalog.listServices(trx, clinicId))
      .filter((s) => s.active)
      .map((row): PortalService => {
        const s = toBookingService(row);
        const blocked = s.kind === 'treatment' ? notYet : null;
        return { id: s.id, name: s.name, kind: s.kind, durationMinutes: s.durationMinutes, notYet: blocked };
      });
    const series = await seriesWindows(trx, clinicId, patientId, today);
    const event = appointmentEvent('read', patientId, null, {
      portal: 'booking options',
      series: series.length,
    });
    await recordAudit(trx, actorOf(principal, meta), event, deps.clock.now());
    return {
      services,
      consultationFirst: notYet,
      locations: locations.map((l) => ({ id: l.id, name: l.name, timeZone: l.time_zone })),
      series,
      cancelNoticeHours: policy.cancel_notice_hours,
    };
  });
}

interface Window {
  earliest: string;
  latest: string | null;
}

/**
 * The days a treatment may be booked on: from today (or the day asked), the series' window for
 * its next session, and then the first day far enough from the patient's other needling sessions.
 */
async function treatmentWindow(
  trx: Trx,
  context: { clinicId: string; patientId: string; today: string },
  query: PortalAvailabilityQuery,
): Promise<Window> {
  const { clinicId, patientId, today } = context;
  const series = query.seriesId
    ? await seriesRepo.findSeries(trx, clinicId, patientId, query.seriesId)
    : null;
  if (query.seriesId && (!series || series.status !== 'active'))
    throw new AppError('VALIDATION_FAILED', 'You have no such course of treatment', [
      { path: 'querystring.seriesId', message: 'You have no such course of treatment' },
    ]);
  const windows = series ? await seriesWindows(trx, clinicId, patientId, today) : [];
  const next = windows.find((w) => w.id === series?.id)?.next;
  if (series && !next) throw patientRefusalError({ reason: 'series_full' });
  const start = [query.from, today, next?.earliest ?? today].sort().at(-1)!;
  const minimum = series?.min_interval_days ?? null;
  const earliest = await earliestTreatmentDay(trx, clinicId, patientId, start, minimum);
  return { earliest, latest: next?.latest ?? null };
}

/** A treatment's window, checked and recorded: the patient's sessions were read for it. */
async function auditedTreatmentWindow(
  deps: Deps,
  principal: Principal,
  patientId: string,
  query: PortalAvailabilityQuery,
  meta: RequestMeta & { today: string },
): Promise<Window> {
  const { clinicId } = principal;
  return deps.db.transaction().execute(async (trx) => {
    if (!query.seriesId && (await consultationFirstReason(trx, clinicId, patientId)))
      throw patientRefusalError({ reason: 'consultation_first' });
    const window = await treatmentWindow(trx, { clinicId, patientId, today: meta.today }, query);
    const event = appointmentEvent('read', patientId, null, { portal: 'availability', ...window });
    await recordAudit(trx, actorOf(principal, meta), event, deps.clock.now());
    return window;
  });
}

/**
 * Free times of a service for the patient, from the same availability core staff book from.
 * A treatment starts no earlier than spacing and the series allow; only the practitioner is named.
 */
export async function portalAvailability(
  deps: Deps,
  principal: Principal,
  query: PortalAvailabilityQuery,
  meta: RequestMeta,
): Promise<PortalAvailability> {
  const patientId = await ownPatientId(deps, principal);
  const { clinicId } = principal;
  const service = await catalog.findService(deps.db, clinicId, query.serviceId);
  const location = await catalog.findLocation(deps.db, clinicId, query.locationId);
  const base = { serviceId: query.serviceId, locationId: query.locationId, limit: 300 };
  if (!service || !location) {
    const issues = [
      ...(service ? [] : [{ path: 'querystring.serviceId', message: 'No such service is offered' }]),
      ...(location ? [] : [{ path: 'querystring.locationId', message: 'No such location' }]),
    ];
    throw new AppError('VALIDATION_FAILED', issues[0]!.message, issues);
  }
  let range = { from: query.from, to: query.to };
  let earliestDay: string | null = null;
  if (service.kind === 'treatment') {
    const today = wallClockOf(deps.clock.now(), location.time_zone).date;
    const window = await auditedTreatmentWindow(deps, principal, patientId, query, { ...meta, today });
    earliestDay = window.earliest;
    range = {
      from: [range.from, window.earliest].sort().at(-1)!,
      to: [range.to, window.latest ?? range.to].sort()[0]!,
    };
  }
  if (range.from > range.to) return { timeZone: location.time_zone, earliestDay, slots: [] };
  const found = await findAvailability(deps, principal, { ...base, ...range });
  return {
    timeZone: found.timeZone,
    earliestDay,
    slots: await toPortalSlots(deps.db, clinicId, service, found.slots),
  };
}

/** The clinic's portal booking policy (defaults when it set none): the waitlist asks it too. */
export const clinicBookingPolicy = (db: Executor, clinicId: string) => bookingPolicy(db, clinicId);

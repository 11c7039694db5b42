import type {
  AvailableSlot,
  FieldIssue,
  SeriesProposal,
  SeriesProposalQuery,
  ServiceRole,
  ZoneId,
} from '@corium/contracts';
import type { Deps } from '../../deps';
import { recordAudit } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import type { Trx } from '../../platform/db/database';
import { AppError } from '../../platform/errors/app-error';
import * as repo from './appointments.repo';
import { findAvailability } from './availability.service';
import { plannedZones } from './book/screening-gate';
import * as catalog from './catalog.repo';
import { otherTreatmentFindings, type RecordedTreatment } from './other-treatment-spacing';
import * as otherTreatments from './other-treatments.repo';
import { daysOf, runsOf, sessionWindow, type SessionWindow } from './series-windows';
import { spacingConflicts, type NeedlingSession } from './spacing';
import * as seriesRepo from './treatment-series.repo';
import { addDays, wallClockOf } from './wall-clock';

/** Slots asked of the availability core per run of days: plenty to step past proposed sessions. */
const SLOTS_PER_RUN = 50;
const YEAR_MS = 366 * 86_400_000;

interface Planning {
  deps: Deps;
  principal: Principal;
  query: SeriesProposalQuery;
  series: seriesRepo.SeriesRow;
  timeZone: string;
  practitionerRole: string | null;
  /** The patient's needling sessions, the proposed ones added as they are chosen. */
  needling: NeedlingSession[];
  recorded: RecordedTreatment[];
  proposed: AvailableSlot[];
}

const invalid = (issues: FieldIssue[]) => new AppError('VALIDATION_FAILED', issues[0]!.message, issues);

/** A day booking would accept for this session: spaced from every needling session, no toxin or filler too close. */
function dayAllowed(p: Planning, day: string): boolean {
  const planned = { date: day, minIntervalDays: p.series.min_interval_days };
  if (spacingConflicts(planned, p.needling).length > 0) return false;
  const zones = plannedZones({ series: p.series, sessionNumber: 1 });
  const needling = { date: day, modality: p.series.modality, zones };
  return otherTreatmentFindings(needling, p.recorded).every((f) => f.level !== 'refuse');
}

const overlaps = (a: AvailableSlot, b: AvailableSlot): boolean =>
  a.segments.some((x) =>
    b.segments.some(
      (y) =>
        x.resourceIds.some((id) => y.resourceIds.includes(id)) &&
        Date.parse(x.start) < Date.parse(y.end) &&
        Date.parse(y.start) < Date.parse(x.end),
    ),
  );

/** The first free slot in the window's allowed days, with this practitioner when one is given. */
async function firstSlot(
  p: Planning,
  window: SessionWindow,
  practitionerId: string | undefined,
): Promise<AvailableSlot | null> {
  for (const run of runsOf(daysOf(window), (day) => dayAllowed(p, day))) {
    const query = { ...p.query, from: run.earliest, to: run.latest, practitionerId, limit: SLOTS_PER_RUN };
    const { slots } = await findAvailability(p.deps, p.principal, query);
    const free = slots.find((slot) => p.proposed.every((other) => !overlaps(slot, other)));
    if (free) return free;
  }
  return null;
}

/** Prefers the practitioner asked for, else the one proposed for the first session; any other when they have no time. */
async function proposeSlot(p: Planning, window: SessionWindow): Promise<AvailableSlot | null> {
  if (p.query.practitionerId) return firstSlot(p, window, p.query.practitionerId);
  const preferred = p.practitionerRole ? p.proposed[0]?.assignment[p.practitionerRole] : undefined;
  return (
    (preferred ? await firstSlot(p, window, preferred) : null) ?? (await firstSlot(p, window, undefined))
  );
}

/** The patient's needling sessions (past year, next two) and current toxin, filler, peel and laser records. */
async function patientContext(trx: Trx, clinicId: string, patientId: string, today: string) {
  const from = new Date(Date.parse(`${today}T00:00:00Z`) - YEAR_MS);
  const to = new Date(Date.parse(`${today}T00:00:00Z`) + 2 * YEAR_MS);
  const sessions = await repo.needlingSessions(trx, clinicId, patientId, from, to);
  const rows = await otherTreatments.currentBetween(
    trx,
    clinicId,
    patientId,
    addDays(today, -60),
    addDays(today, 800),
  );
  const needling: NeedlingSession[] = sessions.map((s) => ({
    appointmentId: s.id,
    date: wallClockOf(s.starts_at, s.time_zone).date,
    start: s.starts_at,
    minIntervalDays: s.min_interval_days,
  }));
  const recorded: RecordedTreatment[] = rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    date: r.given_on,
    zones: r.zones as ZoneId[],
  }));
  return { needling, recorded };
}

async function planning(
  trx: Trx,
  deps: Deps,
  principal: Principal,
  patientId: string,
  seriesId: string,
  query: SeriesProposalQuery,
) {
  const { clinicId } = principal;
  const series = await seriesRepo.findSeries(trx, clinicId, patientId, seriesId);
  if (!series) throw new AppError('NOT_FOUND', 'This patient has no such treatment series');
  const service = await catalog.findService(trx, clinicId, query.serviceId);
  const location = await catalog.findLocation(trx, clinicId, query.locationId);
  if (!location) throw invalid([{ path: 'querystring.locationId', message: 'No such location' }]);
  if (!service || !service.active || service.modality !== series.modality)
    throw invalid([
      { path: 'querystring.serviceId', message: `Choose a ${series.modality} service for this series` },
    ]);
  const today = wallClockOf(deps.clock.now(), location.time_zone).date;
  const { needling, recorded } = await patientContext(trx, clinicId, patientId, today);
  const role = (service.roles as ServiceRole[]).find((r) => r.kind === 'practitioner');
  const plan: Planning = {
    deps,
    principal,
    query,
    series,
    timeZone: location.time_zone,
    practitionerRole: role?.key ?? null,
    needling,
    recorded,
    proposed: [],
  };
  return { plan, from: query.from && query.from > today ? query.from : today };
}

/** Each session's day as far as known: booked or done ones from the record. */
async function bookedDays(trx: Trx, p: Planning): Promise<Map<number, string>> {
  const rows = await seriesRepo.seriesAppointments(trx, p.principal.clinicId, [p.series.id]);
  const days = new Map<number, string>();
  for (const row of rows)
    if (row.status === 'booked' || row.status === 'completed')
      days.set(row.session_number!, wallClockOf(row.starts_at, p.timeZone).date);
  return days;
}

async function proposeSessions(p: Planning, known: Map<number, string>, from: string) {
  const sessions: SeriesProposal['sessions'] = [];
  for (let n = 1; n <= p.series.sessions; n++) {
    if (known.has(n)) continue;
    const next = [...known.entries()].filter(([k]) => k > n).sort(([a], [b]) => a - b)[0]?.[1] ?? null;
    const window = sessionWindow(
      { minIntervalDays: p.series.min_interval_days, maxIntervalDays: p.series.max_interval_days },
      { from, previous: known.get(n - 1) ?? null, next },
    );
    const slot = await proposeSlot(p, window);
    sessions.push({ sessionNumber: n, ...window, slot });
    // The next session is spaced from this one: its slot's day, or the window's first day.
    known.set(n, slot ? wallClockOf(new Date(slot.start), p.timeZone).date : window.earliest);
    if (!slot) continue;
    p.proposed.push(slot);
    const start = new Date(slot.start);
    const date = known.get(n)!;
    p.needling.push({
      appointmentId: `proposed-${n}`,
      date,
      start,
      minIntervalDays: p.series.min_interval_days,
    });
  }
  return sessions;
}

/**
 * Dates for the sessions of a series not yet booked: for each, the window the plan's minimum and
 * maximum interval allow after the session before it, and the first free slot the availability
 * core finds there on a day booking would accept (spacing, toxin and filler rules), preferring
 * one practitioner for the course and never two proposed sessions on one resource at once.
 * Nothing is held: the front desk books the proposal, and a slot taken meanwhile is a 409 then.
 */
export function proposeSeries(
  deps: Deps,
  principal: Principal,
  patientId: string,
  seriesId: string,
  query: SeriesProposalQuery,
  meta: RequestMeta,
): Promise<SeriesProposal> {
  return deps.db.transaction().execute(async (trx) => {
    const { plan, from } = await planning(trx, deps, principal, patientId, seriesId, query);
    const sessions = await proposeSessions(plan, await bookedDays(trx, plan), from);
    await recordAudit(
      trx,
      actorOf(principal, meta),
      {
        action: 'read',
        resourceType: 'treatment_series',
        resourceId: seriesId,
        patientIds: [patientId],
        details: { proposal: true, ...query, proposed: sessions.filter((s) => s.slot).length },
      },
      deps.clock.now(),
    );
    return { timeZone: plan.timeZone, sessions };
  });
}

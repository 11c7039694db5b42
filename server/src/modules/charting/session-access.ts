import type { Modality, SessionChart } from '@corium/contracts';
import type { Deps } from '../../deps';
import { recordAudit, type AuditEvent } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import type { Executor, Trx } from '../../platform/db/database';
import { AppError } from '../../platform/errors/app-error';
import { wallClockOf } from '../booking/wall-clock';
import { readScreening } from '../screening/patient-screenings.service';
import * as entries from './session-entries.repo';
import { toSessionChart } from './session-chart.mapper';
import * as repo from './sessions.repo';

/**
 * What every chart use case shares: reading the whole chart, the audit event, the location's
 * calendar day, and the one way a chart is written — its session row locked, refused once signed,
 * the change and its audit event in one transaction.
 */

export const chartEvent = (
  action: AuditEvent['action'],
  patientId: string,
  sessionId: string | null,
  details: Record<string, unknown> = {},
): AuditEvent => ({
  action,
  resourceType: 'treatment_session',
  resourceId: sessionId,
  patientIds: [patientId],
  details,
});

/** The calendar day a location's wall clock shows at `at`. */
export const dayAt = (at: Date, timeZone: string): string => wallClockOf(at, timeZone).date;

export async function readChart(
  db: Trx,
  clinicId: string,
  session: repo.SessionRow,
  now: Date,
): Promise<SessionChart> {
  const id = session.id;
  const [anaesthetics, zones, cartridges, topicals, addenda] = await Promise.all([
    entries.anaestheticsOf(db, clinicId, id),
    entries.zonesOf(db, clinicId, id),
    entries.cartridgesOf(db, clinicId, id),
    entries.topicalsOf(db, clinicId, id),
    repo.addendaOf(db, clinicId, id),
  ]);
  const screening = await readScreening(db, clinicId, session.patient_id, session.screening_id);
  const chartEntries = { anaesthetics, zones, cartridges, topicals, addenda };
  return toSessionChart(session, chartEntries, screening.result.depthCapsMm, now);
}

export async function findChart(
  db: Trx,
  clinicId: string,
  patientId: string,
  sessionId: string,
  now: Date,
): Promise<SessionChart> {
  const session = await repo.findSession(db, clinicId, patientId, sessionId);
  if (!session) throw new AppError('NOT_FOUND', 'This patient has no such session');
  return readChart(db, clinicId, session, now);
}

export const chartSigned = (sessionId: string): AppError =>
  new AppError('CHART_SIGNED', 'This chart is signed; add an addendum', { sessionId });

export interface ChartWrite {
  trx: Trx;
  session: repo.SessionRow;
  now: Date;
  /** The session location's calendar day now. */
  today: string;
}

/**
 * One write to an open chart: locks the session, refuses a signed one (409 CHART_SIGNED),
 * runs `change`, records its audit event with what `change` returns, and answers with the chart.
 */
export function writeChart(
  deps: Deps,
  principal: Principal,
  ids: { patientId: string; sessionId: string },
  meta: RequestMeta,
  change: (write: ChartWrite) => Promise<Record<string, unknown>>,
): Promise<SessionChart> {
  const { clinicId } = principal;
  return deps.db.transaction().execute(async (trx) => {
    const session = await repo.lockSession(trx, clinicId, ids.patientId, ids.sessionId);
    if (!session) throw new AppError('NOT_FOUND', 'This patient has no such session');
    if (session.signed_at) throw chartSigned(session.id);
    const now = deps.clock.now();
    const details = await change({ trx, session, now, today: dayAt(now, session.time_zone) });
    await recordAudit(
      trx,
      actorOf(principal, meta),
      chartEvent('update', ids.patientId, session.id, details),
      now,
    );
    const fresh = await repo.findSession(trx, clinicId, ids.patientId, ids.sessionId);
    return readChart(trx, clinicId, fresh!, now);
  });
}

const deviceKindFor: Record<Modality, 'pen' | 'rf_unit'> = {
  microneedling: 'pen',
  'rf-microneedling': 'rf_unit',
};

/** A pen (or RF unit, for RF microneedling) of the clinic, at the visit's location, in service. */
export async function usableDevice(
  db: Executor,
  clinicId: string,
  deviceId: string,
  visit: { locationId: string; modality: Modality },
): Promise<void> {
  const device = await entries.findDevice(db, clinicId, deviceId);
  const refuse = (message: string) =>
    new AppError('VALIDATION_FAILED', message, [{ path: 'deviceId', message }]);
  if (!device) throw refuse('No such device in this clinic');
  const wanted = deviceKindFor[visit.modality];
  if (device.kind !== wanted)
    throw refuse(
      `${visit.modality} needs ${wanted === 'pen' ? 'a pen' : 'an RF unit'}, not this ${device.kind}`,
    );
  if (device.location_id !== visit.locationId)
    throw refuse(`${device.model} (${device.serial}) is at another location`);
  if (device.status !== 'in_service')
    throw refuse(`${device.model} (${device.serial}) is not in service (${device.status})`);
}

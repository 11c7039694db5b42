import type { ChartingOptions, SessionChart, SessionList } from '@corium/contracts';
import type { Deps } from '../../deps';
import { recordAudit } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import { AppError } from '../../platform/errors/app-error';
import { chartingLots } from '../inventory/stock-use.service';
import { chartEvent, dayAt, findChart, usableDevice, writeChart } from './session-access';
import { toChartingProduct, toSessionListItem } from './session-chart.mapper';
import * as entries from './session-entries.repo';
import * as repo from './sessions.repo';

/** Reading charts, what the room can pick from, and the pen used. */

export function getSessionChart(
  deps: Deps,
  principal: Principal,
  patientId: string,
  sessionId: string,
  meta: RequestMeta,
): Promise<SessionChart> {
  return deps.db.transaction().execute(async (trx) => {
    const now = deps.clock.now();
    const chart = await findChart(trx, principal.clinicId, patientId, sessionId, now);
    await recordAudit(trx, actorOf(principal, meta), chartEvent('read', patientId, sessionId), now);
    return chart;
  });
}

export function listPatientSessions(
  deps: Deps,
  principal: Principal,
  patientId: string,
  meta: RequestMeta,
): Promise<SessionList> {
  return deps.db.transaction().execute(async (trx) => {
    const rows = await repo.listSessions(trx, principal.clinicId, patientId);
    const event = chartEvent('read', patientId, null, { sessions: rows.length });
    await recordAudit(trx, actorOf(principal, meta), event, deps.clock.now());
    return { sessions: rows.map(toSessionListItem) };
  });
}

/** The location's pens, the clinic's active products and their lots in stock, each saying if it can be used today. */
export function chartingOptions(
  deps: Deps,
  principal: Principal,
  patientId: string,
  sessionId: string,
  meta: RequestMeta,
): Promise<ChartingOptions> {
  const { clinicId } = principal;
  return deps.db.transaction().execute(async (trx) => {
    const session = await repo.findSession(trx, clinicId, patientId, sessionId);
    if (!session) throw new AppError('NOT_FOUND', 'This patient has no such session');
    const now = deps.clock.now();
    const devices = await entries.devicesAt(trx, clinicId, session.location_id);
    const products = await entries.activeProducts(trx, clinicId);
    const today = dayAt(now, session.time_zone);
    const lots = await chartingLots(
      trx,
      clinicId,
      products.map((p) => p.id),
      today,
    );
    await recordAudit(
      trx,
      actorOf(principal, meta),
      chartEvent('read', patientId, sessionId, { options: true }),
      now,
    );
    return {
      devices: devices.map(({ id, kind, model, serial, status }) => ({ id, kind, model, serial, status })),
      products: products.map(toChartingProduct),
      lots,
    };
  });
}

/** The pen actually used, when it is not the one the visit held (or none was held). */
export function setSessionDevice(
  deps: Deps,
  principal: Principal,
  ids: { patientId: string; sessionId: string },
  deviceId: string,
  meta: RequestMeta,
): Promise<SessionChart> {
  return writeChart(deps, principal, ids, meta, async ({ trx, session }) => {
    const visit = { locationId: session.location_id, modality: session.modality };
    await usableDevice(trx, principal.clinicId, deviceId, visit);
    await repo.setDevice(trx, principal.clinicId, session.id, deviceId);
    return { deviceId };
  });
}

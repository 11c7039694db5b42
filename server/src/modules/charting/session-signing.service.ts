import type { AddendumRequest, SessionChart, TreatmentSummary } from '@corium/contracts';
import type { Deps } from '../../deps';
import { recordAudit } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import type { Trx } from '../../platform/db/database';
import { AppError } from '../../platform/errors/app-error';
import { newId } from '../../platform/ids';
import { planAftercareForSignedSession } from '../aftercare/aftercare-plan.service';
import { completeVisit } from '../booking/appointments.service';
import { ownPatientId } from '../patients/patients.service';
import { recordWebhookEvent } from '../webhooks/webhook-events';
import { chartHash } from './chart-hash';
import { chartEvent, chartSigned, dayAt, readChart } from './session-access';
import { toTreatmentSummary } from './session-chart.mapper';
import * as entries from './session-entries.repo';
import * as repo from './sessions.repo';
import { missingForSigning } from './sign-requirements';

/**
 * Signing locks the chart (the database refuses any later change to it or its entries); after
 * that a correction is an addendum beside the original. The patient sees what was done in the
 * portal once it is signed.
 */

type Ids = { patientId: string; sessionId: string };

async function lockedSession(trx: Trx, clinicId: string, ids: Ids) {
  const session = await repo.lockSession(trx, clinicId, ids.patientId, ids.sessionId);
  if (!session) throw new AppError('NOT_FOUND', 'This patient has no such session');
  return session;
}

export function signSession(
  deps: Deps,
  principal: Principal,
  ids: Ids,
  meta: RequestMeta,
): Promise<SessionChart> {
  const { clinicId, userId } = principal;
  return deps.db.transaction().execute(async (trx) => {
    const session = await lockedSession(trx, clinicId, ids);
    if (session.signed_at) throw chartSigned(session.id);
    if (userId !== session.practitioner_id && principal.role !== 'medical_director')
      throw new AppError(
        'FORBIDDEN',
        'Only the practitioner who treated, or a medical director, signs this chart',
      );
    const now = deps.clock.now();
    const chart = await readChart(trx, clinicId, session, now);
    const missing = missingForSigning(chart);
    if (missing.length > 0)
      throw new AppError('CONFLICT', `The chart is not complete: add ${missing.join('; ')}`, { missing });
    const hash = chartHash(chart, { at: now.toISOString(), byId: userId });
    await repo.sign(trx, clinicId, session.id, userId, now, hash);
    await completeVisit(trx, clinicId, session.appointment_id);
    // The recovery plan is made from what was actually done, in the same transaction.
    await planAftercareForSignedSession(trx, deps, { clinicId, sessionId: session.id, now });
    await recordWebhookEvent(trx, clinicId, 'chart.signed', `Procedure/${session.id}`, now);
    await recordAudit(
      trx,
      actorOf(principal, meta),
      chartEvent('update', ids.patientId, session.id, { signed: hash }),
      now,
    );
    return readChart(trx, clinicId, (await repo.findSession(trx, clinicId, ids.patientId, session.id))!, now);
  });
}

export function addAddendum(
  deps: Deps,
  principal: Principal,
  ids: Ids,
  request: AddendumRequest,
  meta: RequestMeta,
): Promise<SessionChart> {
  const { clinicId } = principal;
  return deps.db.transaction().execute(async (trx) => {
    const session = await lockedSession(trx, clinicId, ids);
    if (!session.signed_at)
      throw new AppError('CONFLICT', 'This chart is not signed yet: correct the chart itself', {
        sessionId: session.id,
      });
    const now = deps.clock.now();
    const id = newId();
    const row = { id, clinicId, sessionId: session.id, reason: request.reason, body: request.body };
    await repo.insertAddendum(trx, { ...row, by: principal.userId, at: now });
    const event = chartEvent('create', ids.patientId, session.id, { addendumId: id, reason: request.reason });
    await recordAudit(trx, actorOf(principal, meta), event, now);
    return readChart(trx, clinicId, session, now);
  });
}

/** Every product that touched the skin, once each, in the order charted. */
async function productsOn(trx: Trx, clinicId: string, sessionId: string): Promise<string[]> {
  const names = [
    ...(await entries.anaestheticsOf(trx, clinicId, sessionId)).map((a) => a.product_name),
    ...(await entries.cartridgesOf(trx, clinicId, sessionId)).map((c) => c.product_name),
    ...(await entries.zonesOf(trx, clinicId, sessionId)).flatMap((z) => (z.glide_name ? [z.glide_name] : [])),
    ...(await entries.topicalsOf(trx, clinicId, sessionId)).map((t) => t.product_name),
  ];
  return [...new Set(names)];
}

/** The patient's own signed sessions, newest first: "what was done today". */
export async function ownTreatmentSummaries(
  deps: Deps,
  principal: Principal,
  meta: RequestMeta,
): Promise<TreatmentSummary[]> {
  const patientId = await ownPatientId(deps, principal);
  const { clinicId } = principal;
  return deps.db.transaction().execute(async (trx) => {
    const rows = await repo.listSessions(trx, clinicId, patientId, true);
    const summaries: TreatmentSummary[] = [];
    for (const row of rows)
      summaries.push(
        toTreatmentSummary(
          row,
          dayAt(row.started_at, row.time_zone),
          await productsOn(trx, clinicId, row.id),
        ),
      );
    const event = chartEvent('read', patientId, null, { summaries: rows.length });
    await recordAudit(trx, actorOf(principal, meta), event, deps.clock.now());
    return summaries;
  });
}

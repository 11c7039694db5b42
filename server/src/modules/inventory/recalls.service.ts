import type { Recall, RecallAffected, RecallNotifyResult, RecallRequest } from '@corium/contracts';
import type { Deps } from '../../deps';
import { recordAudit } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import type { Executor, Trx } from '../../platform/db/database';
import { AppError } from '../../platform/errors/app-error';
import { newId } from '../../platform/ids';
import { enqueue } from '../../platform/jobs/outbox';
import { affectedSessions } from './affected-sessions.repo';
import * as stock from './inventory.repo';
import { recallNoticeJob } from './recalls.jobs';
import { targetOf, toAffectedSession, toRecall } from './recalls.mapper';
import * as repo from './recalls.repo';

export interface RecallCaller {
  principal: Principal;
  meta: RequestMeta;
}

/** The lots among `lotIds` that are recalled: charting refuses them. */
export async function recalledLots(
  db: Executor,
  clinicId: string,
  lotIds: readonly string[],
): Promise<Set<string>> {
  const rows = await repo.recalledLotIds(db, clinicId, lotIds);
  return new Set(rows.map((r) => r.lot_id!));
}

export async function listRecalls(deps: Deps, principal: Principal): Promise<Recall[]> {
  return (await repo.listRecalls(deps.db, principal.clinicId)).map(toRecall);
}

async function loadRecall(db: Executor, clinicId: string, recallId: string) {
  const row = await repo.findRecall(db, clinicId, recallId);
  if (!row) throw new AppError('NOT_FOUND', 'No such recall in this clinic');
  return row;
}

/** The recalled lot's remaining units leave the stock with the reason 'recalled' (quarantine). */
async function recallLot(
  trx: Trx,
  principal: Principal,
  input: Extract<RecallRequest, { kind: 'lot' }>,
  now: Date,
) {
  const { clinicId, userId } = principal;
  const lot = await stock.lockLot(trx, clinicId, input.lotId);
  if (!lot) throw new AppError('NOT_FOUND', 'No such lot in this clinic');
  if (await repo.recallOfLot(trx, clinicId, input.lotId))
    throw new AppError('CONFLICT', 'This lot is already recalled');
  const id = newId();
  await repo.insertRecall(trx, {
    ...{ id, clinic_id: clinicId, kind: 'lot', lot_id: input.lotId, reason: input.reason },
    ...{ reference: input.reference ?? null, created_by: userId, created_at: now },
  });
  if (lot.quantity_on_hand > 0) {
    await stock.setOnHand(trx, clinicId, input.lotId, 0);
    await stock.insertMovement(trx, {
      ...{ id: newId(), clinic_id: clinicId, lot_id: input.lotId, change: -lot.quantity_on_hand },
      ...{ reason: 'recalled', note: input.reason, session_id: null, recorded_by: userId, recorded_at: now },
    });
  }
  return id;
}

async function recallDevice(
  trx: Trx,
  principal: Principal,
  input: Extract<RecallRequest, { kind: 'device' }>,
  now: Date,
) {
  const { clinicId, userId } = principal;
  if (!(await repo.findDevice(trx, clinicId, input.deviceId)))
    throw new AppError('NOT_FOUND', 'No such pen in this clinic');
  const id = newId();
  await repo.insertRecall(trx, {
    ...{ id, clinic_id: clinicId, kind: 'device', device_id: input.deviceId },
    affected: repo.affectedRange(input.from, input.until),
    ...{ reason: input.reason, reference: input.reference ?? null, created_by: userId, created_at: now },
  });
  return id;
}

/** Recalls a lot (refused a second time) or a pen over a period. */
export async function createRecall(deps: Deps, caller: RecallCaller, input: RecallRequest): Promise<Recall> {
  const { principal } = caller;
  return deps.db.transaction().execute(async (trx) => {
    const now = deps.clock.now();
    const id =
      input.kind === 'lot'
        ? await recallLot(trx, principal, input, now)
        : await recallDevice(trx, principal, input, now);
    const event = {
      action: 'create' as const,
      resourceType: 'recall',
      resourceId: id,
      details: { kind: input.kind },
    };
    await recordAudit(trx, actorOf(principal, caller.meta), event, now);
    return toRecall(await loadRecall(trx, principal.clinicId, id));
  });
}

/** Who the recall affects; reading (or exporting) it is recorded against every patient listed. */
export async function recallAffected(
  deps: Deps,
  caller: RecallCaller,
  recallId: string,
  action: 'read' | 'export' = 'read',
): Promise<RecallAffected> {
  const { clinicId } = caller.principal;
  return deps.db.transaction().execute(async (trx) => {
    const row = await loadRecall(trx, clinicId, recallId);
    const { time_zone } = await stock.clinicZone(trx, clinicId);
    const sessions = (await affectedSessions(trx, clinicId, targetOf(row))).map((s) =>
      toAffectedSession(s, time_zone),
    );
    const patientIds = [...new Set(sessions.map((s) => s.patient.id))];
    const event = { action, resourceType: 'recall_affected', resourceId: recallId, patientIds };
    await recordAudit(trx, actorOf(caller.principal, caller.meta), event, deps.clock.now());
    return { recall: toRecall(row), sessions, patientCount: patientIds.length };
  });
}

/** One message per affected patient through the outbox, once per recall. */
export async function notifyRecall(
  deps: Deps,
  caller: RecallCaller,
  recallId: string,
): Promise<RecallNotifyResult> {
  const { clinicId, userId } = caller.principal;
  return deps.db.transaction().execute(async (trx) => {
    const locked = await repo.lockRecall(trx, clinicId, recallId);
    if (!locked) throw new AppError('NOT_FOUND', 'No such recall in this clinic');
    if (locked.notified_at)
      throw new AppError('CONFLICT', 'The patients of this recall have already been notified');
    const row = await loadRecall(trx, clinicId, recallId);
    const patients = new Map(
      (await affectedSessions(trx, clinicId, targetOf(row))).map((s) => [s.patient_id, s]),
    );
    if (patients.size === 0)
      throw new AppError('CONFLICT', 'No patient is affected by this recall: nobody to notify');
    const now = deps.clock.now();
    for (const patientId of patients.keys())
      await enqueue(trx, recallNoticeJob, { clinicId, recallId, patientId }, { clinicId, runAt: now });
    await repo.markNotified(trx, clinicId, recallId, userId, now);
    const event = { action: 'create' as const, resourceType: 'recall_notice', resourceId: recallId };
    await recordAudit(
      trx,
      actorOf(caller.principal, caller.meta),
      { ...event, patientIds: [...patients.keys()] },
      now,
    );
    const unreachable = [...patients.values()].filter((p) => !p.email);
    return {
      recall: toRecall(await loadRecall(trx, clinicId, recallId)),
      emailed: patients.size - unreachable.length,
      withoutEmail: unreachable.map((p) => ({ id: p.patient_id, name: `${p.given_name} ${p.family_name}` })),
    };
  });
}

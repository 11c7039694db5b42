import {
  erasureRules,
  type ErasureDecisionBody,
  type ErasureRequest,
  type ErasureRequestList,
  type PortalErasureBody,
  type StaffErasureBody,
} from '@corium/contracts';
import type { Deps } from '../../deps';
import type { AuditEvent } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import type { Executor, Trx } from '../../platform/db/database';
import { AppError } from '../../platform/errors/app-error';
import { newId } from '../../platform/ids';
import { grantedPhotoUses, withdrawPhotoUses } from '../consent/consent-documents.service';
import { ownPatientId } from '../patients/patients.service';
import { erasureLines, type ErasureCounts } from './erasure-plan';
import * as erase from './erasure.repo';
import * as requests from './erasure-requests.repo';
import { expireArchives, listForPatient as exportsOf } from './export.repo';
import { audited } from './export.service';
import { toErasureRequest } from './privacy.mapper';

/** Photo uses that are the patient's gift, not part of their care: erasure takes them back. */
const GIFTED_PHOTO_USES = ['education', 'marketing'] as const;

const erasureEvent = (
  action: AuditEvent['action'],
  patientId: string,
  requestId: string,
  details: object,
) => ({
  action,
  resourceType: 'erasure_request',
  resourceId: requestId,
  patientIds: [patientId],
  details: { ...details },
});

/** What each deletable category holds for the patient now. */
async function countsOf(db: Executor, clinicId: string, patientId: string): Promise<ErasureCounts> {
  const target = { clinicId, patientId };
  const account = await erase.portalAccountOf(db, clinicId, patientId);
  const copies = (await exportsOf(db, clinicId, patientId)).filter((x) => x.status !== 'expired');
  return {
    portal_account: account?.user_id ? 1 : 0,
    photo_uses: await grantedPhotoUses(db, target, GIFTED_PHOTO_USES),
    notification_preferences: await erase.countOf(db, 'notification_preference', clinicId, patientId),
    message_addresses: await erase.countOf(db, 'notification_log', clinicId, patientId),
    waitlist: await erase.countOf(db, 'waitlist_entry', clinicId, patientId),
    intake_draft: await erase.countOf(db, 'intake_draft', clinicId, patientId),
    pending_messages: await erase.countPendingJobs(
      db,
      clinicId,
      await erase.recordIds(db, clinicId, patientId),
    ),
    record_copies: copies.length,
  };
}

type Row = NonNullable<Awaited<ReturnType<typeof requests.findRequest>>>;

async function withPlan(db: Executor, clinicId: string, row: Row): Promise<ErasureRequest> {
  const plan = row.status === 'requested' ? erasureLines(await countsOf(db, clinicId, row.patient_id)) : [];
  return toErasureRequest(row, plan);
}

/** Records a request; while one is open for the patient, that one is the answer. */
function recordRequest(
  deps: Deps,
  principal: Principal,
  patientId: string,
  request: { via: 'portal' | 'staff'; reason: string; receivedVia?: string },
  meta: RequestMeta,
): Promise<ErasureRequest> {
  const { clinicId } = principal;
  return audited(deps, principal, meta, async (trx, now) => {
    const open = await requests.openRequestOf(trx, clinicId, patientId);
    const id = open?.id ?? newId();
    if (!open)
      await requests.insertRequest(trx, {
        id,
        clinic_id: clinicId,
        patient_id: patientId,
        requested_via: request.via,
        requested_by: principal.userId,
        requested_at: now,
        reason: request.reason,
      });
    const result = await withPlan(trx, clinicId, (await requests.findRequest(trx, clinicId, id))!);
    const details = {
      stage: 'requested',
      via: request.via,
      receivedVia: request.receivedVia ?? null,
      repeated: !!open,
    };
    return { result, event: erasureEvent('create', patientId, id, details) };
  });
}

export async function requestOwnErasure(
  deps: Deps,
  principal: Principal,
  body: PortalErasureBody,
  meta: RequestMeta,
) {
  const patientId = await ownPatientId(deps, principal);
  return recordRequest(deps, principal, patientId, { via: 'portal', reason: body.reason ?? '' }, meta);
}

export function recordErasureRequest(
  deps: Deps,
  principal: Principal,
  patientId: string,
  body: StaffErasureBody,
  meta: RequestMeta,
) {
  const request = { via: 'staff' as const, reason: body.reason, receivedVia: body.receivedVia };
  return recordRequest(deps, principal, patientId, request, meta);
}

/** A patient's own requests, for the portal. */
export async function ownErasureRequests(deps: Deps, principal: Principal, patientId: string) {
  const rows = await requests.listForPatient(deps.db, principal.clinicId, patientId);
  return Promise.all(rows.map((row) => withPlan(deps.db, principal.clinicId, row)));
}

export function listErasureRequests(
  deps: Deps,
  principal: Principal,
  meta: RequestMeta,
): Promise<ErasureRequestList> {
  return audited(deps, principal, meta, async (trx) => {
    const rows = await requests.listForClinic(trx, principal.clinicId, 200);
    const result = { requests: await Promise.all(rows.map((row) => withPlan(trx, principal.clinicId, row))) };
    const event: AuditEvent = {
      action: 'search',
      resourceType: 'erasure_request',
      patientIds: [...new Set(rows.map((r) => r.patient_id))],
    };
    return { result, event };
  });
}

/** Deletes, withdraws and cancels every category that no retention duty covers. */
async function eraseWhatMayGo(trx: Trx, principal: Principal, patientId: string, now: Date) {
  const { clinicId } = principal;
  const account = await erase.portalAccountOf(trx, clinicId, patientId);
  if (account?.user_id) await erase.closePortalAccount(trx, clinicId, patientId, account.user_id, now);
  await withdrawPhotoUses(trx, { clinicId, patientId }, GIFTED_PHOTO_USES, principal.userId, now);
  await erase.deleteRows(trx, 'notification_preference', clinicId, patientId);
  await erase.scrubMessageLog(trx, clinicId, patientId);
  await erase.deleteWaitlist(trx, clinicId, patientId);
  await erase.deleteRows(trx, 'intake_draft', clinicId, patientId);
  const cancelled = await erase.cancelPendingJobs(
    trx,
    clinicId,
    await erase.recordIds(trx, clinicId, patientId),
  );
  await expireArchives(trx, clinicId, { patientId });
  return cancelled;
}

async function lockOpenRequest(trx: Trx, clinicId: string, requestId: string) {
  const request = await requests.lockRequest(trx, clinicId, requestId);
  if (!request) throw new AppError('NOT_FOUND', 'No such erasure request');
  if (request.status !== 'requested') throw new AppError('CONFLICT', 'This request has already been decided');
  return request;
}

/**
 * Carries out an erasure in one transaction: what may go is deleted, the clinical record is kept
 * and restricted, and the request records each category with what was done and why.
 */
export function carryOutErasure(
  deps: Deps,
  principal: Principal,
  requestId: string,
  body: ErasureDecisionBody,
  meta: RequestMeta,
): Promise<ErasureRequest> {
  const { clinicId } = principal;
  return audited(deps, principal, meta, async (trx, now) => {
    const { patient_id: patientId } = await lockOpenRequest(trx, clinicId, requestId);
    const upcoming = await erase.upcomingVisits(trx, clinicId, patientId, now);
    if (upcoming > 0)
      throw new AppError(
        'CONFLICT',
        `The patient has ${upcoming} upcoming visit${upcoming === 1 ? '' : 's'}: cancel ${upcoming === 1 ? 'it' : 'them'} first, so the patient is told`,
        { upcomingVisits: upcoming },
      );
    const lines = erasureLines(await countsOf(trx, clinicId, patientId));
    const cancelledJobs = await eraseWhatMayGo(trx, principal, patientId, now);
    await erase.restrictPatient(trx, clinicId, patientId, now);
    const decision = { by: principal.userId, at: now, note: body.note, outcome: lines };
    await requests.decide(trx, clinicId, requestId, {
      ...decision,
      status: 'carried_out',
      retentionVersion: erasureRules.version,
    });
    const result = toErasureRequest((await requests.findRequest(trx, clinicId, requestId))!, []);
    const summary = Object.fromEntries(
      lines.map((l) => [l.category, l.outcome === 'kept' ? 'kept' : l.count]),
    );
    const details = {
      stage: 'carried_out',
      priority: 'high',
      lines: summary,
      cancelledJobs,
      retention: erasureRules.version,
    };
    return { result, event: erasureEvent('delete', patientId, requestId, details) };
  });
}

export function declineErasure(
  deps: Deps,
  principal: Principal,
  requestId: string,
  body: ErasureDecisionBody,
  meta: RequestMeta,
): Promise<ErasureRequest> {
  const { clinicId } = principal;
  return audited(deps, principal, meta, async (trx, now) => {
    const { patient_id: patientId } = await lockOpenRequest(trx, clinicId, requestId);
    const decision = {
      by: principal.userId,
      at: now,
      note: body.note,
      outcome: null,
      retentionVersion: null,
    };
    await requests.decide(trx, clinicId, requestId, { ...decision, status: 'declined' });
    const result = toErasureRequest((await requests.findRequest(trx, clinicId, requestId))!, []);
    return { result, event: erasureEvent('update', patientId, requestId, { stage: 'declined' }) };
  });
}

export async function getErasureRequest(
  deps: Deps,
  principal: Principal,
  requestId: string,
  meta: RequestMeta,
) {
  return audited(deps, principal, meta, async (trx) => {
    const row = await requests.findRequest(trx, principal.clinicId, requestId);
    if (!row) throw new AppError('NOT_FOUND', 'No such erasure request');
    return {
      result: await withPlan(trx, principal.clinicId, row),
      event: erasureEvent('read', row.patient_id, row.id, {}),
    };
  });
}

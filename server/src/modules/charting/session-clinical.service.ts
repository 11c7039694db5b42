import type {
  AnaestheticRequest,
  SessionChart,
  TopicalRequest,
  ZoneId,
  ZoneTreatmentRequest,
} from '@corium/contracts';
import type { Deps } from '../../deps';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import type { Executor, Trx } from '../../platform/db/database';
import { AppError } from '../../platform/errors/app-error';
import { newId } from '../../platform/ids';
import { lotForChart } from '../inventory/stock-use.service';
import { screeningSubject } from '../patients/history.service';
import { readScreening } from '../screening/patient-screenings.service';
import { currentRuleSet } from '../screening/rule-sets/current-rule-set';
import { anaestheticRefusal, anaestheticWarnings } from './anaesthetic-check';
import { depthDecision } from './depth-check';
import { writeChart } from './session-access';
import * as entries from './session-entries.repo';

/** The anaesthetic, each treated zone and the topicals: what touched the patient's skin. */

type Ids = { patientId: string; sessionId: string };

const invalid = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', message, [{ path, message }]);

/** Tablets and the server disagree by a few minutes at most: later than that is a mistake. */
const SKEW_MS = 5 * 60_000;

async function productOfKind(
  db: Executor,
  clinicId: string,
  productId: string,
  kinds: string[],
  path: string,
) {
  const product = await entries.findProduct(db, clinicId, productId);
  if (!product || !product.active) throw invalid(path, 'No such product in use at this clinic');
  if (!kinds.includes(product.kind))
    throw invalid(path, `${product.name} is not a ${kinds.join(' or ').replace('_', ' ')}`);
  return product;
}

/** Anything on needled skin must be sterile and meant for it (clinical-reference §2.8). */
function assertForNeedledSkin(product: entries.ProductRow): void {
  if (!product.sterile_for_needled_skin)
    throw new AppError(
      'NOT_FOR_NEEDLED_SKIN',
      `${product.name} is not sterile and approved for needled skin: non-sterile products have caused granulomas. Use a sterile product meant for microneedling`,
      { productId: product.id },
    );
}

export function recordAnaesthetic(
  deps: Deps,
  principal: Principal,
  ids: Ids,
  request: AnaestheticRequest,
  meta: RequestMeta,
): Promise<SessionChart> {
  const { clinicId } = principal;
  return writeChart(deps, principal, ids, meta, async ({ trx, session, now, today }) => {
    const product = await productOfKind(trx, clinicId, request.productId, ['anaesthetic'], 'productId');
    const subject = await screeningSubject(trx, clinicId, ids.patientId);
    const refusal = anaestheticRefusal(
      product,
      request.prescriptionRef,
      subject.history?.answers.allergies ?? [],
    );
    if (refusal) throw invalid(refusal.field, refusal.message);
    if (request.lotId) await lotForChart(trx, clinicId, request.lotId, product.id, today);
    const appliedAt = new Date(request.appliedAt);
    const removedAt = request.removedAt ? new Date(request.removedAt) : null;
    if ((removedAt ?? appliedAt).getTime() > now.getTime() + SKEW_MS)
      throw invalid(removedAt ? 'removedAt' : 'appliedAt', 'This time is still to come');
    const times = { zones: request.zones, occluded: request.occluded, appliedAt, removedAt };
    const warnings = anaestheticWarnings(times, now);
    const id = newId();
    await entries.insertAnaesthetic(trx, {
      ...{
        id,
        clinic_id: clinicId,
        session_id: session.id,
        product_id: product.id,
        lot_id: request.lotId ?? null,
      },
      ...{ zones: request.zones, occluded: request.occluded, applied_at: appliedAt, removed_at: removedAt },
      ...{ prescription_ref: request.prescriptionRef ?? null, warnings: JSON.stringify(warnings) },
      ...{ recorded_by: principal.userId, recorded_at: now },
    });
    return { anaestheticId: id, productId: product.id, warnings: warnings.map((w) => w.code) };
  });
}

export function recordAnaestheticRemoval(
  deps: Deps,
  principal: Principal,
  ids: Ids & { anaestheticId: string },
  removedAtText: string,
  meta: RequestMeta,
): Promise<SessionChart> {
  const { clinicId } = principal;
  return writeChart(deps, principal, ids, meta, async ({ trx, session, now }) => {
    const entry = await entries.findAnaesthetic(trx, clinicId, session.id, ids.anaestheticId);
    if (!entry) throw new AppError('NOT_FOUND', 'This session has no such anaesthetic entry');
    const removedAt = new Date(removedAtText);
    if (removedAt <= entry.applied_at) throw invalid('removedAt', 'Removed after it was applied');
    if (removedAt.getTime() > now.getTime() + SKEW_MS)
      throw invalid('removedAt', 'This time is still to come');
    const times = {
      zones: entry.zones as ZoneId[],
      occluded: entry.occluded,
      appliedAt: entry.applied_at,
      removedAt,
    };
    const warnings = anaestheticWarnings(times, now);
    await entries.setRemoval(trx, clinicId, session.id, entry.id, removedAt, JSON.stringify(warnings));
    return {
      anaestheticId: entry.id,
      removedAt: removedAt.toISOString(),
      warnings: warnings.map((w) => w.code),
    };
  });
}

/** The zone's cap from the session's screening, and whether this caller may go past it. */
async function decideDepth(
  trx: Trx,
  principal: Principal,
  ids: Ids & { zone: ZoneId },
  screeningId: string,
  request: ZoneTreatmentRequest,
) {
  const screening = await readScreening(trx, principal.clinicId, ids.patientId, screeningId);
  const { depth } = await currentRuleSet(trx, principal.clinicId);
  const decision = depthDecision({
    zone: ids.zone,
    depthMm: request.depthMm,
    capMm: screening.result.depthCapsMm[ids.zone],
    facialLimitMm: depth.facialZones.includes(ids.zone) ? depth.facialOverrideAboveMm : undefined,
    overrideReason: request.depthOverrideReason,
    prescriber: principal.isPrescriber || principal.role === 'medical_director',
  });
  if (!decision.ok)
    throw new AppError(decision.code === 'NOT_SCREENED' ? 'CONFLICT' : decision.code, decision.message, {
      zone: ids.zone,
    });
  return decision;
}

async function sterileGlide(db: Executor, clinicId: string, productId: string): Promise<void> {
  assertForNeedledSkin(await productOfKind(db, clinicId, productId, ['glide_medium'], 'glideProductId'));
}

export function recordZone(
  deps: Deps,
  principal: Principal,
  ids: Ids & { zone: ZoneId },
  request: ZoneTreatmentRequest,
  meta: RequestMeta,
): Promise<SessionChart> {
  const { clinicId, userId } = principal;
  return writeChart(deps, principal, ids, meta, async ({ trx, session, now }) => {
    const { capMm, override } = await decideDepth(trx, principal, ids, session.screening_id, request);
    if (request.glideProductId) await sterileGlide(trx, clinicId, request.glideProductId);
    await entries.upsertZone(trx, {
      id: newId(),
      clinic_id: clinicId,
      session_id: session.id,
      zone: ids.zone,
      depth_mm: request.depthMm,
      passes: request.passes,
      directions: request.directions,
      pen_speed: request.penSpeed ?? null,
      endpoint: request.endpoint,
      stopped_reason: request.stoppedReason ?? null,
      glide_product_id: request.glideProductId ?? null,
      cap_mm: capMm,
      depth_override_by: override ? userId : null,
      depth_override_reason: override,
      recorded_by: userId,
      recorded_at: now,
    });
    return { zone: ids.zone, depthMm: request.depthMm, capMm, override: override !== null };
  });
}

export function removeZone(
  deps: Deps,
  principal: Principal,
  ids: Ids & { zone: ZoneId },
  meta: RequestMeta,
): Promise<SessionChart> {
  return writeChart(deps, principal, ids, meta, async ({ trx, session }) => {
    const removed = await entries.deleteZone(trx, principal.clinicId, session.id, ids.zone);
    if (Number(removed.numDeletedRows) === 0)
      throw new AppError('NOT_FOUND', 'This zone is not on the chart');
    return { zoneRemoved: ids.zone };
  });
}

export function recordTopical(
  deps: Deps,
  principal: Principal,
  ids: Ids,
  request: TopicalRequest,
  meta: RequestMeta,
): Promise<SessionChart> {
  const { clinicId } = principal;
  return writeChart(deps, principal, ids, meta, async ({ trx, session, now, today }) => {
    const kinds = ['topical', 'glide_medium', 'other'];
    const product = await productOfKind(trx, clinicId, request.productId, kinds, 'productId');
    assertForNeedledSkin(product);
    if (request.lotId) await lotForChart(trx, clinicId, request.lotId, product.id, today);
    const id = newId();
    await entries.insertTopical(trx, {
      ...{
        id,
        clinic_id: clinicId,
        session_id: session.id,
        product_id: product.id,
        lot_id: request.lotId ?? null,
      },
      ...{ zones: request.zones, recorded_by: principal.userId, recorded_at: now },
    });
    return { topicalId: id, productId: product.id };
  });
}

export function removeTopical(
  deps: Deps,
  principal: Principal,
  ids: Ids & { topicalId: string },
  meta: RequestMeta,
): Promise<SessionChart> {
  return writeChart(deps, principal, ids, meta, async ({ trx, session }) => {
    const removed = await entries.deleteTopical(trx, principal.clinicId, session.id, ids.topicalId);
    if (Number(removed.numDeletedRows) === 0)
      throw new AppError('NOT_FOUND', 'This session has no such topical');
    return { topicalRemoved: ids.topicalId };
  });
}

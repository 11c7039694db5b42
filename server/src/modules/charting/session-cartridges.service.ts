import {
  parseCartridgeScan,
  type CartridgeScanResult,
  type CartridgeUseRequest,
  type SessionChart,
} from '@corium/contracts';
import type { Deps } from '../../deps';
import { recordAudit } from '../../platform/audit/audit';
import type { Principal, RequestMeta } from '../../platform/auth/policy';
import { actorOf } from '../../platform/auth/request-meta';
import type { Executor } from '../../platform/db/database';
import { AppError } from '../../platform/errors/app-error';
import { newId } from '../../platform/ids';
import {
  lotForChart,
  lotsByNumber,
  returnOne,
  toChartingLot,
  useOne,
  type LotInUse,
} from '../inventory/stock-use.service';
import { dayAt, writeChart } from './session-access';
import { toChartingProduct } from './session-chart.mapper';
import * as entries from './session-entries.repo';
import { clinicTimeZone } from './sessions.repo';

/** Single-use cartridges: each opened one charted by lot (and serial), taken off stock at once. */

type Ids = { patientId: string; sessionId: string };

const reused = (serial: string, sessionId: string) =>
  new AppError('CARTRIDGE_REUSED', `Cartridge ${serial} has already been used: a cartridge is used once`, {
    sessionId,
  });

/** A serialised product needs the cartridge's own serial; one without serials takes none. */
async function serialFor(db: Executor, clinicId: string, lot: LotInUse, serial: string | undefined) {
  const invalid = (message: string) =>
    new AppError('VALIDATION_FAILED', message, [{ path: 'cartridgeSerial', message }]);
  if (lot.kind !== 'cartridge')
    throw new AppError('VALIDATION_FAILED', `${lot.productName} is not a cartridge`, [
      { path: 'lotId', message: `${lot.productName} is not a cartridge` },
    ]);
  if (!lot.serialised) {
    if (serial) throw invalid(`${lot.productName} carries no serial per cartridge`);
    return null;
  }
  if (!serial) throw invalid(`Scan or type the serial of this ${lot.productName}`);
  const used = await entries.serialUse(db, clinicId, lot.productId, serial);
  if (used) throw reused(serial, used.session_id);
  return serial;
}

const isSingleUseViolation = (error: unknown): boolean =>
  (error as { code?: string }).code === '23505' &&
  (error as { constraint?: string }).constraint === 'session_cartridge_single_use';

export async function useCartridge(
  deps: Deps,
  principal: Principal,
  ids: Ids,
  request: CartridgeUseRequest,
  meta: RequestMeta,
): Promise<SessionChart> {
  const { clinicId, userId } = principal;
  try {
    return await writeChart(deps, principal, ids, meta, async ({ trx, session, now, today }) => {
      const id = newId();
      const use = { clinicId, lotId: request.lotId, sessionId: session.id, userId, now, today };
      const serial = await serialFor(
        trx,
        clinicId,
        await lotForChart(trx, clinicId, request.lotId, null, today),
        request.cartridgeSerial,
      );
      const lot = await useOne(trx, use);
      await entries.insertCartridge(trx, {
        ...{ id, clinic_id: clinicId, session_id: session.id, product_id: lot.productId, lot_id: lot.id },
        ...{ cartridge_serial: serial, recorded_by: userId, recorded_at: now },
      });
      return { cartridgeId: id, lotId: lot.id, cartridgeSerial: serial, onHand: lot.onHand };
    });
  } catch (error) {
    // Two rooms charting the same serial at once: the index lets one through.
    if (isSingleUseViolation(error)) throw reused(request.cartridgeSerial ?? '', ids.sessionId);
    throw error;
  }
}

/** A cartridge charted by mistake, before signing: off the chart and back into stock. */
export function voidCartridge(
  deps: Deps,
  principal: Principal,
  ids: Ids & { cartridgeId: string },
  reason: string,
  meta: RequestMeta,
): Promise<SessionChart> {
  const { clinicId, userId } = principal;
  return writeChart(deps, principal, ids, meta, async ({ trx, session, now }) => {
    const removed = await entries.deleteCartridge(trx, clinicId, session.id, ids.cartridgeId);
    if (!removed) throw new AppError('NOT_FOUND', 'This session has no such cartridge');
    await returnOne(trx, { clinicId, lotId: removed.lot_id, sessionId: session.id, userId, now }, reason);
    return { cartridgeVoided: ids.cartridgeId, lotId: removed.lot_id, reason };
  });
}

function scanMessage(found: LotInUse[], scan: ReturnType<typeof parseCartridgeScan>): string | null {
  if (!scan.lotNumber) return 'This code names no lot: scan the label again, or type the lot number';
  if (found.length === 0) return `Lot ${scan.lotNumber} is not in stock: receive it first`;
  if (found.length > 1)
    return `Lot ${scan.lotNumber} belongs to several products: pick the lot from the list`;
  const lot = found[0]!;
  if (scan.expiresOn && scan.expiresOn !== lot.expiresOn)
    return `The label's expiry (${scan.expiresOn}) differs from lot ${lot.lotNumber}'s on record (${lot.expiresOn}): check the box`;
  if (lot.problem === 'expired') return `Lot ${lot.lotNumber} expired on ${lot.expiresOn}: use another lot`;
  if (lot.problem === 'recalled') return `Lot ${lot.lotNumber} is under recall: use another lot`;
  if (lot.problem === 'out_of_stock') return `No cartridge of lot ${lot.lotNumber} is left on hand`;
  if (lot.serialised && !scan.cartridgeSerial) return "Scan or type the cartridge's own serial as well";
  return null;
}

/** A scanned or typed code resolved to the clinic's lot; the clinic's calendar day decides expiry. */
export function resolveCartridgeScan(
  deps: Deps,
  principal: Principal,
  code: string,
  meta: RequestMeta,
): Promise<CartridgeScanResult> {
  const { clinicId } = principal;
  return deps.db.transaction().execute(async (trx) => {
    const scan = parseCartridgeScan(code);
    const now = deps.clock.now();
    const today = dayAt(now, await clinicTimeZone(trx, clinicId));
    const found = scan.lotNumber ? await lotsByNumber(trx, clinicId, scan.lotNumber, today) : [];
    const lot = found.length === 1 ? found[0]! : null;
    let message = scanMessage(found, scan);
    if (!message && lot && scan.cartridgeSerial) {
      const used = await entries.serialUse(trx, clinicId, lot.productId, scan.cartridgeSerial);
      if (used) message = `Cartridge ${scan.cartridgeSerial} has already been used: a cartridge is used once`;
    }
    const product = lot ? await entries.findProduct(trx, clinicId, lot.productId) : undefined;
    const event = {
      action: 'read' as const,
      resourceType: 'stock_lot',
      resourceId: lot?.id ?? null,
      details: { scan: true },
    };
    await recordAudit(trx, actorOf(principal, meta), event, now);
    return {
      scan,
      lot: lot ? toChartingLot(lot) : null,
      product: product ? toChartingProduct(product) : null,
      message,
    };
  });
}

import type { CartridgeScanResult } from '@corium/contracts';
import { lotProblemWords } from './chart-words';

export type ScanOutcome =
  | { kind: 'chart'; lotId: string; cartridgeSerial?: string }
  | { kind: 'needs_serial'; lotId: string }
  | { kind: 'refused'; message: string };

/**
 * What to do with a scanned code: chart it at once when it names a usable lot (and its serial,
 * for a serialised product), ask for the serial when that alone is missing, otherwise say why
 * not in the server's words, or in ours when the server gave none.
 */
export function scanOutcome(result: CartridgeScanResult): ScanOutcome {
  const { lot, product, scan } = result;
  if (!lot) {
    return {
      kind: 'refused',
      message: result.message ?? 'This code matches no lot in stock. Receive the box into stock first.',
    };
  }
  if (lot.problem) {
    return {
      kind: 'refused',
      message: result.message ?? `Lot ${lot.lotNumber} cannot be used: ${lotProblemWords[lot.problem]}.`,
    };
  }
  if (product?.kind && product.kind !== 'cartridge') {
    return { kind: 'refused', message: `${product.name} is not a needle cartridge.` };
  }
  if (product?.serialised && !scan.cartridgeSerial) return { kind: 'needs_serial', lotId: lot.id };
  return {
    kind: 'chart',
    lotId: lot.id,
    ...(scan.cartridgeSerial && { cartridgeSerial: scan.cartridgeSerial }),
  };
}

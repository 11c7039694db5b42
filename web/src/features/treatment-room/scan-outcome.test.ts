import type { CartridgeScanResult, ChartingLot, ChartingProduct } from '@corium/contracts';
import { describe, expect, it } from 'vitest';
import { scanOutcome } from './scan-outcome';

const LOT_ID = '0190a0a0-0000-7000-8000-000000000010';
const lot = (over: Partial<ChartingLot> = {}): ChartingLot => ({
  id: LOT_ID,
  productId: '0190a0a0-0000-7000-8000-000000000011',
  lotNumber: 'CT2403A',
  expiresOn: '2027-03-31',
  onHand: 40,
  problem: null,
  ...over,
});
const product = (over: Partial<ChartingProduct> = {}): ChartingProduct => ({
  id: '0190a0a0-0000-7000-8000-000000000011',
  kind: 'cartridge',
  name: '12-needle cartridge',
  needleConfig: '12 pin',
  serialised: false,
  sterileForNeedledSkin: true,
  strength: null,
  compounded: false,
  ...over,
});
const result = (over: Partial<CartridgeScanResult>): CartridgeScanResult => ({
  scan: { lotNumber: 'CT2403A' },
  lot: lot(),
  product: product(),
  message: null,
  ...over,
});

describe('a scanned cartridge code', () => {
  it('is charted at once when it names a usable lot, with its serial', () => {
    expect(scanOutcome(result({ scan: { lotNumber: 'CT2403A', cartridgeSerial: 'S-0042' } }))).toEqual({
      kind: 'chart',
      lotId: LOT_ID,
      cartridgeSerial: 'S-0042',
    });
    expect(scanOutcome(result({}))).toEqual({ kind: 'chart', lotId: LOT_ID });
  });

  it('asks for the serial of a serialised product when the code had none', () => {
    expect(scanOutcome(result({ product: product({ serialised: true }) }))).toEqual({
      kind: 'needs_serial',
      lotId: LOT_ID,
    });
  });

  it('is refused in the server’s words for an unknown or unusable lot', () => {
    expect(scanOutcome(result({ lot: null, product: null, message: 'No lot CT9 in stock.' }))).toEqual({
      kind: 'refused',
      message: 'No lot CT9 in stock.',
    });
    const recalled = scanOutcome(result({ lot: lot({ problem: 'recalled' }) }));
    expect(recalled).toEqual({ kind: 'refused', message: 'Lot CT2403A cannot be used: recalled.' });
  });

  it('is refused when the product is not a cartridge', () => {
    const gel = scanOutcome(result({ product: product({ kind: 'glide_medium', name: 'HA gel' }) }));
    expect(gel).toEqual({ kind: 'refused', message: 'HA gel is not a needle cartridge.' });
  });
});

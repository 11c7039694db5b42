import { describe, expect, it } from 'vitest';
import { gs1Date, parseCartridgeScan, validGtin } from './cartridge-scan';

const GS = '\u001d';
const full = {
  gtin: '09506000134352',
  expiresOn: '2026-12-31',
  lotNumber: 'A1234',
  cartridgeSerial: 'SN0001',
};

describe('parseCartridgeScan', () => {
  it('reads the human-readable form with brackets', () => {
    expect(parseCartridgeScan('(01)09506000134352(17)261231(10)A1234(21)SN0001')).toEqual(full);
  });

  it('reads the raw form a scanner types, FNC1 ending the variable lot', () => {
    expect(parseCartridgeScan(`01095060001343521726123110A1234${GS}21SN0001`)).toEqual(full);
  });

  it('reads the raw form behind a Data Matrix or GS1-128 symbology prefix', () => {
    expect(parseCartridgeScan(`]d201095060001343521726123110A1234${GS}21SN0001`)).toEqual(full);
    expect(parseCartridgeScan(']C1010950600013435210A1234')).toEqual({
      gtin: '09506000134352',
      lotNumber: 'A1234',
    });
  });

  it('keeps a serial-less label to GTIN, expiry and lot', () => {
    expect(parseCartridgeScan('(01)09506000134352(10)LOT-25B031(17)270600')).toEqual({
      gtin: '09506000134352',
      lotNumber: 'LOT-25B031',
      expiresOn: '2027-06-30',
    });
  });

  it('takes a lot number typed by hand as it is', () => {
    expect(parseCartridgeScan('  LOT-24A117 ')).toEqual({ lotNumber: 'LOT-24A117' });
    expect(parseCartridgeScan('2405')).toEqual({ lotNumber: '2405' });
  });

  it('yields nothing for text that does not read cleanly', () => {
    expect(parseCartridgeScan('(01)09506000134353(10)A1')).toEqual({}); // check digit
    expect(parseCartridgeScan('(01)09506000134352(17)261332')).toEqual({}); // month 13
    expect(parseCartridgeScan('(99)whatever')).toEqual({});
    expect(parseCartridgeScan('(10)A1234junk(')).toEqual({});
    expect(parseCartridgeScan(']d2019506000134352')).toEqual({}); // a GTIN one digit short
    expect(parseCartridgeScan(`]d201095060001343521${'0'.repeat(22)}`)).toEqual({}); // lot over 20
    expect(parseCartridgeScan('lot; DROP TABLE')).toEqual({});
    expect(parseCartridgeScan('')).toEqual({});
  });
});

describe('GS1 helpers', () => {
  it('checks a GTIN-14 check digit', () => {
    expect(validGtin('09506000134352')).toBe(true);
    expect(validGtin('09506000134359')).toBe(false);
    expect(validGtin('0950600013435')).toBe(false);
  });

  it('turns YYMMDD into a day, 00 meaning the last day of the month', () => {
    expect(gs1Date('270229')).toBeUndefined();
    expect(gs1Date('280200')).toBe('2028-02-29');
    expect(gs1Date('270115')).toBe('2027-01-15');
  });
});

import { describe, expect, it } from 'vitest';
import { clinicToday, daysBetween, lotWarnings, productWarnings, usableOnHand } from './stock-status';

const today = '2026-11-10';
const lot = (expiresOn: string, onHand = 5, recalled = false) => ({ expiresOn, onHand, recalled });

describe('lot warnings', () => {
  it.each([
    ['2026-12-11', []],
    ['2026-12-10', ['near_expiry']],
    ['2026-11-10', ['near_expiry']],
    ['2026-11-09', ['expired']],
  ])('a lot expiring %s on %s warns %j', (expiresOn, expected) => {
    expect(lotWarnings(lot(expiresOn), today)).toEqual(expected);
  });

  it('names a recall before anything else', () => {
    expect(lotWarnings(lot('2026-11-01', 0, true), today)).toEqual(['recalled', 'expired']);
  });
});

describe('product warnings', () => {
  it('counts only unexpired, unrecalled units against the low-stock threshold', () => {
    const lots = [lot('2027-06-01', 8), lot('2026-11-01', 50), lot('2027-06-01', 40, true)];
    expect(usableOnHand(lots, today)).toBe(8);
    expect(productWarnings({ active: true, lowStockAt: 10, lots }, today)).toEqual([
      'recalled',
      'expired',
      'low_stock',
    ]);
    expect(productWarnings({ active: true, lowStockAt: 7, lots }, today)).toEqual(['recalled', 'expired']);
  });

  it('warns at the threshold itself, and never for an inactive product', () => {
    const lots = [lot('2027-06-01', 10)];
    expect(productWarnings({ active: true, lowStockAt: 10, lots }, today)).toEqual(['low_stock']);
    expect(productWarnings({ active: false, lowStockAt: 10, lots }, today)).toEqual([]);
  });

  it('ignores expiry of lots that are used up', () => {
    const lots = [lot('2027-06-01', 100), lot('2026-11-01', 0), lot('2026-11-20', 0)];
    expect(productWarnings({ active: true, lowStockAt: 10, lots }, today)).toEqual([]);
    expect(
      productWarnings({ active: true, lowStockAt: 10, lots: [...lots, lot('2026-11-20', 3)] }, today),
    ).toEqual(['near_expiry']);
  });
});

describe('calendar days', () => {
  it('takes the day on the clinic’s wall calendar, not UTC', () => {
    expect(clinicToday(new Date('2026-11-10T23:30:00Z'), 'Europe/London')).toBe('2026-11-10');
    expect(clinicToday(new Date('2026-11-10T23:30:00Z'), 'Asia/Tokyo')).toBe('2026-11-11');
    expect(clinicToday(new Date('2026-11-11T04:30:00Z'), 'America/Los_Angeles')).toBe('2026-11-10');
  });

  it('counts whole days across a clock change', () => {
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2026-11-10', '2026-11-09')).toBe(-1);
  });
});

import { describe, expect, it } from 'vitest';
import { lotProblemOf } from '../inventory/stock-use.service';

describe('lotProblemOf', () => {
  const lot = { expiresOn: '2026-12-01', onHand: 3, recalled: false };

  it('lets a lot be used through its expiry day, on the location’s calendar', () => {
    expect(lotProblemOf(lot, '2026-11-30')).toBeNull();
    expect(lotProblemOf(lot, '2026-12-01')).toBeNull();
    expect(lotProblemOf(lot, '2026-12-02')).toBe('expired');
  });

  it('puts a recall first, then expiry, then an empty lot', () => {
    expect(lotProblemOf({ ...lot, recalled: true, onHand: 0 }, '2027-01-01')).toBe('recalled');
    expect(lotProblemOf({ ...lot, onHand: 0 }, '2027-01-01')).toBe('expired');
    expect(lotProblemOf({ ...lot, onHand: 0 }, '2026-11-01')).toBe('out_of_stock');
  });
});

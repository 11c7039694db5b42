import { describe, expect, it } from 'vitest';
import { monthOf, reportMonths } from './report-range';

describe('report months', () => {
  it('defaults to the last twelve months including this one', () => {
    const r = reportMonths({}, '2026-11');
    expect([r.from, r.to, r.months.length, r.fromDay, r.untilDay]).toEqual([
      '2025-12',
      '2026-11',
      12,
      '2025-12-01',
      '2026-12-01',
    ]);
  });

  it('crosses a year end and lists every month', () => {
    const r = reportMonths({ from: '2026-11', to: '2027-02' }, '2027-05');
    expect(r.months).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(r.untilDay).toBe('2027-03-01');
  });

  it('refuses more than 24 months and a reversed range', () => {
    expect(() => reportMonths({ from: '2024-01', to: '2026-01' }, '2026-11')).toThrow(/at most 24/);
    expect(() => reportMonths({ from: '2026-05', to: '2026-04' }, '2026-11')).toThrow(/comes after/);
    expect(reportMonths({ from: '2024-02', to: '2026-01' }, '2026-11').months).toHaveLength(24);
  });

  it('reads the month on the clinic’s calendar', () => {
    const newYear = new Date('2026-12-31T23:30:00Z');
    expect(monthOf(newYear, 'Europe/London')).toBe('2026-12');
    expect(monthOf(newYear, 'Europe/Berlin')).toBe('2027-01');
  });
});

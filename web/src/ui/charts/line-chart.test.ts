import { describe, expect, it } from 'vitest';
import { labelledPoints, valueTicks, xPositions } from './LineChart';

describe('LineChart geometry', () => {
  it('ticks the scale’s whole range in round steps', () => {
    expect(valueTicks(1, 4)).toEqual([1, 2, 3, 4]);
    expect(valueTicks(0, 24)).toEqual([0, 6, 12, 18, 24]);
    expect(valueTicks(0, 100)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(valueTicks(0, 10)).toEqual([0, 2, 4, 6, 8, 10]);
  });
  it('places days by real time, a single day in the middle', () => {
    expect(xPositions(['2026-01-01', '2026-01-11', '2026-01-21'])).toEqual([0, 290, 580]);
    expect(xPositions(['2026-01-01'])).toEqual([290]);
  });
  it('labels the first and last point, and others only with room between', () => {
    expect([...labelledPoints([0, 10, 200, 580])]).toEqual([0, 2, 3]);
    expect([...labelledPoints([0, 500, 560])]).toEqual([0, 2]);
  });
});

import { describe, expect, it } from 'vitest';
import { covers, mergePairs, overlaps, subtract, unionOf, type Intervals } from './intervals';

const list = (...pairs: [number, number][]): Intervals => ({
  starts: pairs.map(([start]) => start),
  ends: pairs.map(([, end]) => end),
});

describe('intervals', () => {
  const day = list([540, 720], [780, 1020]); // 09:00–12:00, 13:00–17:00

  it.each([
    [540, 600, true],
    [660, 720, true],
    [700, 800, false], // across lunch
    [500, 560, false],
    [1000, 1020, true],
    [1000, 1021, false],
  ])('covers [%i, %i) → %s', (from, to, expected) => {
    expect(covers(day, from, to)).toBe(expected);
  });

  it.each([
    [720, 780, false], // touching both sides is not an overlap
    [719, 780, true],
    [0, 540, false],
    [1019, 1100, true],
    [1020, 1100, false],
  ])('overlaps [%i, %i) → %s', (from, to, expected) => {
    expect(overlaps(day, from, to)).toBe(expected);
  });

  it('merges touching and overlapping pairs in any order, dropping empty ones', () => {
    expect(mergePairs([780, 1020, 540, 720, 720, 780, 900, 900])).toEqual(list([540, 1020]));
  });

  it.each([
    ['overlapping and touching', [540, 570, 660], [600, 660, 690], [[540, 690]]],
    [
      'apart, out of order',
      [900, 540],
      [960, 600],
      [
        [540, 600],
        [900, 960],
      ],
    ],
    ['one inside another', [540, 560], [720, 600], [[540, 720]]],
  ])('unites allocations: %s', (_, starts, ends, expected) => {
    expect(unionOf(starts, ends)).toEqual(list(...(expected as [number, number][])));
  });

  it('unites long lists (the typed-array sort) as it unites short ones', () => {
    const starts = Array.from({ length: 300 }, (_, i) => ((i * 7919) % 300) * 10);
    const ends = starts.map((start) => start + (start % 30 === 0 ? 10 : 5));
    // Per half hour: [0, 10) + [10, 15) touch, [20, 25) stands apart.
    const expected = Array.from({ length: 100 }, (_, i): [number, number][] => [
      [i * 30, i * 30 + 15],
      [i * 30 + 20, i * 30 + 25],
    ]).flat();
    expect(unionOf(starts, ends)).toEqual(list(...expected));
  });

  it.each([
    ['splits a day around lunch', list([540, 1020]), list([720, 780]), list([540, 720], [780, 1020])],
    ['trims both ends', list([540, 1020]), list([500, 600], [1000, 1100]), list([600, 1000])],
    ['removes a whole interval', list([540, 600], [700, 800]), list([690, 810]), list([540, 600])],
    ['leaves what it does not touch', list([540, 600]), list([600, 700]), list([540, 600])],
  ])('subtract %s', (_, a, b, expected) => {
    expect(subtract(a, b)).toEqual(expected);
  });
});

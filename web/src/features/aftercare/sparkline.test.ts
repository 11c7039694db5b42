import { describe, expect, it } from 'vitest';
import { sparkline, sparklineText } from './sparkline';

const box = { width: 140, height: 40, inset: 5, lastDay: 14, maxScore: 3 };
const words = ['none', 'mild', 'moderate', 'severe'];

describe('a symptom sparkline', () => {
  it('puts day 0 at the left, the last day at the right, 3 at the top and 0 at the bottom', () => {
    const { dots, path } = sparkline(
      [
        { day: 14, score: 0 },
        { day: 0, score: 3 },
      ],
      box,
    );
    expect(dots).toEqual([
      { x: 5, y: 5, day: 0, score: 3 },
      { x: 135, y: 35, day: 14, score: 0 },
    ]);
    expect(path).toBe('M5 5 L135 35');
  });

  it('draws days in order whatever order the check-ins arrived in', () => {
    const { dots } = sparkline(
      [
        { day: 7, score: 1 },
        { day: 1, score: 2 },
        { day: 3, score: 2 },
      ],
      box,
    );
    expect(dots.map((dot) => dot.day)).toEqual([1, 3, 7]);
  });

  it('draws nothing without check-ins', () => {
    expect(sparkline([], box)).toEqual({ path: '', dots: [] });
  });

  it('says the same in words for screen readers', () => {
    expect(
      sparklineText(
        'Redness',
        [
          { day: 3, score: 1 },
          { day: 1, score: 2 },
        ],
        words,
      ),
    ).toBe('Redness: day 1 moderate, day 3 mild.');
    expect(sparklineText('Redness', [], words)).toBe('Redness: no check-ins yet.');
  });
});

import { describe, expect, it } from 'vitest';
import { comparisonFileName, comparisonLayout, containRect } from './comparison-layout';

describe('comparison layout', () => {
  it('fits a photo inside a box without stretching it, centred', () => {
    expect(containRect({ width: 400, height: 300 }, { x: 10, y: 20, width: 200, height: 200 })).toEqual({
      x: 10,
      y: 45,
      width: 200,
      height: 150,
    });
    expect(containRect({ width: 300, height: 600 }, { x: 0, y: 0, width: 400, height: 400 })).toEqual({
      x: 100,
      y: 0,
      width: 200,
      height: 400,
    });
  });

  it('puts two 4:3 photos side by side at the same height, with the title above and dates below', () => {
    const layout = comparisonLayout(
      'Front',
      { size: { width: 1600, height: 1200 }, label: 'Before · 3 Mar 2025' },
      { size: { width: 800, height: 600 }, label: 'After · 10 Jun 2025' },
    );
    expect(layout.before.photo.height).toBe(layout.after.photo.height);
    expect(layout.before.photo).toEqual({ x: 40, y: 120, width: 1000, height: 750 });
    expect(layout.after.photo).toEqual({ x: 1064, y: 120, width: 1000, height: 750 });
    expect(layout.width).toBe(2104);
    expect(layout.height).toBe(120 + 750 + 80 + 40);
    expect(layout.title).toEqual({ text: 'Front', x: 1052, y: 80 });
    expect(layout.before.label).toEqual({ text: 'Before · 3 Mar 2025', x: 540, y: 910 });
    expect(layout.after.label.x).toBe(1564);
  });

  it('gives an upright phone photo and a landscape tablet photo the same height', () => {
    const layout = comparisonLayout(
      'Left 45°',
      { size: { width: 3000, height: 4000 }, label: 'Before' },
      { size: { width: 4000, height: 3000 }, label: 'After' },
    );
    expect(layout.before.photo.height).toBe(750);
    expect(layout.after.photo.height).toBe(750);
    expect(layout.before.photo.width).toBe(563);
    expect(layout.before.photo.x).toBeGreaterThan(40);
  });

  it('names the file by view and both days', () => {
    expect(comparisonFileName('Close-up · Cheeks', '2025-03-03', '2025-06-10')).toBe(
      'comparison-close-up-cheeks-2025-03-03-2025-06-10.png',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { framingGuides } from './framing-guides';

describe('framing guides', () => {
  it('centres the face oval and midline for a front view, with the eye line above the centre', () => {
    const guides = framingGuides('front', 4 / 3);
    expect(guides.faceOval).toEqual({ cx: 50, cy: 50, rx: 18, ry: 32 });
    expect(guides.centreLine).toBe(50);
    expect(guides.eyeLine).toBe(44);
    expect(guides.crossLine).toBeNull();
  });

  it('keeps the oval face-shaped in pixels whatever the frame: an upright phone gets a wider share', () => {
    const landscape = framingGuides('front', 4 / 3).faceOval!;
    const portrait = framingGuides('front', 3 / 4).faceOval!;
    // In pixels: rx% × width vs ry% × height. 4:3 frame, 400 × 300: 72 px wide, 96 px tall.
    expect((landscape.rx * 4) / (landscape.ry * 3)).toBeCloseTo(0.75, 2);
    expect((portrait.rx * 3) / (portrait.ry * 4)).toBeCloseTo(0.75, 2);
    expect(portrait.rx).toBeGreaterThan(landscape.rx);
  });

  it('moves the midline toward the side the patient turns to, further for a profile', () => {
    const left45 = framingGuides('left_45', 1).centreLine;
    const left90 = framingGuides('left_90', 1).centreLine;
    const right45 = framingGuides('right_45', 1).centreLine;
    const right90 = framingGuides('right_90', 1).centreLine;
    expect(left45).toBeGreaterThan(50);
    expect(left90).toBeGreaterThan(left45);
    expect(right45).toBeLessThan(50);
    expect(right90).toBeLessThan(right45);
    expect(left45 - 50).toBeCloseTo(50 - right45, 5);
  });

  it('narrows the oval as the head turns', () => {
    const width = (view: 'front' | 'left_45' | 'left_90') => framingGuides(view, 1).faceOval!.rx;
    expect(width('left_45')).toBeLessThan(width('front'));
    expect(width('left_90')).toBeLessThan(width('left_45'));
  });

  it('draws a cross, not a face, for a close-up', () => {
    expect(framingGuides('close_up', 16 / 9)).toEqual({
      faceOval: null,
      eyeLine: null,
      centreLine: 50,
      crossLine: 50,
    });
  });

  it('never lets the oval spill out of a very narrow frame, and survives a frame not measured yet', () => {
    expect(framingGuides('front', 0.1).faceOval!.rx).toBeLessThanOrEqual(48);
    expect(framingGuides('front', 0).faceOval).toEqual(framingGuides('front', 4 / 3).faceOval);
  });
});

import { describe, expect, it } from 'vitest';
import { depthBand, depthBands, stepDepth } from './depth-bands';

describe('depth bands', () => {
  it('puts each 0.25 mm setting in the band its label names', () => {
    expect(depthBand(0.25).label).toBe('Up to 0.5 mm');
    expect(depthBand(0.5).label).toBe('Up to 0.5 mm');
    expect(depthBand(0.75).label).toBe('0.75 to 1.0 mm');
    expect(depthBand(1.5).label).toBe('1.25 to 1.5 mm');
    expect(depthBand(2.0).label).toBe('1.75 to 2.0 mm');
    expect(depthBand(2.25).label).toBe('Deeper than 2.0 mm');
    expect(depthBand(3.5).label).toBe('Deeper than 2.0 mm');
  });

  it('gives every band its own fill', () => {
    expect(new Set(depthBands.map((band) => band.fill)).size).toBe(depthBands.length);
  });
});

describe('stepping the depth', () => {
  it('moves in 0.25 mm steps', () => {
    expect(stepDepth(1, 1)).toBe(1.25);
    expect(stepDepth(1, -1)).toBe(0.75);
  });

  it('stays between 0.25 and 3.5 mm', () => {
    expect(stepDepth(0.25, -1)).toBe(0.25);
    expect(stepDepth(3.5, 1)).toBe(3.5);
  });

  it('snaps a value off the grid onto it', () => {
    expect(stepDepth(1.1, 0)).toBe(1);
  });
});

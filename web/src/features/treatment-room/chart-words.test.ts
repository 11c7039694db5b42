import { describe, expect, it } from 'vitest';
import { depthRangeText, zonesSentence } from './chart-words';

describe('treatments in plain words', () => {
  it('lists zones as a sentence', () => {
    expect(zonesSentence([])).toBe('');
    expect(zonesSentence(['forehead'])).toBe('forehead');
    expect(zonesSentence(['forehead', 'cheeks', 'periorbital'])).toBe('forehead, cheeks and around the eyes');
  });

  it('gives one depth or a range', () => {
    expect(depthRangeText({ min: 1, max: 1 })).toBe('1 mm');
    expect(depthRangeText({ min: 0.5, max: 1.25 })).toBe('0.5 to 1.25 mm');
  });
});

import { describe, expect, it } from 'vitest';
import { clampPercent, wipeAfterKey, wipeAtPointer, wipeClipPath, wipeValueText } from './wipe-slider';

describe('wipe slider', () => {
  it('moves by one with the arrows and by ten with Page Up and Page Down', () => {
    expect(wipeAfterKey('ArrowRight', 50)).toBe(51);
    expect(wipeAfterKey('ArrowUp', 50)).toBe(51);
    expect(wipeAfterKey('ArrowLeft', 50)).toBe(49);
    expect(wipeAfterKey('ArrowDown', 50)).toBe(49);
    expect(wipeAfterKey('PageUp', 50)).toBe(60);
    expect(wipeAfterKey('PageDown', 50)).toBe(40);
  });

  it('jumps to the ends with Home and End and never passes them', () => {
    expect(wipeAfterKey('Home', 37)).toBe(0);
    expect(wipeAfterKey('End', 37)).toBe(100);
    expect(wipeAfterKey('PageUp', 95)).toBe(100);
    expect(wipeAfterKey('ArrowLeft', 0)).toBe(0);
  });

  it('leaves other keys to the page (Tab must still move focus)', () => {
    expect(wipeAfterKey('Tab', 50)).toBeNull();
    expect(wipeAfterKey('Enter', 50)).toBeNull();
  });

  it('turns a pointer position into a percentage of the photo width', () => {
    expect(wipeAtPointer(300, 100, 400)).toBe(50);
    expect(wipeAtPointer(133, 100, 400)).toBe(8.3);
    expect(wipeAtPointer(50, 100, 400)).toBe(0);
    expect(wipeAtPointer(900, 100, 400)).toBe(100);
    expect(wipeAtPointer(300, 100, 0)).toBe(50);
  });

  it('clips the before photo to the left of the divider', () => {
    expect(wipeClipPath(30)).toBe('inset(0 70% 0 0)');
    expect(wipeClipPath(120)).toBe('inset(0 0% 0 0)');
  });

  it('says how much of each photo shows', () => {
    expect(wipeValueText(60)).toBe('60 % before, 40 % after');
    expect(clampPercent(Number.NaN)).toBe(50);
  });
});

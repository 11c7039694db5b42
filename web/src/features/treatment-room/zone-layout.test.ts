import { zoneIds } from '@corium/contracts';
import { describe, expect, it } from 'vitest';
import { bodyZones, FACE_MAP, faceZones, MIN_MAP_WIDTH_PX, MIN_SHAPE, overlaps } from './zone-layout';

const allRects = faceZones.flatMap((face) => face.rects.map((rect) => ({ zone: face.zone, rect })));

describe('the zone map', () => {
  it('shows every zone of the contract exactly once, on the face map or in the body strip', () => {
    const shown = [...faceZones.map((face) => face.zone), ...bodyZones];
    expect([...shown].sort()).toEqual([...zoneIds].sort());
  });

  it('lists the body zones in the contract’s order', () => {
    expect(bodyZones).toEqual(['dorsal_hands', 'abdomen', 'thighs', 'buttocks', 'upper_arms', 'scalp']);
  });

  it('makes every shape a glove-sized target inside the map, even at its narrowest', () => {
    const narrowest = MIN_MAP_WIDTH_PX / FACE_MAP.width;
    for (const { rect } of allRects) {
      expect(Math.min(rect.width, rect.height) * narrowest).toBeGreaterThanOrEqual(44);
      expect(Math.min(rect.width, rect.height)).toBeGreaterThanOrEqual(MIN_SHAPE);
      expect(rect.x + rect.width).toBeLessThanOrEqual(FACE_MAP.width);
      expect(rect.y + rect.height).toBeLessThanOrEqual(FACE_MAP.height);
    }
  });

  it('never lets one zone’s shape cover another’s', () => {
    const clashes = allRects.flatMap((a, i) =>
      allRects
        .slice(i + 1)
        .filter((b) => overlaps(a.rect, b.rect))
        .map((b) => `${a.zone}/${b.zone}`),
    );
    expect(clashes).toEqual([]);
  });

  it('knows touching edges from overlapping ones', () => {
    const a = { x: 0, y: 0, width: 10, height: 10 };
    expect(overlaps(a, { x: 10, y: 0, width: 10, height: 10 })).toBe(false);
    expect(overlaps(a, { x: 9, y: 9, width: 10, height: 10 })).toBe(true);
  });
});

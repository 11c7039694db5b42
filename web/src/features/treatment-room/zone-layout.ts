import { zoneIds, type ZoneId } from '@corium/contracts';

/** A rectangle in the face map's coordinates: one unit is one CSS pixel at the map's full size. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FaceZone {
  zone: ZoneId;
  /** Short words written on the zone; the button's full name comes from `zoneWords`. */
  short: string;
  /** A zone on both sides of the face is one button drawn twice, with its words in each. */
  rects: readonly Rect[];
}

/**
 * The face map's size. It is never drawn narrower than `MIN_MAP_WIDTH_PX` (CSS), so a shape of
 * `MIN_SHAPE` units is at least 54 × 272 / 320 ≈ 45.9 px: a glove-sized 44 px target.
 */
export const FACE_MAP = { width: 320, height: 480 } as const;
export const MIN_MAP_WIDTH_PX = 272;
export const MIN_TARGET_PX = 44;
export const MIN_SHAPE = Math.ceil((MIN_TARGET_PX * FACE_MAP.width) / MIN_MAP_WIDTH_PX);

const rect = (x: number, y: number, width: number, height: number): Rect => ({ x, y, width, height });

/**
 * The face from the front, row by row, then the neck and the décolletage below it. Shapes are
 * deliberately simple: the room needs to find and tap a zone, not admire anatomy.
 */
export const faceZones: readonly FaceZone[] = [
  { zone: 'forehead', short: 'Forehead', rects: [rect(94, 36, 132, 54)] },
  { zone: 'temples', short: 'Temple', rects: [rect(36, 96, 54, 54), rect(230, 96, 54, 54)] },
  { zone: 'periorbital', short: 'Eyes', rects: [rect(96, 96, 60, 54), rect(164, 96, 60, 54)] },
  { zone: 'cheeks', short: 'Cheek', rects: [rect(44, 156, 82, 56), rect(194, 156, 82, 56)] },
  { zone: 'nose', short: 'Nose', rects: [rect(132, 156, 56, 56)] },
  { zone: 'perioral', short: 'Mouth', rects: [rect(56, 218, 56, 54), rect(208, 218, 56, 54)] },
  { zone: 'upper_lip', short: 'Upper lip', rects: [rect(118, 218, 84, 54)] },
  { zone: 'jawline', short: 'Jaw', rects: [rect(58, 278, 62, 54), rect(200, 278, 62, 54)] },
  { zone: 'chin', short: 'Chin', rects: [rect(126, 278, 68, 54)] },
  { zone: 'neck', short: 'Neck', rects: [rect(108, 356, 104, 54)] },
  { zone: 'decolletage', short: 'Décolletage', rects: [rect(36, 418, 248, 54)] },
];

/** Zones off the face map, listed as a strip of large buttons in the contract’s order. */
export const bodyZones: readonly ZoneId[] = zoneIds.filter(
  (zone) => !faceZones.some((face) => face.zone === zone),
);

/** True when two rectangles share any area (touching edges do not count). */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

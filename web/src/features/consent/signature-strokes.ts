import type { DrawnSignature } from '@corium/contracts';

/** A pointer position in the pad's own pixels: `[x, y]` from its top-left corner. */
export type Point = [number, number];
export type Stroke = Point[];

export interface Size {
  width: number;
  height: number;
}

/** The contract's limits: at most 200 strokes of 5000 points each. */
export const MAX_STROKES = 200;
const MAX_POINTS = 5000;
/** Points closer than this (pad pixels) add nothing a person could see; skipping them keeps strokes small. */
const MIN_STEP = 1;

/** Where the signature's own space sits in the pad as drawn now: scaled evenly, centred. */
export interface Fit {
  scale: number;
  dx: number;
  dy: number;
}

/**
 * A signature keeps the size of the pad it was started on. If the pad is resized afterwards
 * (a tablet turned, a window narrowed) it is scaled evenly to fit, never stretched: started on
 * 600×200 and shown in 300×200 → scale 0.5, 50 px of margin above and below.
 */
export function fitInto(space: Size, box: Size): Fit {
  const scale = Math.min(box.width / space.width, box.height / space.height);
  return {
    scale,
    dx: (box.width - space.width * scale) / 2,
    dy: (box.height - space.height * scale) / 2,
  };
}

const clamp = (value: number, max: number): number => Math.min(Math.max(value, 0), max);
const tenth = (value: number): number => Math.round(value * 10) / 10;

/** A position on screen, relative to the pad's corner, in the signature's space (kept inside it). */
export function toSpace(x: number, y: number, space: Size, fit: Fit): Point {
  return [
    tenth(clamp((x - fit.dx) / fit.scale, space.width)),
    tenth(clamp((y - fit.dy) / fit.scale, space.height)),
  ];
}

/** Adds `point` unless the stroke is full or the point is too close to the last one to matter. */
export function extend(stroke: Stroke, point: Point): boolean {
  const last = stroke[stroke.length - 1];
  if (stroke.length >= MAX_POINTS) return false;
  if (last && Math.hypot(point[0] - last[0], point[1] - last[1]) < MIN_STEP) return false;
  stroke.push(point);
  return true;
}

/** The signature space for a pad of this size, within the contract's bounds (100–4000 × 50–4000). */
export function spaceOf(box: Size): Size {
  return {
    width: Math.min(Math.max(Math.round(box.width), 100), 4000),
    height: Math.min(Math.max(Math.round(box.height), 50), 4000),
  };
}

/** What is sent to the server; null while nothing is drawn. */
export function toSignature(space: Size, strokes: readonly Stroke[]): DrawnSignature | null {
  if (strokes.length === 0) return null;
  return { width: space.width, height: space.height, strokes: strokes.map((stroke) => [...stroke]) };
}

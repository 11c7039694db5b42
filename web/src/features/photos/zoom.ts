/**
 * Zoom shared by both photos of a comparison, so the same patch of skin is enlarged in each.
 * `zoom` is a scale (1 = whole photo); `x` and `y` are the shift of the enlarged photo as a share
 * of the frame (0 = centred), limited so no empty edge ever shows.
 */
export interface ZoomState {
  zoom: number;
  x: number;
  y: number;
}

export const MIN_ZOOM = 1;
export const MAX_ZOOM = 4;
/** Each press of zoom in or out multiplies or divides by 1.5 (1 → 1.5 → 2.25 → 3.38 → 4). */
const ZOOM_FACTOR = 1.5;
/** A press of a move button or arrow key shifts a tenth of the frame. */
export const PAN_STEP = 0.1;

export const unzoomed: ZoomState = { zoom: 1, x: 0, y: 0 };

/** At zoom z the photo is z frames wide, so it may move (z − 1) ÷ 2 of a frame either way. */
function clampShift(shift: number, zoom: number): number {
  const limit = (zoom - 1) / 2;
  const clamped = Math.min(limit, Math.max(-limit, shift));
  // -0 would print as "-0%" and compare unequal in tests; it means centred.
  return clamped === 0 ? 0 : clamped;
}

export function withZoom(state: ZoomState, zoom: number): ZoomState {
  const next = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
  return { zoom: next, x: clampShift(state.x, next), y: clampShift(state.y, next) };
}

export const zoomIn = (state: ZoomState): ZoomState => withZoom(state, state.zoom * ZOOM_FACTOR);
export const zoomOut = (state: ZoomState): ZoomState => withZoom(state, state.zoom / ZOOM_FACTOR);

/** Moves the view by (dx, dy) frames; a positive dx shows more of the photo's right side. */
export function panBy(state: ZoomState, dx: number, dy: number): ZoomState {
  return { ...state, x: clampShift(state.x - dx, state.zoom), y: clampShift(state.y - dy, state.zoom) };
}

const panKeys: Record<string, [number, number]> = {
  ArrowLeft: [-PAN_STEP, 0],
  ArrowRight: [PAN_STEP, 0],
  ArrowUp: [0, -PAN_STEP],
  ArrowDown: [0, PAN_STEP],
};

/** The view after an arrow key on the photos, or null for any other key. */
export function panAfterKey(state: ZoomState, key: string): ZoomState | null {
  const move = panKeys[key];
  return move ? panBy(state, move[0], move[1]) : null;
}

/** The CSS transform that applies the same zoom to each photo layer. */
export function zoomTransform(state: ZoomState): string {
  return `translate(${state.x * 100}%, ${state.y * 100}%) scale(${state.zoom})`;
}

export function zoomPercent(state: ZoomState): number {
  return Math.round(state.zoom * 100);
}

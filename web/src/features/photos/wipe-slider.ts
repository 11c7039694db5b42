/**
 * The before/after wipe: the "before" photo is shown left of the divider and the "after" photo
 * right of it. The divider's position is a percentage of the width, 0 (all "after") to 100 (all
 * "before"), and moves by pointer or, as a WAI-ARIA slider, by keyboard.
 */

/** Arrow keys move 1 %, Page Up/Down 10 % (the APG slider pattern's small and large steps). */
export const WIPE_STEP = 1;
export const WIPE_PAGE_STEP = 10;

export function clampPercent(value: number): number {
  if (Number.isNaN(value)) return 50;
  return Math.min(100, Math.max(0, value));
}

/** The divider's position after a key press, or null when the key is not one a slider uses. */
export function wipeAfterKey(key: string, value: number): number | null {
  const moves: Record<string, number> = {
    ArrowRight: value + WIPE_STEP,
    ArrowUp: value + WIPE_STEP,
    ArrowLeft: value - WIPE_STEP,
    ArrowDown: value - WIPE_STEP,
    PageUp: value + WIPE_PAGE_STEP,
    PageDown: value - WIPE_PAGE_STEP,
    Home: 0,
    End: 100,
  };
  const next = moves[key];
  return next === undefined ? null : clampPercent(next);
}

/** Where a pointer at `clientX` falls across a box starting at `left` and `width` pixels wide. */
export function wipeAtPointer(clientX: number, left: number, width: number): number {
  if (width <= 0) return 50;
  return clampPercent(Math.round(((clientX - left) / width) * 1000) / 10);
}

/** The CSS clip that shows only the part of the "before" layer left of the divider. */
export function wipeClipPath(percent: number): string {
  return `inset(0 ${100 - clampPercent(percent)}% 0 0)`;
}

/** What a screen reader announces for the divider, e.g. "60 % before, 40 % after". */
export function wipeValueText(percent: number): string {
  const before = Math.round(clampPercent(percent));
  return `${before} % before, ${100 - before} % after`;
}

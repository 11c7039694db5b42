/**
 * How a treated zone is drawn on the map: a fill per depth band, always with the depth written
 * on the zone and the band's name in the legend, so nothing rests on colour alone. Every fill
 * is a light tint, keeping black text above 7:1 on it.
 */
export interface DepthBand {
  /** The deepest setting in the band, mm. */
  upToMm: number;
  label: string;
  fill: string;
}

export const depthBands: readonly DepthBand[] = [
  { upToMm: 0.5, label: 'Up to 0.5 mm', fill: '#d3ebe5' },
  { upToMm: 1.0, label: '0.75 to 1.0 mm', fill: '#a8d6cb' },
  { upToMm: 1.5, label: '1.25 to 1.5 mm', fill: '#ffe08a' },
  { upToMm: 2.0, label: '1.75 to 2.0 mm', fill: '#ffc2a8' },
  { upToMm: Infinity, label: 'Deeper than 2.0 mm', fill: '#f0b8e8' },
];

export function depthBand(depthMm: number): DepthBand {
  return depthBands.find((band) => depthMm <= band.upToMm) ?? depthBands[depthBands.length - 1]!;
}

/** Needle depths run 0.25 mm to 3.5 mm in 0.25 mm steps. */
export const DEPTH_STEP_MM = 0.25;
export const DEPTH_MIN_MM = 0.25;
export const DEPTH_MAX_MM = 3.5;

/** One step up or down, kept inside the pen's range; e.g. 1.0 + 1 step = 1.25. */
export function stepDepth(depthMm: number, steps: number): number {
  const next = Math.round((depthMm + steps * DEPTH_STEP_MM) / DEPTH_STEP_MM) * DEPTH_STEP_MM;
  return Math.min(DEPTH_MAX_MM, Math.max(DEPTH_MIN_MM, next));
}

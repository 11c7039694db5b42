/**
 * The battery's randomness, seeded so a failure can be replayed: every test prints its seed,
 * and BATTERY_SEED=<seed> runs the same kill moments and choices again.
 */
export interface BatteryRandom {
  seed: number;
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  between(min: number, max: number): number;
}

export function batteryRandom(
  seed = Number(process.env.BATTERY_SEED ?? Date.now() % 2 ** 31),
): BatteryRandom {
  // mulberry32: tiny, fast and well spread; plenty for choosing moments and inputs.
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  return { seed, next, between: (min, max) => min + Math.floor(next() * (max - min + 1)) };
}

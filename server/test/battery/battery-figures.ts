import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The battery's figures: each long-running robustness test (crash loop, outbox under kills,
 * racing bookings, fuzzing, restore) leaves one phrase here, and `scripts/test.mjs` joins them
 * into the run's `battery: …` line, e.g. `40 kills 0 lost · 5000 racing bookings 0 double`.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const batteryFiguresDir = path.join(root, 'test-results', 'battery');

/** Writes `test-results/battery/<key>.json`; a later call with the same key replaces it. */
export function recordBatteryFigure(key: string, phrase: string, ok: boolean): void {
  if (!/^[\w][\w.-]*$/.test(key)) throw new Error(`Battery figure key must be a plain file name: ${key}`);
  mkdirSync(batteryFiguresDir, { recursive: true });
  writeFileSync(path.join(batteryFiguresDir, `${key}.json`), `${JSON.stringify({ phrase, ok })}\n`);
}

/** Longer variants (more kill rounds, more racing bookings) run when BATTERY_LONG=1. */
export const batteryLong = process.env.BATTERY_LONG === '1';

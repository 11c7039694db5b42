import { addDays, daysBetween } from './wall-clock';

/** Calendar days, inclusive; `latest` before `earliest` means no day fits. */
export interface SessionWindow {
  earliest: string;
  latest: string;
}

/**
 * The days a session of a course may fall on: between the plan's minimum and maximum interval
 * after the session before it (booked or proposed), not before `from`, and leaving the
 * minimum interval before a later session already booked. The first session of a course has
 * no session before it: any day from `from` within one maximum interval. When the session
 * before is so long ago that its maximum has passed, the window keeps its length from `from`.
 */
export function sessionWindow(
  plan: { minIntervalDays: number; maxIntervalDays: number },
  around: { from: string; previous: string | null; next: string | null },
): SessionWindow {
  const { minIntervalDays: min, maxIntervalDays: max } = plan;
  const { from, previous, next } = around;
  const earliest = previous && daysBetween(from, addDays(previous, min)) > 0 ? addDays(previous, min) : from;
  const planned = previous ? addDays(previous, max) : addDays(from, max);
  let latest = daysBetween(earliest, planned) >= 0 ? planned : addDays(earliest, max - min);
  if (next && daysBetween(addDays(next, -min), latest) > 0) latest = addDays(next, -min);
  return { earliest, latest };
}

/** Each day of the window, in order. */
export function daysOf(window: SessionWindow): string[] {
  const count = daysBetween(window.earliest, window.latest) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, i) => addDays(window.earliest, i));
}

/** Runs of consecutive days kept by `keep`, as windows: each asked of the availability core once. */
export function runsOf(days: readonly string[], keep: (day: string) => boolean): SessionWindow[] {
  const runs: SessionWindow[] = [];
  for (const day of days) {
    if (!keep(day)) continue;
    const last = runs[runs.length - 1];
    if (last && daysBetween(last.latest, day) === 1) last.latest = day;
    else runs.push({ earliest: day, latest: day });
  }
  return runs;
}

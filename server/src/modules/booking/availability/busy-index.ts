import { MINUTES_PER_DAY, MS_PER_MINUTE } from './local-time';
import { refuse } from './request-error';
import type { BusyAllocation } from './types';

/**
 * Allocations filed by the day they start on, checked as they are filed. A search window then
 * reads only the days it can meet, not all 20,000 allocations of a quarter; nothing is copied,
 * because fresh arrays for every allocation cost more (allocation, garbage collection) than
 * the whole search for 20 slots.
 */
export interface BusyIndex {
  busy: BusyAllocation[];
  /** Minute from which days are counted: the first possible start. */
  origin: number;
  /** Positions in `busy` by start day since `origin`; day 0 also holds those starting earlier. */
  days: number[][];
  /** Minutes: the longest allocation after `origin`, how far back a window must look. */
  longest: number;
}

/** Files the allocations that can meet `[origin, horizon)` and refuses any that is not an interval. */
export function indexBusy(busy: BusyAllocation[], origin: number, horizon: number): BusyIndex {
  if (!Array.isArray(busy)) refuse('busy', 'Expected a list of allocations');
  const count = Math.max(0, Math.ceil((horizon - origin) / MINUTES_PER_DAY));
  const days: number[][] = Array.from({ length: count }, () => []);
  const [originMs, horizonMs] = [origin * MS_PER_MINUTE, horizon * MS_PER_MINUTE];
  let longest = 0;
  for (let i = 0; i < busy.length; i++) {
    const { start, end } = busy[i] ?? {};
    if (!(start instanceof Date) || Number.isNaN(start.getTime())) {
      refuse(`busy.${i}.start`, 'Expected an instant');
    }
    if (!(end instanceof Date) || !(end.getTime() > start.getTime())) {
      refuse(`busy.${i}.end`, 'Expected an instant after the start');
    }
    const from = Math.max(start.getTime(), originMs);
    const to = end.getTime();
    if (to <= originMs || from >= horizonMs) continue;
    longest = Math.max(longest, Math.ceil((to - from) / MS_PER_MINUTE));
    days[Math.floor((from - originMs) / (MS_PER_MINUTE * MINUTES_PER_DAY))]!.push(i);
  }
  return { busy, origin, days, longest };
}

/** By resource index: starts and ends (minutes) of the allocations reaching into `[from, to)`. */
export function allocationsNear(
  index: BusyIndex,
  resourceIndex: Map<string, number>,
  from: number,
  to: number,
): { starts: number[][]; ends: number[][] } {
  const starts: number[][] = Array.from({ length: resourceIndex.size }, () => []);
  const ends: number[][] = Array.from({ length: resourceIndex.size }, () => []);
  const dayOf = (minute: number) => Math.floor((minute - index.origin) / MINUTES_PER_DAY);
  const [fromMs, toMs] = [from * MS_PER_MINUTE, to * MS_PER_MINUTE];
  const lastDay = Math.min(index.days.length - 1, dayOf(to));
  for (let day = Math.max(0, dayOf(from - index.longest)); day <= lastDay; day++) {
    for (const i of index.days[day]!) {
      const allocation = index.busy[i]!;
      const start = allocation.start.getTime();
      const end = allocation.end.getTime();
      const resource = end > fromMs && start < toMs ? resourceIndex.get(allocation.resourceId) : undefined;
      if (resource === undefined) continue;
      // Outward to whole minutes: an allocation ending at 10:00:01 blocks 10:00–10:01.
      starts[resource]!.push(Math.floor(start / MS_PER_MINUTE));
      ends[resource]!.push(Math.ceil(end / MS_PER_MINUTE));
    }
  }
  return { starts, ends };
}

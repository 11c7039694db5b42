/**
 * Sorted, disjoint half-open intervals `[starts[i], ends[i])` of minutes, answered by binary
 * search. Touching intervals are merged, so 09:00–12:00 + 12:00–17:00 covers 11:30–12:30; an
 * allocation ending at 10:00 does not overlap one starting at 10:00.
 */
export interface Intervals {
  starts: number[];
  ends: number[];
}

export const noIntervals: Intervals = { starts: [], ends: [] };

/** Whether `[from, to)` lies inside one interval. */
export function covers(intervals: Intervals, from: number, to: number): boolean {
  const { starts, ends } = intervals;
  // The last interval starting at or before `from`.
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (starts[middle]! <= from) low = middle + 1;
    else high = middle;
  }
  return low > 0 && ends[low - 1]! >= to;
}

/** Whether `[from, to)` shares any minute with an interval. */
export function overlaps(intervals: Intervals, from: number, to: number): boolean {
  const { starts, ends } = intervals;
  // The first interval ending after `from` (ends are sorted too: the intervals are disjoint).
  let low = 0;
  let high = ends.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ends[middle]! <= from) low = middle + 1;
    else high = middle;
  }
  return low < starts.length && starts[low]! < to;
}

/**
 * Merges pairs given flat (`[start0, end0, start1, end1, …]`, any order, empty pairs allowed)
 * into sorted disjoint intervals, touching ones joined. Input already in start order — as
 * allocations usually arrive — is not sorted again.
 */
export function mergePairs(flat: readonly number[]): Intervals {
  const pairs = inStartOrder(flat);
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < pairs.length; i += 2) {
    const start = pairs[i]!;
    const end = pairs[i + 1]!;
    if (end <= start) continue;
    const last = ends.length - 1;
    if (last >= 0 && start <= ends[last]!) {
      if (end > ends[last]!) ends[last] = end;
    } else {
      starts.push(start);
      ends.push(end);
    }
  }
  return { starts, ends };
}

function inStartOrder(flat: readonly number[]): readonly number[] {
  let sorted = true;
  for (let i = 2; i < flat.length && sorted; i += 2) sorted = flat[i - 2]! <= flat[i]!;
  if (sorted) return flat;
  const order = Array.from({ length: flat.length / 2 }, (_, i) => i);
  order.sort((a, b) => flat[2 * a]! - flat[2 * b]!);
  return order.flatMap((i) => [flat[2 * i]!, flat[2 * i + 1]!]);
}

/**
 * Numbers in ascending order: insertion sort in place for short lists (a day's allocations of
 * one resource: linear when they arrive in order, and no allocation), a native typed-array sort
 * beyond that (measured: creating a typed array costs ~4 µs, an insertion sort of 60 ~1.5 µs).
 */
function ascending(values: number[]): ArrayLike<number> {
  if (values.length > 128) return Float64Array.from(values).sort();
  for (let i = 1; i < values.length; i++) {
    const value = values[i]!;
    let j = i - 1;
    for (; j >= 0 && values[j]! > value; j--) values[j + 1] = values[j]!;
    values[j + 1] = value;
  }
  return values;
}

/**
 * The union of intervals given as separate starts and ends, in any order (both lists are
 * sorted in place): swept in order, a start at or before the next end opens or extends, an end
 * closes once every open interval has ended. 09:00–10:00, 09:30–11:00, 11:00–11:30 → 09:00–11:30.
 */
export function unionOf(starts: number[], ends: number[]): Intervals {
  const union: Intervals = { starts: [], ends: [] };
  if (starts.length === 0) return union;
  const opening = ascending(starts);
  const closing = ascending(ends);
  let open = 0;
  let j = 0;
  for (let i = 0; i < opening.length;) {
    if (opening[i]! <= closing[j]!) {
      if (open++ === 0) union.starts.push(opening[i]!);
      i++;
    } else {
      if (--open === 0) union.ends.push(closing[j]!);
      j++;
    }
  }
  union.ends.push(closing[closing.length - 1]!);
  return union;
}

/** `a` less every minute of `b`: a 09:00–17:00 day with 12:00–13:00 off → 09:00–12:00, 13:00–17:00. */
export function subtract(a: Intervals, b: Intervals): Intervals {
  if (b.starts.length === 0) return a;
  const starts: number[] = [];
  const ends: number[] = [];
  let j = 0;
  for (let i = 0; i < a.starts.length; i++) {
    let start = a.starts[i]!;
    const end = a.ends[i]!;
    while (j < b.starts.length && b.ends[j]! <= start) j++;
    for (let k = j; k < b.starts.length && b.starts[k]! < end; k++) {
      if (b.starts[k]! > start) {
        starts.push(start);
        ends.push(b.starts[k]!);
      }
      start = Math.max(start, b.ends[k]!);
    }
    if (start < end) {
      starts.push(start);
      ends.push(end);
    }
  }
  return { starts, ends };
}

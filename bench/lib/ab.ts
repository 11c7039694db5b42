/**
 * A B A B: the contender and its baseline take turns, so that drift on a shared machine (other
 * work, thermal state, a neighbour's build) lands on both sides instead of on one.
 */
export interface Leg<T> {
  side: 'contender' | 'baseline';
  round: number;
  result: T;
}

export interface Sides<T> {
  contender: () => Promise<T>;
  baseline: () => Promise<T>;
}

export async function interleave<T>(
  rounds: number,
  sides: Sides<T>,
  log: (message: string) => void,
): Promise<Leg<T>[]> {
  const legs: Leg<T>[] = [];
  for (let round = 1; round <= rounds; round++) {
    for (const side of ['contender', 'baseline'] as const) {
      log(`  round ${round}/${rounds}: ${side}`);
      legs.push({ side, round, result: await sides[side]() });
    }
  }
  return legs;
}

/** The results of one side, in the order they ran. */
export function sideOf<T>(legs: Leg<T>[], side: Leg<T>['side']): T[] {
  return legs.filter((leg) => leg.side === side).map((leg) => leg.result);
}

/**
 * The W10 baseline: read every key of an answer object and nothing else. Any screening must at
 * least touch the answers, so the ratio against this loop is the engine's cost relative to
 * merely visiting the data.
 */
export function touchAnswerKeys(answers: object): number {
  let total = 0;
  for (const key of Object.keys(answers)) total += key.length;
  return total;
}

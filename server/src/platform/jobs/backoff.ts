const BASE_MS = 5_000;
const MAX_MS = 60 * 60_000;

/** Delay before retry number `attempt` (1-based): 5 s, 10 s, 20 s … capped at one hour. */
export function retryDelayMs(attempt: number): number {
  return Math.min(BASE_MS * 2 ** Math.max(0, attempt - 1), MAX_MS);
}

/** Shared between main.ts and the health route: true once shutdown has begun. */
export interface Lifecycle {
  closing: boolean;
}

/** Time comes from here so that tests can hold it still; pure cores take `now` as data. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

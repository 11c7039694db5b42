import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error';
import { createTurns } from './turns';

/** A piece of work that finishes when the test says so. */
function gate() {
  let open!: () => void;
  let fail!: (error: Error) => void;
  const done = new Promise<void>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  return { done, open, fail };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('turns', () => {
  it('runs at most the limit at once, the rest in arrival order', async () => {
    const turns = createTurns({ running: 2, waiting: 10, what: 'photos' });
    const gates = [gate(), gate(), gate(), gate()];
    const started: number[] = [];
    const all = gates.map((g, i) =>
      turns.run(async () => {
        started.push(i);
        await g.done;
        return i;
      }),
    );
    await tick();
    expect(started).toEqual([0, 1]);
    expect(turns.load).toEqual({ running: 2, waiting: 2 });
    gates[1]!.open();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    expect(turns.load).toEqual({ running: 2, waiting: 1 });
    gates[0]!.open();
    gates[2]!.open();
    gates[3]!.open();
    expect(await Promise.all(all)).toEqual([0, 1, 2, 3]);
    expect(turns.load).toEqual({ running: 0, waiting: 0 });
  });

  it('refuses work beyond the queue with 503 and a retry hint, and takes it again once there is room', async () => {
    const turns = createTurns({ running: 1, waiting: 1, what: 'photos being processed' });
    const first = gate();
    const running = turns.run(() => first.done);
    const waiting = turns.run(async () => 'second');
    const refused = await turns.run(async () => 'third').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      message: 'Too many photos being processed at once; try again in a moment.',
      details: { retryAfterSeconds: 5 },
    });
    first.open();
    await running;
    expect(await waiting).toBe('second');
    expect(await turns.run(async () => 'later')).toBe('later');
  });

  it('gives the turn back when the work fails', async () => {
    const turns = createTurns({ running: 1, waiting: 0, what: 'photos' });
    const failing = gate();
    const outcome = turns.run(() => failing.done).catch((error: unknown) => (error as Error).message);
    failing.fail(new Error('unreadable'));
    expect(await outcome).toBe('unreadable');
    expect(turns.load).toEqual({ running: 0, waiting: 0 });
    expect(await turns.run(async () => 'next')).toBe('next');
  });
});

import http from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import {
  onboardingBody,
  postJson,
  startCorium,
  stopCorium,
  tempDataDir,
  waitHealthy,
  type CoriumProcess,
} from './corium-process';

const running: CoriumProcess[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((c) => stopCorium(c)));
});

interface Outcome {
  what: string;
  sentAt: number;
  doneAt: number;
  status?: number;
  /** The whole body arrived and parsed as JSON. */
  complete?: boolean;
  error?: string;
}

interface Call {
  what: string;
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  /** Sends the body in two halves this far apart: a slow client whose request is in flight. */
  trickleMs?: number;
}

/** One request on its own connection (no keep-alive), recording how it ended. */
function send(url: string, call: Call): Promise<Outcome> {
  const sentAt = Date.now();
  return new Promise((resolve) => {
    const end = (o: Omit<Outcome, 'what' | 'sentAt' | 'doneAt'>) =>
      resolve({ what: call.what, sentAt, doneAt: Date.now(), ...o });
    const body = call.body ? Buffer.from(call.body) : undefined;
    const request = http.request(`${url}${call.path}`, {
      method: call.method,
      agent: false,
      headers: body ? { 'content-type': 'application/json', 'content-length': body.length } : {},
    });
    request.on('error', (error: NodeJS.ErrnoException) => end({ error: error.code ?? error.message }));
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('error', (error: NodeJS.ErrnoException) =>
        end({ status: response.statusCode, error: error.code }),
      );
      response.on('end', () => {
        let complete = response.complete;
        try {
          JSON.parse(Buffer.concat(chunks).toString());
        } catch {
          complete = false;
        }
        end({ status: response.statusCode, complete });
      });
    });
    if (!body) return void request.end();
    const half = Math.floor(body.length / 2);
    request.write(body.subarray(0, half));
    setTimeout(() => request.end(body.subarray(half)), call.trickleMs ?? 0);
  });
}

/** SHUTDOWN_GRACE_MS's default: health says 503 this long before the port closes. */
const GRACE_MS = 1000;

const signInBody = (n: number) =>
  JSON.stringify({ email: `nobody${n}@process.test`, password: 'not the password 1' });

describe('graceful shutdown under load', () => {
  it('answers every accepted request, refuses new ones, exits 0 and restarts without recovery', async () => {
    const dataDir = await tempDataDir();
    const server = await startCorium({ DATA_DIR: dataDir, SHUTDOWN_TIMEOUT_MS: '30000' });
    running.push(server);
    await waitHealthy(server);
    expect((await postJson(`${server.url}/api/setup`, onboardingBody)).status).toBe(201);

    const outcomes: Outcome[] = [];
    let stopping = false;
    let n = 0;
    const loop = (next: () => Call) =>
      (async () => {
        while (!stopping) outcomes.push(await send(server.url, next()));
      })();
    const loops = [
      loop(() => ({ what: 'readyz', method: 'GET', path: '/readyz' })),
      loop(() => ({ what: 'healthz', method: 'GET', path: '/healthz' })),
      loop(() => ({ what: 'session', method: 'GET', path: '/api/auth/session' })),
      // argon2 makes a sign-in take a while: these are often in flight at the signal.
      loop(() => ({ what: 'sign-in', method: 'POST', path: '/api/auth/sign-in', body: signInBody(n++) })),
      loop(() => ({ what: 'sign-in', method: 'POST', path: '/api/auth/sign-in', body: signInBody(n++) })),
    ];
    // A slow client: its request is accepted before the signal and its body completes after it.
    const slow = send(server.url, {
      what: 'slow sign-in',
      method: 'POST',
      path: '/api/auth/sign-in',
      body: signInBody(-1),
      trickleMs: GRACE_MS + 1500, // its body ends after the port has closed
    });
    await sleep(1000);
    const signalAt = Date.now();
    server.child.kill('SIGTERM');
    const code = await server.exited;
    stopping = true;
    await Promise.all(loops);
    const slowOutcome = await slow;

    expect(code).toBe(0);
    expect(server.output()).toContain('shutdown: database closed');
    const answered = outcomes.filter((o) => o.status !== undefined);
    expect(answered.length).toBeGreaterThan(20);
    // Every request made while the port was open was answered, in full: no reset, no cut-off body.
    const portOpen = (o: Outcome) => o.sentAt < signalAt + GRACE_MS - 200;
    expect(outcomes.filter((o) => portOpen(o) && o.error)).toEqual([]);
    expect(answered.filter((o) => !o.complete)).toEqual([]);
    // Later ones were refused at the door (the port closed), never half-served.
    expect(outcomes.filter((o) => o.error && !['ECONNREFUSED', 'ECONNRESET'].includes(o.error))).toEqual([]);
    expect(answered.filter((o) => o.status! >= 500 && o.status !== 503)).toEqual([]);
    // 503 only once closing has begun: health first, so a balancer stops sending work.
    expect(answered.filter((o) => o.status === 503 && o.doneAt < signalAt)).toEqual([]);
    // (The signal takes a moment to reach a busy process: health asked well after it, within the grace.)
    const closingHealth = answered.filter(
      (o) => o.what === 'readyz' && o.sentAt > signalAt + 300 && o.sentAt < signalAt + GRACE_MS - 200,
    );
    expect(closingHealth.length).toBeGreaterThan(0);
    expect(closingHealth.every((o) => o.status === 503)).toBe(true);
    // Meanwhile real work went on being served, and a request in flight at the signal finished.
    // (A wrong password is 401, or 429 once the address has failed often enough: both are answers.)
    const refusedSignIn = (o: Outcome) => o.status === 401 || o.status === 429;
    expect(answered.some((o) => o.what === 'sign-in' && o.sentAt > signalAt && refusedSignIn(o))).toBe(true);
    expect(refusedSignIn(slowOutcome) && slowOutcome.complete).toBe(true);
    expect(slowOutcome.sentAt).toBeLessThan(signalAt);

    const again = await startCorium({ DATA_DIR: dataDir });
    running.push(again);
    await waitHealthy(again);
    const postgresLog = await readFile(path.join(dataDir, 'postgres.log'), 'utf8');
    expect(postgresLog).not.toMatch(/not properly shut down|automatic recovery|was interrupted/);
    expect(again.output()).not.toContain('orphaned');
  });
});

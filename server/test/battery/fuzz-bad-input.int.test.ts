import fc from 'fast-check';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../../src/app';
import { createMatrixFixtures, type MatrixFixtures } from '../authorization-fixtures';
import { createTestContext, type TestApp } from '../build-test-app';
import { batteryLong, recordBatteryFigure } from './battery-figures';
import { fuzzCases, type FuzzCase, type FuzzTarget } from './fuzz-cases';
import { changeMark, changesSince, differences, fingerprint, watchChanges } from './fuzz-database';
import { fuzzTargets } from './fuzz-targets';
import { withAftercareIds } from '../aftercare-matrix';

/**
 * Bad-input fuzzing (issue 13): property-based bad requests to every write route, sent by a
 * caller the route allows. No response may be a 5xx, the server must keep answering, and a
 * refused request must leave the database as it was. `BATTERY_LONG=1` sends five times as many;
 * `FUZZ_SEED=<n>` replays a run.
 */
const totalCases = batteryLong ? 50_000 : 10_000;
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2_147_483_647);

let t: TestApp;
let f: MatrixFixtures;
let targets: FuzzTarget[];
/** The server's own log of errors: a 5xx finding carries the stack that explains it. */
const serverErrors: string[] = [];

beforeAll(async () => {
  const context = await createTestContext();
  const log = pino({ level: 'error' }, { write: (line: string) => void serverErrors.push(line) });
  const deps = { ...context.deps, log };
  const app = await buildApp(deps, { webDist: null });
  await app.ready();
  t = { ...context, deps, app, close: () => app.close().then(context.close) };
  f = await createMatrixFixtures(t);
  targets = await fuzzTargets(f);
  await watchChanges(t.deps.db);
}, 300_000);
afterAll(() => t.close());

interface Tally {
  sent: number;
  accepted: number;
  findings: string[];
}

const errorOf = (line: string | undefined) => {
  const err = line ? (JSON.parse(line) as { err?: { message?: string; stack?: string } }).err : undefined;
  return err?.stack?.split('\n').slice(0, 3).join(' | ') ?? err?.message ?? '';
};

async function send(target: FuzzTarget, c: FuzzCase) {
  const headers: Record<string, string> = { ...target.headers };
  if (c.contentType === undefined) delete headers['content-type'];
  else headers['content-type'] = c.contentType;
  return t.app.inject({ method: target.method as 'POST', url: c.url, headers, payload: c.payload });
}

/**
 * What a refusal may still change, and only on purpose: a booking refused by the patient's
 * screening keeps the screening evaluation that refused it (the clinical record of why), while
 * the visit it had claimed is undone.
 */
const keptOnRefusal: Record<string, string[]> = {
  SCREENING_BLOCKED: ['screening_evaluation'],
  OVERRIDE_REQUIRED: ['screening_evaluation'],
};

interface RouteState {
  /** Fingerprint of the database as it should be: moved on by accepted requests only. */
  baseline: Record<string, string>;
  mark: number;
}

const codeOf = (body: string): string => {
  try {
    return String((JSON.parse(body) as { error?: unknown }).error ?? '');
  } catch {
    return '';
  }
};

/**
 * Sends one case and judges it. A change the trigger notes is fingerprinted table by table:
 * an accepted request moves the baseline on; a refused one must leave its tables' fingerprints
 * as they were (an insert it undid itself leaves none), save what `keptOnRefusal` allows.
 */
async function judge(target: FuzzTarget, c: FuzzCase, state: RouteState, tally: Tally): Promise<void> {
  const where = `${target.route} [${c.kind}] ${c.url.slice(0, 120)}`;
  const errorsBefore = serverErrors.length;
  let response: Awaited<ReturnType<typeof send>>;
  try {
    response = await send(target, c);
  } catch (error) {
    tally.findings.push(`${where}: crashed: ${String(error).slice(0, 300)}`);
    return;
  }
  const status = response.statusCode;
  tally.sent += 1;
  if (status < 300) tally.accepted += 1;
  if (status >= 500)
    tally.findings.push(
      `${where}: ${status} ${response.body.slice(0, 200)} ${errorOf(serverErrors[errorsBefore])}`,
    );
  const changed = await changesSince(t.deps.db, state.mark);
  if (changed.tables.length === 0) return;
  state.mark = changed.mark;
  const now = await fingerprint(t.deps.db, changed.tables);
  const code = codeOf(response.body);
  const allowed = status < 300 ? changed.tables : (keptOnRefusal[code] ?? []);
  const unexpected = changed.tables.filter(
    (name) => !allowed.includes(name) && now[name] !== state.baseline[name],
  );
  if (unexpected.length > 0)
    tally.findings.push(`${where}: refused with ${status} ${code} but changed ${unexpected.join(', ')}`);
  state.baseline = { ...state.baseline, ...now };
}

/**
 * Runs one route's cases from `baseline` (the whole database's fingerprint), then checks the
 * whole database against what the accepted requests made of it, and the server's health.
 * Returns the fingerprint the next route starts from.
 */
async function fuzzRoute(
  target: FuzzTarget,
  run: { count: number; seed: number; baseline: Record<string, string> },
  tally: Tally,
): Promise<Record<string, string>> {
  const cases = fc.sample(fuzzCases(target), { numRuns: run.count, seed: run.seed });
  const state: RouteState = { baseline: run.baseline, mark: await changeMark(t.deps.db) };
  for (const c of cases) await judge(target, c, state, tally);
  const after = await fingerprint(t.deps.db);
  const changed = differences(state.baseline, after);
  if (changed.length > 0)
    tally.findings.push(`${target.route}: the database changed (${changed.join(', ')})`);
  const health = await t.app.inject({ method: 'GET', url: '/healthz' });
  if (health.statusCode !== 200)
    tally.findings.push(`${target.route}: the server stopped answering /healthz`);
  return after;
}

describe('bad-input fuzzing', () => {
  it(`answers ${totalCases}+ bad requests to every write route with a 4xx and changes nothing`, async () => {
    expect(targets.length).toBeGreaterThan(50);
    const perRoute = Math.ceil(totalCases / targets.length);
    const tally: Tally = { sent: 0, accepted: 0, findings: [] };
    const started = Date.now();
    let baseline = await fingerprint(t.deps.db);
    for (const [i, target] of targets.entries())
      baseline = await fuzzRoute(target, { count: perRoute, seed: seed + i, baseline }, tally);
    const fives = tally.findings.filter((line) => /: 5\d\d /.test(line)).length;
    const database = inject('testDb').target;
    recordBatteryFigure(
      `fuzz-${database}`,
      `${tally.sent} bad inputs ${fives} 5xx (${database})`,
      tally.findings.length === 0,
    );
    console.log(
      `fuzz (${database}, seed ${seed}): ${tally.sent} cases on ${targets.length} routes, ` +
        `${tally.accepted} accepted, ${tally.findings.length} findings, ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(tally.sent).toBeGreaterThanOrEqual(totalCases);
    expect(tally.findings.slice(0, 40), `seed ${seed}`).toEqual([]);
  }, 900_000);
});

/** What the fuzzer found, pinned: each was a 500 before its fix. */
describe('bad inputs the fuzzer found', () => {
  const call = (method: 'POST' | 'PATCH', url: string, payload: object) =>
    t.app.inject({ method, url, headers: f.browsers.admin.headers, payload });

  it('takes an empty staff patch as no change (an empty SET is not SQL)', async () => {
    const response = await call('PATCH', `/api/users/${f.ids.user}`, {});
    expect(response.statusCode).toBe(200);
  });

  it('answers an empty patch on every PATCH route without a 5xx', async () => {
    const patches = targets.filter((target) => target.method === 'PATCH');
    const statuses: string[] = [];
    for (const target of patches) {
      const response = await t.app.inject({
        method: 'PATCH',
        url: target.url,
        headers: target.headers,
        payload: {},
      });
      if (response.statusCode >= 500) statuses.push(`${target.route}: ${response.statusCode}`);
    }
    expect(patches.length).toBeGreaterThan(3);
    expect(statuses).toEqual([]);
  });

  it('refuses a NUL byte in text with a 400 and stores nothing', async () => {
    const before = await fingerprint(t.deps.db, ['patient']);
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/patients/${f.ids.own}`,
      headers: f.browsers.medical_director.headers,
      payload: { notes: 'a\u0000b' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toBe('VALIDATION_FAILED');
    expect(await fingerprint(t.deps.db, ['patient'])).toEqual(before);
  });

  it('acknowledges an acknowledged alert again without error', async () => {
    const url = (
      await withAftercareIds(f, '/api/aftercare/alerts/:alertId/acknowledge', f.ids.own)
    ).toString();
    const md = (payload: object) =>
      t.app.inject({ method: 'POST', url, headers: f.browsers.medical_director.headers, payload });
    expect((await md({})).statusCode).toBe(200);
    expect((await md({})).statusCode).toBe(200);
  });
});

import os from 'node:os';
import pg from 'pg';
import {
  affectedSessions,
  type RecallTarget,
} from '../../server/src/modules/inventory/affected-sessions.repo';
import { connectDatabase, type Db } from '../../server/src/platform/db/database';
import { rawLotQuery, rawPenQuery } from '../baselines/recall-baseline';
import { insertNoiseClinic, seedCharts } from '../fixtures/recall-charts';
import { interleave, sideOf } from '../lib/ab';
import { waitFor200, type ServerChild } from '../lib/child-server';
import { startCorium, tempDataDir } from '../lib/corium';
import { connectEmbedded } from '../lib/embedded-db';
import { cpuDeltaMs, cpuSnapshot } from '../lib/measure';
import { maxOrNull, medianOrNull, percentile } from '../lib/stats';
import type { BenchContext, SideSummary, Workload } from '../lib/types';

const TARGET_MS = 100;
const FIRST_START = '2024-11-01T08:00:00Z';
const DAY_MS = 86_400_000;

function settingsFor(ctx: BenchContext) {
  const smoke = ctx.mode === 'smoke';
  return {
    rounds: smoke ? 2 : 5,
    queriesPerLeg: smoke ? 20 : 400,
    sessions: smoke ? 10_000 : 12_000,
    noiseSessions: smoke ? 1_000 : 3_000,
    lots: 120,
    pens: 12,
    patients: 3_000,
  };
}
type Settings = ReturnType<typeof settingsFor>;

interface Target {
  label: string;
  target: RecallTarget;
  expected: string[];
}

interface RecallLeg {
  label: string;
  queries: number;
  queriesPerS: number;
  p50Ms: number;
  p99Ms: number;
  lotP50Ms: number;
  penP50Ms: number;
  cpuMsPerQueryApp: number;
  cpuMsPerQueryDb: number | null;
  load1: number;
}

interface World {
  clinicId: string;
  client: pg.Client;
  db: Db;
  corium: ServerChild;
  targets: Target[];
}

export const recall: Workload = {
  name: 'recall',
  description:
    'Issue 7: the affected sessions of a recall (one lot; one pen over a 30-day period) in a clinic of ' +
    '12,000 signed sessions with 1–3 cartridges each across 120 lots and 12 pens, plus another clinic; ' +
    'the repo function through Kysely, in process, against Corium’s PostgreSQL; baseline: the same rows ' +
    'by a hand-written prepared statement through pg.',
  target: [
    {
      text: `recall p99 < ${TARGET_MS} ms (lot and pen queries)`,
      check: (c) => ({
        met: c.p99Ms !== null && c.p99Ms < TARGET_MS,
        actual: `${(c.p99Ms ?? NaN).toFixed(2)} ms`,
      }),
    },
  ],
  run: async (ctx) => {
    const settings = settingsFor(ctx);
    const dataDir = await tempDataDir();
    const corium = await startCorium({ dataDir: dataDir.path, databaseUrl: ctx.databaseUrl });
    let world: World | undefined;
    try {
      world = await prepare(ctx, corium, dataDir.path, settings);
      const active = world;
      const legs = await interleave(
        settings.rounds,
        {
          contender: () => leg(active, 'contender', settings),
          baseline: () => leg(active, 'baseline', settings),
        },
        ctx.log,
      );
      return {
        contender: summarize('affectedSessions (Kysely)', sideOf(legs, 'contender')),
        baseline: summarize('raw pg prepared statement', sideOf(legs, 'baseline')),
        settings: {
          ...settings,
          database: ctx.databaseUrl ? 'external (BENCH_DATABASE_URL)' : 'embedded',
          targets: world.targets.map((t) => ({ label: t.label, sessions: t.expected.length })),
        },
        legs,
        notes: notes(sideOf(legs, 'contender'), sideOf(legs, 'baseline'), world.targets),
      };
    } finally {
      await world?.db.destroy();
      await world?.client.end();
      await corium.stop();
      await dataDir.remove();
    }
  },
};

async function onboard(corium: ServerChild): Promise<string> {
  await waitFor200(corium, '/healthz');
  const setup = await fetch(`${corium.url}/api/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      clinicName: 'Bench Clinic',
      timeZone: 'Europe/London',
      admin: {
        displayName: 'Bench Admin',
        email: 'admin@bench.invalid',
        password: 'bench clinic long passphrase',
      },
    }),
  });
  if (setup.status !== 201)
    throw new Error(`POST /api/setup answered ${setup.status}: ${await setup.text()}`);
  return ((await setup.json()) as { clinic: { id: string } }).clinic.id;
}

async function prepare(
  ctx: BenchContext,
  corium: ServerChild,
  dataDir: string,
  settings: Settings,
): Promise<World> {
  const clinicId = await onboard(corium);
  const client = ctx.databaseUrl
    ? new pg.Client({ connectionString: ctx.databaseUrl })
    : await connectEmbedded(dataDir);
  if (ctx.databaseUrl) await client.connect();
  try {
    return await seedAndCheck(ctx, clinicId, client, corium, settings);
  } catch (error) {
    await client.end();
    throw error;
  }
}

async function seedAndCheck(
  ctx: BenchContext,
  clinicId: string,
  client: pg.Client,
  corium: ServerChild,
  settings: Settings,
): Promise<World> {
  const began = performance.now();
  ctx.log(
    `  seeding ${settings.sessions.toLocaleString('en-US')} sessions (+ ${settings.noiseSessions} in another clinic)`,
  );
  const shape = { lots: settings.lots, pens: settings.pens, firstStart: FIRST_START };
  await seedCharts(client, { clinicId, sessions: settings.sessions, patients: settings.patients, ...shape });
  const noise = await insertNoiseClinic(client);
  await seedCharts(client, { clinicId: noise, sessions: settings.noiseSessions, patients: 300, ...shape });
  await client.query('ANALYZE');
  ctx.log(`  seeded in ${((performance.now() - began) / 1000).toFixed(1)} s`);
  const db = connectDatabase(
    ctx.databaseUrl
      ? { connectionString: ctx.databaseUrl, max: 1 }
      : {
          host: client.host,
          port: client.port,
          user: client.user,
          database: client.database,
          password: dataPassword(client),
          max: 1,
        },
  ).db;
  const world = { clinicId, client, db, corium, targets: await targetsOf(client, clinicId) };
  await checkExact(world);
  return world;
}

const dataPassword = (client: pg.Client): string => (client as unknown as { password: string }).password;

/** Ten lots spread over the range, and four pens over 30 days each; what each must return. */
async function targetsOf(client: pg.Client, clinicId: string): Promise<Target[]> {
  const lots = await client.query<{ id: string; lot_number: string }>(
    'SELECT id, lot_number FROM stock_lot WHERE clinic_id = $1 ORDER BY lot_number',
    [clinicId],
  );
  const pens = await client.query<{ id: string; serial: string }>(
    'SELECT id, serial FROM device WHERE clinic_id = $1 ORDER BY serial',
    [clinicId],
  );
  const targets: Target[] = [];
  for (const lot of lots.rows.filter((_, i) => i % 12 === 5)) {
    const { rows } = await client.query<{ session_id: string }>(
      'SELECT DISTINCT session_id FROM session_cartridge WHERE lot_id = $1 ORDER BY session_id',
      [lot.id],
    );
    const target = { kind: 'lot' as const, lotId: lot.id };
    targets.push({ label: `lot ${lot.lot_number}`, target, expected: rows.map((r) => r.session_id) });
  }
  for (const [i, pen] of pens.rows.filter((_, i) => i % 3 === 1).entries()) {
    const from = new Date(Date.parse(FIRST_START) + (60 + 90 * i) * DAY_MS);
    const until = new Date(from.getTime() + 30 * DAY_MS);
    const { rows } = await client.query<{ id: string }>(
      'SELECT id FROM treatment_session WHERE device_id = $1 AND started_at >= $2 AND started_at < $3 ORDER BY id',
      [pen.id, from, until],
    );
    const target = { kind: 'device' as const, deviceId: pen.id, from, until };
    targets.push({ label: `pen ${pen.serial}, 30 days`, target, expected: rows.map((r) => r.id) });
  }
  return targets;
}

const sideRuns = {
  contender: async (w: World, t: RecallTarget) =>
    (await affectedSessions(w.db, w.clinicId, t)).map((r) => r.session_id),
  baseline: async (w: World, t: RecallTarget) =>
    (t.kind === 'lot'
      ? await rawLotQuery(w.client, w.clinicId, t.lotId)
      : await rawPenQuery(w.client, w.clinicId, t.deviceId, t.from, t.until)
    ).rows.map((r) => r.session_id),
};

/** Both sides return exactly the expected sessions — none of the other clinic's, none missing. */
async function checkExact(w: World): Promise<void> {
  for (const t of w.targets) {
    if (t.expected.length === 0) throw new Error(`${t.label}: the seed gave it no sessions`);
    for (const side of ['contender', 'baseline'] as const) {
      const got = [...(await sideRuns[side](w, t.target))].sort();
      if (got.join() !== t.expected.join()) throw new Error(`${side} is not exact for ${t.label}`);
    }
  }
}

async function leg(w: World, side: keyof typeof sideRuns, settings: Settings): Promise<RecallLeg> {
  const lot: number[] = [];
  const pen: number[] = [];
  const cpuBefore = process.cpuUsage();
  const dbBefore = cpuSnapshot(w.corium);
  const began = performance.now();
  for (let q = 0; q < settings.queriesPerLeg; q++) {
    const t = w.targets[q % w.targets.length]!;
    const start = performance.now();
    await sideRuns[side](w, t.target);
    (t.target.kind === 'lot' ? lot : pen).push(performance.now() - start);
  }
  const elapsed = performance.now() - began;
  const cpu = process.cpuUsage(cpuBefore);
  const db = cpuDeltaMs(dbBefore, cpuSnapshot(w.corium)).dbMs;
  const all = [...lot, ...pen];
  return {
    label: side,
    queries: all.length,
    queriesPerS: (all.length * 1000) / elapsed,
    p50Ms: percentile(all, 50),
    p99Ms: percentile(all, 99),
    lotP50Ms: percentile(lot, 50),
    penP50Ms: percentile(pen, 50),
    cpuMsPerQueryApp: (cpu.user + cpu.system) / 1000 / all.length,
    cpuMsPerQueryDb: db === null ? null : db / all.length,
    load1: os.loadavg()[0]!,
  };
}

function summarize(label: string, legs: RecallLeg[]): SideSummary {
  return {
    label,
    op: 'query',
    opsPerSec: medianOrNull(legs.map((l) => l.queriesPerS)),
    p50Ms: medianOrNull(legs.map((l) => l.p50Ms)),
    p99Ms: medianOrNull(legs.map((l) => l.p99Ms)),
    cpuMsPerOpApp: medianOrNull(legs.map((l) => l.cpuMsPerQueryApp)),
    cpuMsPerOpDb: medianOrNull(legs.map((l) => l.cpuMsPerQueryDb)),
    rssMbApp: maxOrNull([process.memoryUsage().rss / 2 ** 20]),
    rssMbDb: null,
    maxRssMbApp: null,
    load1: medianOrNull(legs.map((l) => l.load1)),
  };
}

function notes(contender: RecallLeg[], baseline: RecallLeg[], targets: Target[]): string[] {
  const ms = (legs: RecallLeg[], key: 'lotP50Ms' | 'penP50Ms') =>
    (medianOrNull(legs.map((l) => l[key])) ?? NaN).toFixed(2);
  const sizes = targets.map((t) => t.expected.length);
  return [
    `Median p50 by kind — lot: ${ms(contender, 'lotP50Ms')} ms (baseline ${ms(baseline, 'lotP50Ms')} ms); ` +
      `pen over 30 days: ${ms(contender, 'penP50Ms')} ms (baseline ${ms(baseline, 'penP50Ms')} ms).`,
    `Each target returns ${Math.min(...sizes)}–${Math.max(...sizes)} sessions; both sides were checked to return ` +
      'exactly the sessions the seed charted (none of the other clinic’s) before timing.',
    'The contender is the repo function the API calls (Kysely builds the SQL each call, and also searches ' +
      'anaesthetic and topical entries); the baseline is a prepared statement over cartridges only. ' +
      'One connection each, one query at a time; the HTTP, audit and mapping around it are not timed here.',
    'RSS is the harness process; CPU ms/op db is the embedded PostgreSQL (empty with an external database).',
  ];
}

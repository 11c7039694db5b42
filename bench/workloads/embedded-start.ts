import os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { interleave, sideOf } from '../lib/ab';
import { startHealthBaseline } from '../lib/baseline-server';
import { waitFor200, type ServerChild } from '../lib/child-server';
import { startCorium, tempDataDir } from '../lib/corium';
import { connectEmbedded, insertPatients } from '../lib/embedded-db';
import { cpuSnapshot, kbToMb, memorySnapshot } from '../lib/measure';
import { ticksToMs } from '../lib/proc';
import { medianOrNull, percentile } from '../lib/stats';
import type { BenchContext, SideSummary, Workload } from '../lib/types';
import { startPhases, type StartPhases } from '../lib/start-phases';

function settingsFor(ctx: BenchContext) {
  const smoke = ctx.mode === 'smoke';
  // Memory is read 1 s after the first 200, once the start-up work has finished; polling every
  // 5 ms puts at most 5 ms of error on the start time.
  return {
    repeats: smoke ? 2 : 5,
    patients: smoke ? 1_000 : 25_000,
    settleMs: smoke ? 300 : 1_000,
    pollMs: 5,
  };
}
type Settings = ReturnType<typeof settingsFor>;

/** One start: spawn → first 200 from /healthz, the CPU spent getting there, memory once settled. */
interface StartLeg {
  label: string;
  startMs: number;
  phases: StartPhases;
  cpuMsApp: number;
  cpuMsDb: number | null;
  rssMbApp: number | null;
  rssMbDb: number | null;
  pssMbDb: number | null;
  dbProcesses: number;
  stopMs: number;
  exitCode: number | null;
  maxRssMbApp: number | null;
  load1: number;
}

export const embeddedStart: Workload = {
  name: 'embedded-start',
  description:
    'W9: node server/dist/main.js on an existing DATA_DIR (onboarded, 25,000 patients) until the first ' +
    '200 from /healthz, and the memory of Corium + its PostgreSQL once started; baseline: the bare ' +
    'Fastify server, spawn to first 200.',
  target: [
    {
      text: 'start ≤ 3 s (median)',
      check: (c) => ({
        met: c.p50Ms !== null && c.p50Ms <= 3_000,
        actual: `${((c.p50Ms ?? NaN) / 1000).toFixed(2)} s`,
      }),
    },
    {
      text: 'RSS of Corium + PostgreSQL ≤ 300 MB',
      check: (c) => {
        const total = (c.rssMbApp ?? NaN) + (c.rssMbDb ?? 0);
        return { met: total <= 300, actual: `${Math.round(total)} MB` };
      },
    },
  ],
  run: async (ctx) => {
    const settings = settingsFor(ctx);
    const dataDir = await tempDataDir();
    try {
      const seeded = await seed(ctx, dataDir.path, settings.patients);
      const legs = await interleave(
        settings.repeats,
        {
          contender: () =>
            startLeg(() => startCorium({ dataDir: dataDir.path, logLevel: 'info' }), settings, dataDir.path),
          baseline: () => startLeg(() => startHealthBaseline(seeded.body), settings, dataDir.path),
        },
        ctx.log,
      );
      const contender = sideOf(legs, 'contender');
      return {
        contender: summarize(`corium, ${settings.patients.toLocaleString('en-US')} patients`, contender),
        baseline: summarize('bare fastify', sideOf(legs, 'baseline')),
        settings: {
          ...settings,
          seedS: seeded.seconds,
          database: 'embedded (always: this workload is about it)',
        },
        legs,
        notes: notes(contender),
      };
    } finally {
      await dataDir.remove();
    }
  },
};

/** Start once (initdb, migrations), onboard, insert the patients over SQL, stop with SIGTERM. */
async function seed(ctx: BenchContext, dataDir: string, patients: number) {
  const began = performance.now();
  ctx.log(`  seeding: first start, onboarding, ${patients.toLocaleString('en-US')} patients`);
  const corium = await startCorium({ dataDir });
  try {
    await waitFor200(corium, '/healthz');
    const body: unknown = await (await fetch(`${corium.url}/healthz`)).json();
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
    const { clinic } = (await setup.json()) as { clinic: { id: string } };
    const client = await connectEmbedded(dataDir);
    await insertPatients(client, clinic.id, patients).finally(() => client.end());
    const exit = await corium.stop();
    if (exit.code !== 0)
      throw new Error(`Corium exited with ${exit.code} after seeding:\n${corium.output()}`);
    return { body, seconds: (performance.now() - began) / 1000 };
  } finally {
    await corium.stop();
  }
}

async function startLeg(
  start: () => Promise<ServerChild>,
  settings: Settings,
  dataDir: string,
): Promise<StartLeg> {
  const server = await start();
  try {
    const readyAt = await waitFor200(server, '/healthz', { pollMs: settings.pollMs });
    const cpu = cpuSnapshot(server); // fresh processes: totals since the spawn
    await sleep(settings.settleMs);
    const memory = memorySnapshot(server, true);
    const stopBegan = performance.now();
    const exit = await server.stop();
    return {
      label: server.label,
      startMs: readyAt - server.spawnedAt,
      phases: server.label === 'corium' ? startPhases(server.output(), dataDir, server.spawnedAtEpochMs) : {},
      cpuMsApp: ticksToMs(cpu.appTicks),
      cpuMsDb: cpu.dbTicks === null ? null : ticksToMs(cpu.dbTicks),
      rssMbApp: kbToMb(memory.appRssKb),
      rssMbDb: kbToMb(memory.dbRssKb),
      pssMbDb: kbToMb(memory.dbPssKb),
      dbProcesses: memory.dbProcesses,
      stopMs: performance.now() - stopBegan,
      exitCode: exit.code,
      maxRssMbApp: exit.time ? exit.time.maxRssKb / 1024 : null,
      load1: os.loadavg()[0]!,
    };
  } finally {
    await server.stop();
  }
}

/** Medians over the repeats; p99 of five starts is in effect the slowest one. */
function summarize(label: string, legs: StartLeg[]): SideSummary {
  return {
    label,
    op: 'start',
    opsPerSec: null,
    p50Ms: medianOrNull(legs.map((leg) => leg.startMs)),
    p99Ms: percentile(
      legs.map((leg) => leg.startMs),
      99,
    ),
    cpuMsPerOpApp: medianOrNull(legs.map((leg) => leg.cpuMsApp)),
    cpuMsPerOpDb: medianOrNull(legs.map((leg) => leg.cpuMsDb)),
    rssMbApp: medianOrNull(legs.map((leg) => leg.rssMbApp)),
    rssMbDb: medianOrNull(legs.map((leg) => leg.rssMbDb)),
    maxRssMbApp: medianOrNull(legs.map((leg) => leg.maxRssMbApp)),
    load1: medianOrNull(legs.map((leg) => leg.load1)),
  };
}

function notes(legs: StartLeg[]): string[] {
  const phase = (name: keyof StartPhases) =>
    Math.round(medianOrNull(legs.map((leg) => leg.phases[name])) ?? NaN);
  const pss = medianOrNull(legs.map((leg) => (leg.rssMbApp ?? NaN) + (leg.pssMbDb ?? NaN)));
  const notes = [
    `Median milestones after the spawn (ms): postmaster's first log line ${phase('postgresSpawned')}, ` +
      `PostgreSQL accepting connections ${phase('postgresAccepting')}, Corium sees it ${phase('postgresStarted')}, ` +
      `HTTP listening ${phase('listening')}, first 200 ${Math.round(medianOrNull(legs.map((l) => l.startMs)) ?? NaN)}.`,
    `Memory: "RSS MB db" sums RSS over ${legs[0]?.dbProcesses ?? '?'} PostgreSQL processes, counting shared ` +
      `memory once per process; with PSS (shared pages split among them) Corium + PostgreSQL is ${Math.round(pss ?? NaN)} MB.`,
    `Graceful stop (SIGTERM to exit, database included): median ${Math.round(medianOrNull(legs.map((l) => l.stopMs)) ?? NaN)} ms.`,
    'Corium is started with LOG_LEVEL=info here (not warn) so that its log gives the milestones above.',
  ];
  if (legs.some((leg) => leg.exitCode !== 0))
    notes.push('A Corium start did not exit with 0 on SIGTERM (see legs).');
  return notes;
}

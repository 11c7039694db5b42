import { startHealthBaseline } from '../lib/baseline-server';
import { interleave, sideOf, type Leg } from '../lib/ab';
import { waitFor200, type ChildExit, type ServerChild } from '../lib/child-server';
import { startCorium, tempDataDir } from '../lib/corium';
import { httpLeg, summarizeHttp, type HttpLeg, type HttpLoad } from '../lib/http-load';
import { ratio } from '../lib/stats';
import type { BenchContext, Workload, WorkloadOutcome } from '../lib/types';

/**
 * Full: 5 rounds of 10 s legs, about 2 minutes with start-up and warm-up (five, not two: on a
 * shared 2-core machine single legs vary by 2×, and the median of five settles); smoke: 1 s legs.
 */
function settingsFor(ctx: BenchContext) {
  const smoke = ctx.mode === 'smoke';
  const load: HttpLoad = { path: '/healthz', connections: 10, durationS: smoke ? 1 : 10 };
  return { rounds: smoke ? 2 : 5, warmupS: smoke ? 1 : 3, load };
}

export const health: Workload = {
  name: 'health',
  description:
    'W7: GET /healthz (liveness, no database) of the built Corium vs a bare Fastify route ' +
    'returning the same JSON, each in its own process; autocannon, 10 connections, A B A B.',
  target: [
    {
      text: 'req/s ≥ 0.8× baseline',
      check: (contender, baseline) => {
        const r = ratio(contender.opsPerSec, baseline.opsPerSec);
        return { met: r !== null && r >= 0.8, actual: r === null ? 'not measured' : `${r.toFixed(2)}×` };
      },
    },
  ],
  run: async (ctx) => {
    const settings = settingsFor(ctx);
    const dataDir = await tempDataDir();
    const servers: ServerChild[] = [];
    try {
      ctx.log(
        `  starting Corium (${ctx.databaseUrl ? 'BENCH_DATABASE_URL' : 'a fresh DATA_DIR: initdb'}, migrations)`,
      );
      const corium = await startCorium({ dataDir: dataDir.path, databaseUrl: ctx.databaseUrl });
      servers.push(corium);
      await waitFor200(corium, '/healthz');
      const body: unknown = await (await fetch(`${corium.url}/healthz`)).json();
      const baseline = await startHealthBaseline(body);
      servers.push(baseline);
      await waitFor200(baseline, '/healthz');
      ctx.log(`  warming up both servers (${settings.warmupS} s each)`);
      for (const server of servers) await httpLeg(server, { ...settings.load, durationS: settings.warmupS });
      const legs = await interleave(
        settings.rounds,
        { contender: () => httpLeg(corium, settings.load), baseline: () => httpLeg(baseline, settings.load) },
        ctx.log,
      );
      const [coriumExit, baselineExit] = await Promise.all([corium.stop(), baseline.stop()]);
      return outcome(ctx, settings, legs, coriumExit!, baselineExit!, body);
    } finally {
      await Promise.all(servers.map((server) => server.stop()));
      await dataDir.remove();
    }
  },
};

function outcome(
  ctx: BenchContext,
  settings: ReturnType<typeof settingsFor>,
  legs: Leg<HttpLeg>[],
  coriumExit: ChildExit,
  baselineExit: ChildExit,
  body: unknown,
): WorkloadOutcome {
  const maxRss = (exit: ChildExit) => (exit.time ? exit.time.maxRssKb / 1024 : null);
  const contenderLegs = sideOf(legs, 'contender');
  const baselineLegs = sideOf(legs, 'baseline');
  return {
    contender: summarizeHttp('corium /healthz', contenderLegs, maxRss(coriumExit)),
    baseline: summarizeHttp('bare fastify', baselineLegs, maxRss(baselineExit)),
    settings: { ...settings, body, database: ctx.databaseUrl ? 'external (BENCH_DATABASE_URL)' : 'embedded' },
    legs,
    notes: notes(ctx, contenderLegs, baselineLegs),
  };
}

function notes(ctx: BenchContext, contender: HttpLeg[], baseline: HttpLeg[]): string[] {
  const notes = [
    "Corium's /healthz is liveness only (the database is /readyz's concern), so this measures the " +
      'HTTP stack with every hook Corium adds: auth policy, request id, security headers, metrics.',
    'autocannon runs inside the harness process on the same cores as the servers: on a 2-core ' +
      'machine the load generator competes with the server under test, equally for both sides.',
  ];
  const bytes = (legs: HttpLeg[]) => Math.round(legs[0]?.bytesPerResponse ?? 0);
  notes.push(
    `Bytes per response (headers + body): Corium ${bytes(contender)}, baseline ${bytes(baseline)} ` +
      "(Corium's security headers, request id and no-store caching).",
  );
  const failed = [...contender, ...baseline].filter((leg) => leg.non2xx || leg.errors || leg.timeouts);
  for (const leg of failed) {
    notes.push(
      `${leg.label}: ${leg.non2xx} non-2xx, ${leg.errors} errors, ${leg.timeouts} timeouts in one leg.`,
    );
  }
  if (ctx.databaseUrl)
    notes.push('External PostgreSQL: its CPU and memory are not measured (db columns empty).');
  return notes;
}

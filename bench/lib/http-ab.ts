import { interleave, sideOf, type Leg } from './ab';
import type { ChildExit } from './child-server';
import { openClinicWorld, type ClinicWorld } from './clinic-world';
import { httpLeg, summarizeHttp, type HttpLeg, type HttpLoad } from './http-load';
import { ratio } from './stats';
import type { BenchContext, Goal, SideSummary, Workload, WorkloadOutcome } from './types';

/** One HTTP workload on a clinic world: Corium's route and the raw handler, A B A B. */
export interface HttpAbPlan {
  rounds: number;
  warmupS: number;
  contender: { label: string; load: HttpLoad };
  baseline: { label: string; load: HttpLoad };
}

export async function runHttpAb(
  ctx: BenchContext,
  world: ClinicWorld,
  plan: HttpAbPlan,
): Promise<{ legs: Leg<HttpLeg>[]; contender: SideSummary; baseline: SideSummary }> {
  ctx.log(`  warming up both servers (${plan.warmupS} s each)`);
  await httpLeg(world.corium, { ...plan.contender.load, durationS: plan.warmupS });
  await httpLeg(world.raw, { ...plan.baseline.load, durationS: plan.warmupS });
  const legs = await interleave(
    plan.rounds,
    {
      contender: () => httpLeg(world.corium, plan.contender.load),
      baseline: () => httpLeg(world.raw, plan.baseline.load),
    },
    ctx.log,
  );
  const [coriumExit, rawExit] = await Promise.all([world.corium.stop(), world.raw.stop()]);
  const maxRss = (exit: ChildExit | undefined) => (exit?.time ? exit.time.maxRssKb / 1024 : null);
  return {
    legs,
    contender: summarizeHttp(plan.contender.label, sideOf(legs, 'contender'), maxRss(coriumExit)),
    baseline: summarizeHttp(plan.baseline.label, sideOf(legs, 'baseline'), maxRss(rawExit)),
  };
}

/** The notes every FHIR workload shares: failures seen, what the CPU columns include, the database. */
export function httpNotes(world: ClinicWorld, legs: Leg<HttpLeg>[]): string[] {
  const notes: string[] = [];
  for (const { result: leg } of legs.filter((l) => l.result.non2xx || l.result.errors || l.result.timeouts))
    notes.push(
      `${leg.label}: ${leg.non2xx} non-2xx (${JSON.stringify(leg.otherStatuses)}), ${leg.errors} errors, ` +
        `${leg.timeouts} timeouts in one leg.`,
    );
  const bytes = (side: 'contender' | 'baseline') => Math.round(sideOf(legs, side)[0]?.bytesPerResponse ?? 0);
  notes.push(`Bytes per response (headers + body): Corium ${bytes('contender')}, raw ${bytes('baseline')}.`);
  notes.push(
    world.database === 'embedded'
      ? 'Both servers use the same embedded PostgreSQL 18 (fsync and synchronous_commit on); CPU ms/op db is ' +
          'its postmaster and backends during each leg, when only that side was loaded.'
      : 'External PostgreSQL (a scratch database per workload on BENCH_DATABASE_URL): its CPU is not measured.',
  );
  notes.push(
    'autocannon runs in the harness process on the same 2 cores as both servers and PostgreSQL: the load ' +
      'generator competes with what it measures, equally for both sides.',
  );
  return notes;
}

export function outcomeOf(
  world: ClinicWorld,
  run: Awaited<ReturnType<typeof runHttpAb>>,
  settings: object,
  notes: string[],
): WorkloadOutcome {
  return {
    contender: run.contender,
    baseline: run.baseline,
    settings: { ...settings, database: world.database },
    legs: run.legs,
    notes: [...notes, ...httpNotes(world, run.legs)],
  };
}

/** App + database CPU per request (app only when the database is not ours to measure). */
export const totalCpu = (side: SideSummary): number | null =>
  side.cpuMsPerOpApp === null ? null : side.cpuMsPerOpApp + (side.cpuMsPerOpDb ?? 0);

export const throughputGoal = (atLeast: number): Goal => ({
  text: `req/s ≥ ${atLeast}× the raw handler`,
  check: (c, b) => {
    const r = ratio(c.opsPerSec, b.opsPerSec);
    return { met: r !== null && r >= atLeast, actual: r === null ? 'not measured' : `${r.toFixed(2)}×` };
  },
});

export const cpuGoal = (atMost: number): Goal => ({
  text: `CPU ms/req (app + database) ≤ ${atMost}× the raw handler`,
  check: (c, b) => {
    const r = ratio(totalCpu(c), totalCpu(b));
    return { met: r !== null && r <= atMost, actual: r === null ? 'not measured' : `${r.toFixed(2)}×` };
  },
});

export interface ClinicSettings {
  patients: number;
  connections: number;
  rounds: number;
  durationS: number;
  warmupS: number;
}

/** Full: 3 rounds of 10 s legs per side on 25,000 patients; smoke: 2 rounds of 1 s on 2,000. */
export function clinicSettings(ctx: BenchContext, connections: number, full: Partial<ClinicSettings> = {}) {
  const smoke = ctx.mode === 'smoke';
  if (smoke) return { patients: 2_000, connections, rounds: 2, durationS: 1, warmupS: 0.5 };
  return { patients: 25_000, connections, rounds: 3, durationS: 10, warmupS: 3, ...full };
}

export interface ClinicWorkloadSpec {
  name: string;
  description: string;
  target: Goal[];
  settings(ctx: BenchContext): ClinicSettings;
  world?(settings: ClinicSettings): Omit<Parameters<typeof openClinicWorld>[1], 'patients'>;
  loads(world: ClinicWorld, settings: ClinicSettings): Pick<HttpAbPlan, 'contender' | 'baseline'>;
  notes: string[];
}

/** A workload on its own seeded clinic: open the world, run A B A B, close everything. */
export function clinicWorkload(spec: ClinicWorkloadSpec): Workload {
  return {
    name: spec.name,
    description: spec.description,
    target: spec.target,
    run: async (ctx) => {
      const settings = spec.settings(ctx);
      const world = await openClinicWorld(ctx, { patients: settings.patients, ...spec.world?.(settings) });
      try {
        const run = await runHttpAb(ctx, world, { ...settings, ...spec.loads(world, settings) });
        return outcomeOf(world, run, settings, spec.notes);
      } finally {
        await world.close();
      }
    },
  };
}

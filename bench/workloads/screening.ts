import os from 'node:os';
import { Bench } from 'tinybench';
import { touchAnswerKeys } from '../baselines/screening-baseline';
import { interleave, sideOf } from '../lib/ab';
import { medianOrNull, maxOrNull } from '../lib/stats';
import type { BenchContext, SideSummary, Workload } from '../lib/types';
import { evaluate } from '../../server/src/modules/screening/engine';
import { defaultRuleSet } from '../../server/src/modules/screening/rule-sets/default-rule-set';
import { screeningMix, type OutcomeCounts, type ScreeningInput } from '../fixtures/screening-inputs';

const TARGET_EVALUATIONS_PER_S = 50_000;

function settingsFor(ctx: BenchContext) {
  const smoke = ctx.mode === 'smoke';
  return { rounds: smoke ? 2 : 5, legMs: smoke ? 200 : 2_000, warmupMs: smoke ? 50 : 500 };
}
type Settings = ReturnType<typeof settingsFor>;

/** One tinybench run of one side; a sample is one pass over the whole mix (a batch). */
interface ScreeningLeg {
  label: string;
  evaluationsPerS: number;
  /** Batch latency divided by the batch size: per evaluation, averaged within a batch. */
  p50Ms: number;
  p99Ms: number;
  samples: number;
  cpuMsPerEvaluation: number;
  rssMb: number;
  load1: number;
}

/** Sum of something derived from each result, so that the work cannot be optimised away. */
let sink = 0;

const sides: Record<'contender' | 'baseline', (input: ScreeningInput) => number> = {
  contender: (input) => evaluate(defaultRuleSet, input.answers, input.patient, input.plan).findings.length,
  baseline: (input) => touchAnswerKeys(input.answers),
};

export const screening: Workload = {
  name: 'screening',
  description:
    'W10: evaluate() with the default rule set, in process (tinybench), over a mix of 20 answer sets ' +
    '(clear, one finding, several findings, incomplete); baseline: a loop that only reads each answer object’s keys.',
  target: [
    {
      text: `≥ ${TARGET_EVALUATIONS_PER_S.toLocaleString('en-US')} evaluations/s`,
      check: (c) => ({
        met: c.opsPerSec !== null && c.opsPerSec >= TARGET_EVALUATIONS_PER_S,
        actual: `${Math.round(c.opsPerSec ?? 0).toLocaleString('en-US')}/s`,
      }),
    },
  ],
  run: async (ctx) => {
    const settings = settingsFor(ctx);
    const legs = await interleave(
      settings.rounds,
      { contender: () => leg('contender', settings), baseline: () => leg('baseline', settings) },
      ctx.log,
    );
    return {
      contender: summarize('evaluate(default rules)', sideOf(legs, 'contender')),
      baseline: summarize('touch answer keys', sideOf(legs, 'baseline')),
      settings: { ...settings, batch: screeningMix.length, mix: describeMix() },
      legs,
      notes: [
        'Latency columns are per evaluation, averaged within a batch (one pass over the 20 inputs): ' +
          "single evaluations are too short for the timer's resolution to be fair to the baseline.",
        'In process: RSS is the harness process (it includes whatever earlier workloads left), no database.',
      ],
    };
  },
};

async function leg(side: keyof typeof sides, settings: Settings): Promise<ScreeningLeg> {
  const work = sides[side];
  let evaluations = 0;
  const bench = new Bench({ time: settings.legMs, warmupTime: settings.warmupMs, throws: true });
  bench.add(side, () => {
    for (const input of screeningMix) sink += work(input);
    evaluations += screeningMix.length;
  });
  const cpuBefore = process.cpuUsage();
  const [task] = await bench.run();
  const cpu = process.cpuUsage(cpuBefore);
  const result = task!.result;
  if (result.state !== 'completed') throw new Error(`tinybench task ${side} ended ${result.state}`);
  const batch = screeningMix.length;
  return {
    label: side,
    evaluationsPerS: (batch * 1000) / result.latency.mean,
    p50Ms: result.latency.p50 / batch,
    p99Ms: result.latency.p99 / batch,
    samples: result.latency.samplesCount,
    // Warm-up iterations included on both sides of the division.
    cpuMsPerEvaluation: (cpu.user + cpu.system) / 1000 / evaluations,
    rssMb: process.memoryUsage().rss / 2 ** 20,
    load1: os.loadavg()[0]!,
  };
}

function summarize(label: string, legs: ScreeningLeg[]): SideSummary {
  return {
    label,
    op: 'eval',
    opsPerSec: medianOrNull(legs.map((l) => l.evaluationsPerS)),
    p50Ms: medianOrNull(legs.map((l) => l.p50Ms)),
    p99Ms: medianOrNull(legs.map((l) => l.p99Ms)),
    cpuMsPerOpApp: medianOrNull(legs.map((l) => l.cpuMsPerEvaluation)),
    cpuMsPerOpDb: null,
    rssMbApp: maxOrNull(legs.map((l) => l.rssMb)),
    rssMbDb: null,
    maxRssMbApp: null,
    load1: medianOrNull(legs.map((l) => l.load1)),
  };
}

/** How the mix screens, evaluated once: proof that it covers every outcome it claims to. */
function describeMix() {
  const byKind: Record<string, { inputs: number; findings: number[]; outcomes: OutcomeCounts }> = {};
  for (const input of screeningMix) {
    const result = evaluate(defaultRuleSet, input.answers, input.patient, input.plan);
    const entry = (byKind[input.kind] ??= { inputs: 0, findings: [], outcomes: {} });
    entry.inputs++;
    entry.findings.push(result.findings.length);
    entry.outcomes[result.outcome] = (entry.outcomes[result.outcome] ?? 0) + 1;
  }
  return { byKind, checksum: sink };
}

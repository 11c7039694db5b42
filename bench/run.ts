import os from 'node:os';
import { parseArgs } from 'node:util';
import { stopAllServers } from './lib/child-server';
import { staleBuildNote } from './lib/corium';
import { machineInfo, resultsDir, writeResult } from './lib/results';
import { ratio } from './lib/stats';
import { renderTable, type TableEntry } from './lib/table';
import type { BenchContext, Mode, SideSummary, Workload } from './lib/types';
import { workloads } from './workloads';

/**
 * `npm run bench [-- [--smoke] [workload …]]`: runs the workloads, writes one JSON per workload
 * and prints one table. A missed target is a result, not a failure: the exit code is 0 unless
 * the harness itself broke (1), or the command line was wrong (2).
 */
const usage = `Usage: npm run bench -- [--smoke] [workload ...]

  --smoke   every workload for a few seconds, results in the OS temp dir (proves the harness works)
  workload  one or more of: ${workloads.map((w) => w.name).join(', ')} (default: all)

BENCH_DATABASE_URL=postgres://… runs Corium on that PostgreSQL instead of the embedded one.`;

class UsageError extends Error {}

function parseCli(argv: string[]): { mode: Mode; selected: Workload[]; help: boolean } {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { smoke: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  const unknown = positionals.filter((name) => !workloads.some((w) => w.name === name));
  if (unknown.length) throw new UsageError(`Unknown workload: ${unknown.join(', ')}`);
  const selected = positionals.length ? workloads.filter((w) => positionals.includes(w.name)) : workloads;
  return { mode: values.smoke ? 'smoke' : 'full', selected, help: values.help ?? false };
}

const log = (message: string) => process.stderr.write(`${message}\n`);

async function runWorkload(workload: Workload, ctx: BenchContext, startedAt: Date, dir: string) {
  const began = new Date();
  const machine = machineInfo();
  const outcome = await workload.run(ctx);
  const goals = workload.target.map((goal) => ({
    text: goal.text,
    ...goal.check(outcome.contender, outcome.baseline),
  }));
  const buildNote = staleBuildNote();
  const notes = buildNote ? [...outcome.notes, buildNote] : outcome.notes;
  // A run on an external PostgreSQL is another measurement: it must not replace the embedded one's file.
  const fileName = ctx.databaseUrl ? `${workload.name}-external-pg` : workload.name;
  const file = writeResult(dir, startedAt, fileName, {
    workload: workload.name,
    description: workload.description,
    mode: ctx.mode,
    startedAt: began.toISOString(),
    durationS: (Date.now() - began.getTime()) / 1000,
    machine,
    loadAverageAtEnd: os.loadavg(),
    settings: outcome.settings,
    summary: { contender: outcome.contender, baseline: outcome.baseline, ratios: ratios(outcome) },
    targets: goals,
    notes,
    legs: outcome.legs,
  });
  log(`  wrote ${file}`);
  const entry: TableEntry = { workload: workload.name, ...outcome, goals };
  return { entry, notes };
}

/** contender ÷ baseline for every numeric column both sides measured. */
function ratios(sides: { contender: SideSummary; baseline: SideSummary }): Record<string, number> {
  const result: Record<string, number> = {};
  for (const [key, value] of Object.entries(sides.contender)) {
    if (typeof value !== 'number' || key === 'load1') continue;
    const r = ratio(value, sides.baseline[key as keyof SideSummary] as number | null);
    if (r !== null) result[key] = r;
  }
  return result;
}

async function main(): Promise<number> {
  const cli = parseCli(process.argv.slice(2));
  if (cli.help) {
    console.log(usage);
    return 0;
  }
  const ctx: BenchContext = { mode: cli.mode, databaseUrl: process.env.BENCH_DATABASE_URL || undefined, log };
  const startedAt = new Date();
  const dir = resultsDir(ctx.mode, startedAt);
  const load = os.loadavg().map((n) => n.toFixed(2));
  log(`Corium bench (${ctx.mode}) on ${os.cpus().length} cores, load average ${load.join(' ')}`);
  const entries: TableEntry[] = [];
  const allNotes: string[] = [];
  let broken = 0;
  for (const workload of cli.selected) {
    log(`▶ ${workload.name}: ${workload.description}`);
    try {
      const { entry, notes } = await runWorkload(workload, ctx, startedAt, dir);
      entries.push(entry);
      allNotes.push(...notes.map((note) => `[${workload.name}] ${note}`));
    } catch (error) {
      broken++;
      log(`✗ ${workload.name}: the harness broke: ${error instanceof Error ? error.stack : String(error)}`);
      await stopAllServers();
    }
  }
  console.log(`\n${renderTable(entries)}\n`);
  if (allNotes.length) console.log(`Notes:\n${allNotes.map((note) => `- ${note}`).join('\n')}\n`);
  console.log(`Results: ${dir}`);
  return broken ? 1 : 0;
}

// Ctrl-C: stop the children (Corium stops its database cleanly), then leave.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void stopAllServers().finally(() => process.exit(130)));
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(error instanceof UsageError ? `${error.message}\n\n${usage}` : String(error));
    void stopAllServers().finally(() => process.exit(error instanceof UsageError ? 2 : 1));
  },
);

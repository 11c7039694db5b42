import { ratio } from './stats';
import type { SideSummary } from './types';

export interface GoalResult {
  text: string;
  met: boolean;
  actual: string;
}

export interface TableEntry {
  workload: string;
  contender: SideSummary;
  baseline: SideSummary;
  goals: GoalResult[];
}

type NumericKey = Exclude<keyof SideSummary, 'label' | 'op' | 'failures'>;

const columns: { key: NumericKey; title: string }[] = [
  { key: 'opsPerSec', title: 'ops/s' },
  { key: 'p50Ms', title: 'p50 ms' },
  { key: 'p99Ms', title: 'p99 ms' },
  { key: 'cpuMsPerOpApp', title: 'CPU ms/op app' },
  { key: 'cpuMsPerOpDb', title: 'CPU ms/op db' },
  { key: 'rssMbApp', title: 'RSS MB app' },
  { key: 'rssMbDb', title: 'RSS MB db' },
  { key: 'maxRssMbApp', title: 'max RSS MB (time)' },
  { key: 'load1', title: 'load1' },
];

/** 12,345 · 123 · 12.3 · 1.23 · 0.0123: whole numbers from 100 up, else three significant digits. */
export function formatNumber(value: number | null): string {
  if (value === null || Number.isNaN(value)) return '—';
  if (Math.abs(value) >= 99.95) return Math.round(value).toLocaleString('en-US');
  return value.toPrecision(3);
}

const formatRatio = (value: number | null): string => (value === null ? '—' : `${formatNumber(value)}×`);

/** The whole run as an aligned text table: contender, baseline and their ratio per workload. */
export function renderTable(entries: TableEntry[]): string {
  const shown = columns.filter(({ key }) =>
    entries.some((entry) => entry.contender[key] !== null || entry.baseline[key] !== null),
  );
  const header = ['workload', 'side', 'op', ...shown.map((column) => column.title)];
  const rows: string[][] = [];
  const goalLines = new Map<number, string[]>();
  for (const entry of entries) {
    const { contender, baseline } = entry;
    rows.push([
      entry.workload,
      contender.label,
      contender.op,
      ...shown.map((c) => formatNumber(contender[c.key])),
    ]);
    rows.push(['', baseline.label, baseline.op, ...shown.map((c) => formatNumber(baseline[c.key]))]);
    const ratios = shown.map((c) =>
      formatRatio(c.key === 'load1' ? null : ratio(contender[c.key], baseline[c.key])),
    );
    rows.push(['', 'ratio contender/baseline', '', ...ratios]);
    goalLines.set(rows.length - 1, entry.goals.map(formatGoal));
  }
  return align(header, rows, goalLines);
}

function formatGoal(goal: GoalResult): string {
  return `  target ${goal.text}: ${goal.actual} → ${goal.met ? 'met' : 'MISSED'}`;
}

function align(header: string[], rows: string[][], after: Map<number, string[]>): string {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  // Text columns read left-aligned, numbers right-aligned.
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  const out = [line(header), rule];
  rows.forEach((row, index) => {
    out.push(line(row).trimEnd());
    for (const goal of after.get(index) ?? []) out.push(goal);
    if (after.has(index)) out.push('');
  });
  return out.join('\n').trimEnd();
}

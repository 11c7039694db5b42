import { ChartFigure } from './ChartFigure';

export interface LinePoint {
  /** Where on the time axis, as a sortable `YYYY-MM-DD`. */
  day: string;
  /** The day as people read it: "3 Mar 2026". */
  dayLabel: string;
  value: number;
  /** The value as people read it: "3 — Moderate", "5.8". */
  display: string;
  /** Said after the value in the table: "Baseline", "3 months after". */
  note?: string;
}

export interface LineChartProps {
  title: string;
  /** One sentence saying what the line shows and which way is better, read before the chart. */
  description: string;
  points: readonly LinePoint[];
  /** The value axis runs from `min` to `max` (the scale's range), so a change is never exaggerated. */
  min: number;
  max: number;
  valueHeading: string;
  noteHeading?: string;
}

const WIDTH = 640;
const HEIGHT = 240;
const PAD = { left: 44, right: 16, top: 16, bottom: 36 };
const PLOT_W = WIDTH - PAD.left - PAD.right;
const PLOT_H = HEIGHT - PAD.top - PAD.bottom;
const LABEL_GAP = 84; // px between two date labels: "12 Mar 2026" at 12 px fits in about 80

/** Up to six round ticks that end on the range's top: 0–24 → 0, 6, 12, 18, 24; 1–4 → 1, 2, 3, 4. */
export function valueTicks(min: number, max: number): number[] {
  const span = max - min;
  const step =
    [1, 2, 5, 6, 10, 20, 25, 50].find((s) => span % s === 0 && span / s <= 6) ?? Math.ceil(span / 5);
  const ticks: number[] = [];
  for (let v = min; v <= max + 1e-9; v += step) ticks.push(Math.round(v * 10) / 10);
  return ticks;
}

/** Days along the x axis by real time, so two visits a week apart sit close together. */
export function xPositions(days: readonly string[]): number[] {
  const times = days.map((d) => Date.parse(`${d}T00:00:00Z`));
  const first = Math.min(...times);
  const span = Math.max(...times) - first;
  return times.map((t) => (span === 0 ? PLOT_W / 2 : ((t - first) / span) * PLOT_W));
}

/** The first date starts at its point and the last ends at it, so neither runs off the chart. */
const anchorOf = (i: number, count: number): 'start' | 'middle' | 'end' =>
  count === 1 ? 'middle' : i === 0 ? 'start' : i === count - 1 ? 'end' : 'middle';

/** Which points get a date under the axis: the first, the last, and others with room between. */
export function labelledPoints(xs: readonly number[]): Set<number> {
  const shown: number[] = [];
  xs.forEach((x, i) => {
    if (shown.length === 0 || x - xs[shown.at(-1)!]! >= LABEL_GAP) shown.push(i);
  });
  const last = xs.length - 1;
  if (shown.at(-1) !== last) {
    if (shown.length > 1 && xs[last]! - xs[shown.at(-1)!]! < LABEL_GAP) shown.pop();
    shown.push(last);
  }
  return new Set(shown);
}

/**
 * A line over time drawn in SVG — no chart library — with the same numbers as a table a click
 * away, like BarChart. The picture is one labelled image whose text alternative names every
 * point; the table is for screen readers that prefer tables and for exact figures. The line is
 * the theme's blue-7 (#1971c2, 4.9:1 on white), points ringed so they show on the grid.
 */
export function LineChart(props: LineChartProps) {
  const { title, description, points, valueHeading, noteHeading } = props;
  return (
    <ChartFigure
      title={title}
      description={description}
      empty="No scores yet."
      rows={points.map((p, i) => ({
        key: `${p.day}-${i}`,
        heading: p.dayLabel,
        display: p.display,
        note: p.note,
      }))}
      rowHeading="Date"
      valueHeading={valueHeading}
      noteHeading={noteHeading}
      summary={points.map((p) => `${p.dayLabel}: ${p.display}`).join('; ')}
      width={WIDTH}
      picture={(label, describedBy) => <SvgLine {...props} label={label} describedBy={describedBy} />}
    />
  );
}

function SvgLine(props: LineChartProps & { label: string; describedBy: string }) {
  const { points, min, max, label, describedBy } = props;
  const xs = xPositions(points.map((p) => p.day)).map((x) => PAD.left + x);
  const y = (v: number) =>
    PAD.top + PLOT_H - ((Math.min(Math.max(v, min), max) - min) / (max - min || 1)) * PLOT_H;
  const path = points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${xs[i]!.toFixed(1)},${y(p.value).toFixed(1)}`)
    .join(' ');
  const text = { fontSize: 12, fill: 'currentColor' } as const;
  const labelled = labelledPoints(xs);
  return (
    <svg
      role="img"
      aria-label={label}
      aria-describedby={describedBy}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      style={{ maxWidth: WIDTH, display: 'block' }}
    >
      <ValueGrid min={min} max={max} y={y} />
      <path d={path} fill="none" stroke="var(--mantine-color-blue-7)" strokeWidth={2.5} />
      {points.map((p, i) => (
        <g key={`${p.day}-${i}`}>
          <circle
            cx={xs[i]}
            cy={y(p.value)}
            r={5}
            fill="white"
            stroke="var(--mantine-color-blue-7)"
            strokeWidth={2.5}
          />
          {labelled.has(i) && (
            <text x={xs[i]} y={HEIGHT - 12} textAnchor={anchorOf(i, points.length)} {...text}>
              {p.dayLabel}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}

/** The value axis: a light line and its number at each tick. */
function ValueGrid({ min, max, y }: { min: number; max: number; y: (v: number) => number }) {
  const text = { fontSize: 12, fill: 'currentColor' } as const;
  return (
    <>
      {valueTicks(min, max).map((tick) => (
        <g key={tick}>
          <line
            x1={PAD.left}
            x2={WIDTH - PAD.right}
            y1={y(tick)}
            y2={y(tick)}
            stroke="var(--mantine-color-gray-3)"
          />
          <text x={PAD.left - 8} y={y(tick)} textAnchor="end" dominantBaseline="middle" {...text}>
            {tick}
          </text>
        </g>
      ))}
    </>
  );
}

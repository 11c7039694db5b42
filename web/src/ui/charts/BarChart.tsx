import { ChartFigure } from './ChartFigure';

export interface Bar {
  /** The group's name, e.g. "Acne scars". */
  label: string;
  /** The bar's length, in the chart's unit (0–1 for rates); null draws no bar ("not enough data"). */
  value: number | null;
  /** The value as people read it: "50 %", "3.2 per 100". */
  display: string;
  /** Said after the value: "n = 12", "2 excluded". */
  note?: string;
}

export interface BarChartProps {
  title: string;
  /** One sentence saying what a bar is, read before the chart. */
  description: string;
  bars: readonly Bar[];
  /** The value of a full-width bar (1 for rates); the largest value when absent. */
  max?: number;
  /** Column headings of the table alternative. */
  valueHeading: string;
  noteHeading?: string;
}

const ROW = 36; // px per bar: room for a 13 px label and a 20 px bar
const LABEL_WIDTH = 200;
const VALUE_WIDTH = 250;
const WIDTH = 720;
const PLOT = WIDTH - LABEL_WIDTH - VALUE_WIDTH;

/**
 * A horizontal bar chart drawn in SVG — no chart library — with the same numbers as a table a
 * click away. The picture is one labelled image whose text alternative names every bar; the
 * table is for screen readers that prefer tables and for anyone who wants exact figures.
 * Colours: bars in the theme's primary blue (#1c7ed6 on white, 4.0:1 for a graphic object),
 * text in the body colour.
 */
export function BarChart({ title, description, bars, max, valueHeading, noteHeading }: BarChartProps) {
  const top = max ?? Math.max(0, ...bars.map((b) => b.value ?? 0));
  return (
    <ChartFigure
      title={title}
      description={description}
      empty="Nothing to show for this period."
      rows={bars.map((bar, i) => ({
        key: `${bar.label}-${i}`,
        heading: bar.label,
        display: bar.display,
        note: bar.note,
      }))}
      rowHeading="Group"
      valueHeading={valueHeading}
      noteHeading={noteHeading}
      summary={bars.map((b) => `${b.label}: ${b.display}${b.note ? ` (${b.note})` : ''}`).join('; ')}
      width={WIDTH}
      picture={(label, describedBy) => (
        <SvgBars bars={bars} top={top} label={label} describedBy={describedBy} />
      )}
    />
  );
}

function SvgBars({
  bars,
  top,
  label,
  describedBy,
}: {
  bars: readonly Bar[];
  top: number;
  label: string;
  describedBy: string;
}) {
  return (
    <svg
      role="img"
      aria-label={label}
      aria-describedby={describedBy}
      viewBox={`0 0 ${WIDTH} ${bars.length * ROW}`}
      width="100%"
      style={{ maxWidth: WIDTH, display: 'block' }}
    >
      {bars.map((bar, i) => (
        <BarRow key={`${bar.label}-${i}`} bar={bar} y={i * ROW} top={top} />
      ))}
    </svg>
  );
}

/** One bar: its label on the left, the bar over a light track, the value and note on the right. */
function BarRow({ bar, y, top }: { bar: Bar; y: number; top: number }) {
  const length = top > 0 && bar.value !== null ? (Math.min(bar.value, top) / top) * PLOT : 0;
  const text = { y: y + ROW / 2, dominantBaseline: 'middle', fontSize: 14, fill: 'currentColor' } as const;
  return (
    <g>
      <text x={LABEL_WIDTH - 8} textAnchor="end" {...text}>
        {bar.label.length > 26 ? `${bar.label.slice(0, 25)}…` : bar.label}
      </text>
      <rect x={LABEL_WIDTH} y={y + 8} width={PLOT} height={20} fill="var(--mantine-color-gray-1)" />
      <rect x={LABEL_WIDTH} y={y + 8} width={length} height={20} fill="var(--mantine-color-blue-7)" />
      <text x={LABEL_WIDTH + PLOT + 8} {...text}>
        {bar.display}
        {bar.note ? ` · ${bar.note}` : ''}
      </text>
    </g>
  );
}

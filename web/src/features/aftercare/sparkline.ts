/** One symptom's score on one day after treatment: 0 none … 3 severe. */
export interface ScorePoint {
  day: number;
  score: number;
}

export interface SparklineGeometry {
  /** SVG path data through every point, left to right. */
  path: string;
  dots: { x: number; y: number; day: number; score: number }[];
}

interface Box {
  width: number;
  height: number;
  /** Room at each edge so dots at 0 or 3 are not clipped. */
  inset: number;
  /** The last day on the x axis (day 0 is the left edge), e.g. 14. */
  lastDay: number;
  /** The highest score on the y axis, e.g. 3. */
  maxScore: number;
}

/**
 * Where each check-in's score sits in a small chart: days run left to right from day 0 to
 * `lastDay`, scores bottom (0) to top (`maxScore`). Points are sorted by day, so a late answer
 * to an earlier check-in does not draw the line backwards.
 */
export function sparkline(points: readonly ScorePoint[], box: Box): SparklineGeometry {
  const innerWidth = box.width - 2 * box.inset;
  const innerHeight = box.height - 2 * box.inset;
  const x = (day: number) => box.inset + (Math.min(day, box.lastDay) / Math.max(box.lastDay, 1)) * innerWidth;
  const y = (score: number) => box.inset + innerHeight - (score / Math.max(box.maxScore, 1)) * innerHeight;
  const dots = [...points]
    .sort((a, b) => a.day - b.day)
    .map((point) => ({
      x: round(x(point.day)),
      y: round(y(point.score)),
      day: point.day,
      score: point.score,
    }));
  const path = dots.map((dot, index) => `${index === 0 ? 'M' : 'L'}${dot.x} ${dot.y}`).join(' ');
  return { path, dots };
}

const round = (value: number) => Math.round(value * 10) / 10;

/** The chart's text alternative, e.g. "Redness: day 1 moderate, day 3 mild, day 7 none." */
export function sparklineText(
  label: string,
  points: readonly ScorePoint[],
  words: readonly string[],
): string {
  if (points.length === 0) return `${label}: no check-ins yet.`;
  const parts = [...points]
    .sort((a, b) => a.day - b.day)
    .map((point) => `day ${point.day} ${words[point.score] ?? String(point.score)}`);
  return `${label}: ${parts.join(', ')}.`;
}

import { Box, Text } from '@mantine/core';
import { sparkline, sparklineText, type ScorePoint } from './sparkline';

const box = { width: 160, height: 44, inset: 6, lastDay: 14, maxScore: 3 };

interface SymptomSparklineProps {
  label: string;
  points: readonly ScorePoint[];
  /** Words for scores 0–3, used by the text alternative. */
  scoreWords: readonly string[];
}

/**
 * One symptom over the fortnight as a small line: a glance shows whether it is settling. The
 * SVG is an image named by the same sentence a screen reader hears; the faint line marks "mild".
 */
export function SymptomSparkline({ label, points, scoreWords }: SymptomSparklineProps) {
  const { path, dots } = sparkline(points, box);
  const description = sparklineText(label, points, scoreWords);
  const mildY = box.height - box.inset - (1 / box.maxScore) * (box.height - 2 * box.inset);
  return (
    <Box>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <svg
        role="img"
        aria-label={description}
        width={box.width}
        height={box.height}
        viewBox={`0 0 ${box.width} ${box.height}`}
      >
        <line
          x1={box.inset}
          x2={box.width - box.inset}
          y1={mildY}
          y2={mildY}
          stroke="var(--mantine-color-gray-4)"
          strokeDasharray="3 3"
        />
        <line
          x1={box.inset}
          x2={box.width - box.inset}
          y1={box.height - box.inset}
          y2={box.height - box.inset}
          stroke="var(--mantine-color-gray-6)"
        />
        {path && <path d={path} fill="none" stroke="var(--mantine-color-corium-7)" strokeWidth={2} />}
        {dots.map((dot) => (
          <circle
            key={dot.day}
            cx={dot.x}
            cy={dot.y}
            r={3.5}
            fill={dot.score >= 2 ? 'var(--mantine-color-orange-8)' : 'var(--mantine-color-corium-7)'}
          />
        ))}
      </svg>
    </Box>
  );
}

import type { ReactNode } from 'react';
import type { PhotoView } from '@corium/contracts';
import { framingGuides } from './framing-guides';

interface FramingGuidesOverlayProps {
  view: PhotoView;
  /** The preview's width ÷ height. */
  aspect: number;
}

/**
 * Each guide is drawn twice, a dark line under a light one, so it stays visible on pale skin and
 * on a dark background alike (non-text contrast, WCAG 1.4.11). Decorative for screen readers: the
 * capture screen says in words how to line the patient up.
 */
function Line({ children }: { children: (stroke: { stroke: string; strokeWidth: number }) => ReactNode }) {
  return (
    <>
      {children({ stroke: 'rgba(0, 0, 0, 0.75)', strokeWidth: 3.5 })}
      {children({ stroke: 'rgba(255, 255, 255, 0.95)', strokeWidth: 1.5 })}
    </>
  );
}

export function FramingGuidesOverlay({ view, aspect }: FramingGuidesOverlayProps) {
  const guides = framingGuides(view, aspect);
  // Stroke widths and dashes in screen pixels: the 0–100 drawing is stretched to the preview's size.
  // `vector-effect` is not inherited, so each shape carries it.
  const dashed = { vectorEffect: 'non-scaling-stroke' as const, strokeDasharray: '10 6' };
  return (
    <svg
      viewBox="0 0 100 100"
      preserveAspectRatio="none"
      aria-hidden="true"
      data-testid="framing-guides"
      style={{ position: 'absolute', inset: 0, width: '100%', height: '100%', pointerEvents: 'none' }}
    >
      <Line>
        {(stroke) => (
          <g fill="none" {...stroke}>
            {guides.faceOval && (
              <ellipse
                {...dashed}
                cx={guides.faceOval.cx}
                cy={guides.faceOval.cy}
                rx={guides.faceOval.rx}
                ry={guides.faceOval.ry}
              />
            )}
            {guides.eyeLine !== null && (
              <line {...dashed} x1={4} x2={96} y1={guides.eyeLine} y2={guides.eyeLine} />
            )}
            <line {...dashed} x1={guides.centreLine} x2={guides.centreLine} y1={4} y2={96} />
            {guides.crossLine !== null && (
              <line {...dashed} x1={4} x2={96} y1={guides.crossLine} y2={guides.crossLine} />
            )}
          </g>
        )}
      </Line>
    </svg>
  );
}

import { useRef, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import classes from './photos.module.css';
import { panAfterKey, panBy, zoomTransform, type ZoomState } from './zoom';

interface ZoomFrameProps {
  zoom: ZoomState;
  onZoom: (zoom: ZoomState) => void;
  /** Width ÷ height of the frame: the "after" photo's, so it fills it. */
  aspect: number;
  /** What the frame is, for a screen reader, e.g. "Before and after, slider". */
  label: string;
  /** A tap (not a drag) on the photos, at that share of the width; the slider moves its divider there. */
  onTap?: (share: number) => void;
  children: ReactNode;
}

interface Drag {
  x: number;
  y: number;
  start: ZoomState;
  moved: boolean;
}

/** A pointer that moves less than this (px) is a tap, not a drag. */
const TAP_SLOP = 6;

/**
 * The box a comparison is shown in. While zoomed it pans by dragging, by the arrow keys once it
 * has focus, or with the move buttons of `ZoomControls` (no one has to drag).
 */
export function ZoomFrame({ zoom, onZoom, aspect, label, onTap, children }: ZoomFrameProps) {
  const drag = useRef<Drag | null>(null);
  const zoomed = zoom.zoom > 1;

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const next = zoomed ? panAfterKey(zoom, event.key) : null;
    if (!next) return;
    event.preventDefault();
    onZoom(next);
  }

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    drag.current = { x: event.clientX, y: event.clientY, start: zoom, moved: false };
    event.currentTarget.setPointerCapture(event.pointerId);
  }

  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    const current = drag.current;
    if (!current) return;
    const dx = event.clientX - current.x;
    const dy = event.clientY - current.y;
    if (Math.hypot(dx, dy) > TAP_SLOP) current.moved = true;
    if (!current.moved || !zoomed) return;
    const box = event.currentTarget.getBoundingClientRect();
    // Dragging right pulls the photo right, which shows more of its left side.
    onZoom(panBy(current.start, -dx / box.width, -dy / box.height));
  }

  function onPointerUp(event: PointerEvent<HTMLDivElement>) {
    const current = drag.current;
    drag.current = null;
    if (!current || current.moved || !onTap) return;
    const box = event.currentTarget.getBoundingClientRect();
    onTap((event.clientX - box.left) / box.width);
  }

  return (
    <div
      role="group"
      aria-label={zoomed ? `${label}, zoomed: arrow keys move around` : label}
      tabIndex={zoomed ? 0 : undefined}
      className={`${classes.frame} mantine-focus-auto`}
      data-zoomed={zoomed || undefined}
      style={{ aspectRatio: aspect }}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => (drag.current = null)}
    >
      {children}
    </div>
  );
}

interface PhotoLayerProps {
  url: string;
  alt: string;
  zoom: ZoomState;
  /** CSS clip-path of the (unzoomed) layer, e.g. the slider's wipe. */
  clip?: string;
  /** 0–1. */
  opacity?: number;
  testId?: string;
}

/** One photo filling the frame, zoomed and moved exactly as every other layer. */
export function PhotoLayer({ url, alt, zoom, clip, opacity, testId }: PhotoLayerProps) {
  return (
    <div data-testid={testId} className={classes.layer} style={{ clipPath: clip, opacity }}>
      <img
        src={url}
        alt={alt}
        draggable={false}
        className={classes.photo}
        style={{ transform: zoomTransform(zoom) }}
      />
    </div>
  );
}

import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { IconArrowsHorizontal } from '@tabler/icons-react';
import classes from './photos.module.css';
import { wipeAfterKey, wipeAtPointer, wipeValueText } from './wipe-slider';

interface WipeHandleProps {
  /** 0–100: how much of the width shows the "before" photo. */
  value: number;
  onChange: (value: number) => void;
}

/** The frame the divider moves across: the handle's parent, which is not zoomed. */
function frameOf(element: HTMLElement): DOMRect {
  return (element.parentElement ?? element).getBoundingClientRect();
}

/**
 * The before/after divider as a WAI-ARIA slider: arrows move it 1 %, Page Up/Down 10 %, Home and
 * End to the ends; it can also be dragged, and a tap on the photos moves it there (see
 * `ComparisonStage`), so no one needs to drag. The knob is 44 px, a comfortable finger target.
 */
export function WipeHandle({ value, onChange }: WipeHandleProps) {
  const dragging = useRef(false);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const next = wipeAfterKey(event.key, value);
    if (next === null) return;
    event.preventDefault();
    // The photos pan with the arrow keys too; the divider has them while it has focus.
    event.stopPropagation();
    onChange(next);
  }

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    event.stopPropagation();
    dragging.current = true;
    event.currentTarget.setPointerCapture(event.pointerId);
  }

  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    if (!dragging.current) return;
    event.stopPropagation();
    const frame = frameOf(event.currentTarget);
    onChange(wipeAtPointer(event.clientX, frame.left, frame.width));
  }

  return (
    <div
      role="slider"
      tabIndex={0}
      aria-label="Divider between before and after"
      aria-orientation="horizontal"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(value)}
      aria-valuetext={wipeValueText(value)}
      className={`${classes.handle} mantine-focus-auto`}
      style={{ left: `${value}%` }}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={() => (dragging.current = false)}
      onPointerCancel={() => (dragging.current = false)}
    >
      <span aria-hidden="true" className={classes.line} />
      <span aria-hidden="true" className={classes.knob}>
        <IconArrowsHorizontal size={24} />
      </span>
    </div>
  );
}

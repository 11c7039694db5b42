import { useRef, useState, type PointerEvent } from 'react';
import type { CalendarColumn, PlacedBlock } from './calendar-layout';
import { movedAtAll, type DropTarget } from './calendar-moves';
import { snapToGrid } from './calendar-time';

/** Pixels a pointer travels before a press becomes a drag; less is a tap that opens the visit. */
const DRAG_THRESHOLD_PX = 6;

export interface Drag {
  block: PlacedBlock;
  dx: number;
  /** Snapped to the quarter-hour grid. */
  dy: number;
  target: DropTarget;
  /** Let go, awaiting the confirmation. */
  dropped: boolean;
}

interface Press {
  pointerId: number;
  x: number;
  y: number;
  block: PlacedBlock;
}

function columnAt(x: number, y: number, columns: CalendarColumn[]): CalendarColumn | undefined {
  const element = document
    .elementsFromPoint(x, y)
    .find((el): el is HTMLElement => el instanceof HTMLElement && el.dataset.columnKey !== undefined);
  return columns.find((c) => c.key === element?.dataset.columnKey);
}

/**
 * Dragging a visit to another time and column: the block follows the pointer (mouse, pen or
 * finger), snapped to 15 minutes; letting go hands the drop to `onDrop` for confirmation and
 * keeps the block there until `settle` is called — after which it shows where the data says.
 */
export function useCalendarDrag(
  columns: CalendarColumn[],
  pxPerMinute: number,
  onDrop: (block: PlacedBlock, target: DropTarget) => void,
) {
  const [drag, setDrag] = useState<Drag | null>(null);
  const press = useRef<Press | null>(null);
  const suppressClick = useRef(false);

  function follow(event: PointerEvent, p: Press): Drag {
    const dx = event.clientX - p.x;
    const minutes = snapToGrid((event.clientY - p.y) / pxPerMinute);
    const column = columnAt(event.clientX, event.clientY, columns) ?? p.block.column;
    const target = { column, startMinute: p.block.startMinute + minutes };
    return { block: p.block, dx, dy: minutes * pxPerMinute, target, dropped: false };
  }

  const handlers = (block: PlacedBlock) => ({
    onPointerDown: (event: PointerEvent<HTMLElement>) => {
      if (event.button !== 0 || drag?.dropped || block.appointment.status !== 'booked') return;
      press.current = { pointerId: event.pointerId, x: event.clientX, y: event.clientY, block };
      event.currentTarget.setPointerCapture(event.pointerId);
    },
    onPointerMove: (event: PointerEvent<HTMLElement>) => {
      const p = press.current;
      if (!p || p.pointerId !== event.pointerId) return;
      const far = Math.hypot(event.clientX - p.x, event.clientY - p.y) >= DRAG_THRESHOLD_PX;
      if (far || drag) setDrag(follow(event, p));
    },
    onPointerUp: (event: PointerEvent<HTMLElement>) => {
      const p = press.current;
      press.current = null;
      if (!p || !drag) return;
      suppressClick.current = true;
      const final = follow(event, p);
      if (!movedAtAll(p.block, final.target)) return setDrag(null);
      setDrag({ ...final, dropped: true });
      onDrop(p.block, final.target);
    },
    onPointerCancel: () => {
      press.current = null;
      setDrag(null);
    },
    /** A drag ends with a click on the block; that click must not open the visit. */
    consumeClick: (): boolean => {
      const dragged = suppressClick.current;
      suppressClick.current = false;
      return dragged;
    },
  });

  return { drag, handlers, settle: () => setDrag(null) };
}

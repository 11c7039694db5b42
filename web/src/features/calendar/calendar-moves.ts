import type { RescheduleAppointmentRequest } from '@corium/contracts';
import type { CalendarColumn, PlacedBlock } from './calendar-layout';
import { instantAt } from './calendar-time';

/** Where a dragged block was let go: a column, and the minute its top landed on (snapped). */
export interface DropTarget {
  column: CalendarColumn;
  startMinute: number;
}

export function movedAtAll(block: PlacedBlock, target: DropTarget): boolean {
  return target.column.key !== block.column.key || target.startMinute !== block.startMinute;
}

/**
 * The reschedule a drop asks for. The block is one hold of the visit (in a practitioner's
 * column, only the needling), so the whole visit moves by as much as that hold moved; a drop in
 * another practitioner's or room's column gives the visit that resource for the same role.
 */
export function rescheduleFromDrop(
  block: PlacedBlock,
  target: DropTarget,
  timeZone: string,
): RescheduleAppointmentRequest {
  const from = instantAt(block.column.day, block.startMinute, timeZone).getTime();
  const to = instantAt(target.column.day, target.startMinute, timeZone).getTime();
  const start = new Date(Date.parse(block.appointment.start) + (to - from)).toISOString();
  const newResource = target.column.resourceId !== block.column.resourceId;
  return newResource ? { start, assignment: { [block.role]: target.column.resourceId } } : { start };
}

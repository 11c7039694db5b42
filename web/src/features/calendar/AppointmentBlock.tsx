import { Box, Text, UnstyledButton } from '@mantine/core';
import { statusWords } from '../appointments/booking-words';
import type { PlacedBlock, PlacedSegment } from './calendar-layout';
import { clockLabel } from './calendar-time';
import type { Drag, useCalendarDrag } from './use-calendar-drag';
import classes from './calendar.module.css';

interface AppointmentBlockProps {
  block: PlacedBlock;
  /** The grid's first minute and scale. */
  firstMinute: number;
  pxPerMinute: number;
  drag: Drag | null;
  handlers: ReturnType<typeof useCalendarDrag>['handlers'];
  onOpen: () => void;
}

function Segment({
  segment,
  block,
  pxPerMinute,
}: {
  segment: PlacedSegment;
  block: PlacedBlock;
  pxPerMinute: number;
}) {
  return (
    <div
      className={segment.kind === 'busy' ? classes.busy : classes.waiting}
      style={{
        top: (segment.startMinute - block.startMinute) * pxPerMinute,
        height: (segment.endMinute - segment.startMinute) * pxPerMinute,
      }}
      aria-hidden="true"
    />
  );
}

function blockLabel(block: PlacedBlock): string {
  const { appointment } = block;
  const span = `${clockLabel(block.startMinute)}–${clockLabel(block.endMinute)}`;
  const parts = block.segments.map((s) => `${s.name} ${clockLabel(s.startMinute)}`).join(', ');
  return `${span}, ${appointment.patient.displayName}, ${appointment.service.name}, ${statusWords[appointment.status].label}. ${parts}`;
}

/** A visit's hold on one column; drag it to move the visit, or press it to open the visit. */
export function AppointmentBlock({
  block,
  firstMinute,
  pxPerMinute,
  drag,
  handlers,
  onOpen,
}: AppointmentBlockProps) {
  const { appointment } = block;
  const own =
    drag && drag.block.appointment.id === appointment.id && drag.block.column.key === block.column.key;
  const h = handlers(block);
  const movedTo = own ? clockLabel(drag.target.startMinute) : null;
  return (
    <UnstyledButton
      className={classes.block}
      data-status={appointment.status}
      data-dragging={own || undefined}
      aria-label={blockLabel(block)}
      style={{
        top: (block.startMinute - firstMinute) * pxPerMinute,
        height: Math.max((block.endMinute - block.startMinute) * pxPerMinute, 18),
        transform: own ? `translate(${drag.dx}px, ${drag.dy}px)` : undefined,
      }}
      onPointerDown={h.onPointerDown}
      onPointerMove={h.onPointerMove}
      onPointerUp={h.onPointerUp}
      onPointerCancel={h.onPointerCancel}
      onClick={() => {
        if (!h.consumeClick()) onOpen();
      }}
    >
      {block.segments.map((segment) => (
        <Segment key={segment.startMinute} segment={segment} block={block} pxPerMinute={pxPerMinute} />
      ))}
      <Box className={classes.blockText}>
        <Text size="xs" fw={700} lh={1.2}>
          {movedTo ? `→ ${movedTo}` : clockLabel(block.startMinute)} {appointment.patient.displayName}
        </Text>
        <Text size="xs" lh={1.2}>
          {appointment.service.name}
          {appointment.status !== 'booked' && ` · ${statusWords[appointment.status].label}`}
        </Text>
      </Box>
    </UnstyledButton>
  );
}

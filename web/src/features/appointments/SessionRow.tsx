import type { AvailableSlot } from '@corium/contracts';
import { Badge, Button, Table, Text } from '@mantine/core';
import { dayLabel, momentLabel } from '../calendar/calendar-time';
import { AvailabilityPicker } from './AvailabilityPicker';
import type { ProposedSession } from './series-booking';
import type { SeriesTarget } from './SeriesProposalView';
import { assignmentWords, type BookingCatalog } from './use-booking-catalog';

interface SessionRowProps {
  catalog: BookingCatalog;
  target: SeriesTarget;
  session: ProposedSession;
  timeZone: string;
  slot: AvailableSlot | null;
  /** Its time was just taken by someone else. */
  taken: boolean;
  editing: boolean;
  onEdit: (open: boolean) => void;
  onChoose: (slot: AvailableSlot) => void;
}

function SlotText({
  catalog,
  slot,
  timeZone,
  taken,
}: {
  catalog: BookingCatalog;
  slot: AvailableSlot | null;
  timeZone: string;
  taken: boolean;
}) {
  if (!slot)
    return (
      <Badge color={taken ? 'orange' : 'gray'} variant="light">
        {taken ? 'Taken — choose another time' : 'No free time in this window'}
      </Badge>
    );
  return (
    <>
      <Text fw={600}>{momentLabel(slot.start, timeZone)}</Text>
      <Text size="sm" c="dimmed">
        {assignmentWords(catalog, slot.assignment)}
      </Text>
    </>
  );
}

/** One session of the course: its window, its time, and a way to choose another within the window. */
export function SessionRow(props: SessionRowProps) {
  const { catalog, target, session, timeZone, slot, taken, editing, onEdit, onChoose } = props;
  const number = session.sessionNumber;
  return (
    <>
      <Table.Tr data-testid={`session-${number}`}>
        <Table.Td>Session {number}</Table.Td>
        <Table.Td>
          {session.earliest === session.latest
            ? dayLabel(session.earliest)
            : `${dayLabel(session.earliest)} – ${dayLabel(session.latest)}`}
        </Table.Td>
        <Table.Td>
          <SlotText catalog={catalog} slot={slot} timeZone={timeZone} taken={taken} />
        </Table.Td>
        <Table.Td>
          <Button
            variant="default"
            size="sm"
            aria-expanded={editing}
            aria-label={`Change session ${number}`}
            onClick={() => onEdit(!editing)}
          >
            {editing ? 'Close' : 'Change…'}
          </Button>
        </Table.Td>
      </Table.Tr>
      {editing && (
        <Table.Tr>
          <Table.Td colSpan={4}>
            <AvailabilityPicker
              serviceId={target.serviceId}
              locationId={target.locationId}
              practitionerId={target.practitionerId ?? undefined}
              firstDay={session.earliest}
              lastDay={session.latest}
              chosen={slot?.start ?? null}
              onChoose={onChoose}
              label={`Free times for session ${number}`}
            />
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}

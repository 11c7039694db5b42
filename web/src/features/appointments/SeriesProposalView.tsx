import { useState } from 'react';
import type { Appointment, AvailableSlot, SeriesProposal } from '@corium/contracts';
import { Button, Group, Stack, Table, VisuallyHidden } from '@mantine/core';
import { RefusalAlert } from './RefusalAlert';
import type { SessionChoices } from './series-booking';
import { SessionRow } from './SessionRow';
import { TakenOffer } from './TakenOffer';
import type { BookingCatalog } from './use-booking-catalog';
import { useSeriesBooking } from './use-series-booking';

export interface SeriesTarget {
  patientId: string;
  seriesId: string;
  serviceId: string;
  locationId: string;
  practitionerId: string | null;
}

interface SeriesProposalViewProps {
  catalog: BookingCatalog;
  request: SeriesTarget;
  proposal: SeriesProposal;
  onBooked: (appointments: Appointment[]) => void;
  onPropose: () => void;
}

interface SessionTableProps {
  catalog: BookingCatalog;
  target: SeriesTarget;
  proposal: SeriesProposal;
  choices: SessionChoices;
  takenSession: number | null;
  editing: number | null;
  onEdit: (sessionNumber: number | null) => void;
  onChoose: (sessionNumber: number, slot: AvailableSlot) => void;
}

function SessionTable(props: SessionTableProps) {
  const { catalog, target, proposal, choices, takenSession, editing, onEdit, onChoose } = props;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Session</Table.Th>
            <Table.Th scope="col">Window</Table.Th>
            <Table.Th scope="col">Time</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>Change</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {proposal.sessions.map((session) => (
            <SessionRow
              key={session.sessionNumber}
              catalog={catalog}
              target={target}
              session={session}
              timeZone={proposal.timeZone}
              slot={choices[session.sessionNumber] ?? null}
              taken={takenSession === session.sessionNumber}
              editing={editing === session.sessionNumber}
              onEdit={(open) => onEdit(open ? session.sessionNumber : null)}
              onChoose={(slot) => {
                onChoose(session.sessionNumber, slot);
                onEdit(null);
              }}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Each session's window and time, changeable within the window; then every session booked at once. */
export function SeriesProposalView({
  catalog,
  request,
  proposal,
  onBooked,
  onPropose,
}: SeriesProposalViewProps) {
  const booking = useSeriesBooking(request, proposal, onBooked);
  const [editing, setEditing] = useState<number | null>(null);
  const count = proposal.sessions.length;
  return (
    <Stack gap="md">
      <SessionTable
        catalog={catalog}
        target={request}
        proposal={proposal}
        choices={booking.choices}
        takenSession={booking.taken?.sessionNumber ?? null}
        editing={editing}
        onEdit={setEditing}
        onChoose={booking.choose}
      />
      <TakenOffer
        taken={booking.taken}
        catalog={catalog}
        timeZone={proposal.timeZone}
        onTake={(number, slot) => booking.choose(number, slot)}
        onChooseAnother={(number) => setEditing(number)}
      />
      <RefusalAlert refusal={booking.refusal}>
        <Button variant="default" onClick={onPropose}>
          Propose dates again
        </Button>
      </RefusalAlert>
      <Group justify="flex-end">
        <Button disabled={!booking.ready} loading={booking.busy} onClick={() => void booking.bookAll()}>
          {count === 1 ? 'Book the session' : `Book all ${count} sessions`}
        </Button>
      </Group>
    </Stack>
  );
}

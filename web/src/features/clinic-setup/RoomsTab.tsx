import { useState } from 'react';
import {
  Button,
  Group,
  NativeSelect,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import type { SetupLocation, SetupRoom } from '@corium/contracts';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormProblem } from '../../ui/FormProblem';
import { setupApi } from './clinic-setup-api';
import { optionsOf, roomKindLabels, visitsToCome } from './setup-words';
import { useSave } from './use-save';

interface RoomsTabProps {
  locations: SetupLocation[];
  rooms: SetupRoom[];
  onChanged: () => void;
}

/** The rooms of each location: treatment rooms hold a whole visit, consultation rooms a talk. */
export function RoomsTab({ locations, rooms, onChanged }: RoomsTabProps) {
  const [removing, setRemoving] = useState<SetupRoom | null>(null);
  const toggle = useSave();
  const placeOf = (id: string) => locations.find((l) => l.id === id)?.name ?? '';
  return (
    <Stack gap="lg">
      <RoomsTable
        rooms={rooms}
        placeOf={placeOf}
        onToggle={(room, active) =>
          void toggle.save(() => setupApi.editRoom(room.id, { active }).then(onChanged))
        }
        onRemove={setRemoving}
      />
      <FormProblem message={toggle.problem} />
      <Text size="sm" c="dimmed">
        A room that is not bookable keeps the visits already booked in it; new bookings go elsewhere.
      </Text>
      <AddRoomForm locations={locations} onAdded={onChanged} />
      <ConfirmDialog
        opened={removing !== null}
        title={`Remove ${removing?.name ?? 'room'}?`}
        confirmLabel="Remove room"
        danger
        onClose={() => setRemoving(null)}
        onConfirm={() => setupApi.removeRoom(removing!.id).then(onChanged)}
      >
        Only a room never booked can be removed; one with visits on record can be made not bookable instead.
      </ConfirmDialog>
    </Stack>
  );
}

function AddRoomForm({ locations, onAdded }: { locations: SetupLocation[]; onAdded: () => void }) {
  const [locationId, setLocationId] = useState(locations[0]?.id ?? '');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<SetupRoom['kind']>('treatment');
  const { busy, problem, fields, save } = useSave();
  async function submit() {
    if (await save(() => setupApi.addRoom({ locationId, name, kind, active: true }))) {
      setName('');
      onAdded();
    }
  }
  return (
    <form aria-labelledby="add-room" onSubmit={(e) => (e.preventDefault(), void submit())}>
      <Title order={3} size="h4" id="add-room" mb="xs">
        Add a room
      </Title>
      <Group align="flex-start" gap="sm" wrap="wrap">
        <NativeSelect
          label="Location"
          data={locations.map((l) => ({ value: l.id, label: l.name }))}
          value={locationId}
          onChange={(e) => setLocationId(e.currentTarget.value)}
          w={220}
        />
        <TextInput
          label="Room name"
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fields.name}
          w={220}
        />
        <NativeSelect
          label="Kind"
          data={optionsOf(roomKindLabels)}
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as SetupRoom['kind'])}
          w={220}
        />
      </Group>
      <FormProblem message={problem} />
      <Button type="submit" mt="sm" loading={busy}>
        Add room
      </Button>
    </form>
  );
}

interface RoomsTableProps {
  rooms: SetupRoom[];
  placeOf: (locationId: string) => string;
  onToggle: (room: SetupRoom, active: boolean) => void;
  onRemove: (room: SetupRoom) => void;
}

function RoomsTable({ rooms, placeOf, onToggle, onRemove }: RoomsTableProps) {
  return (
    <Table striped highlightOnHover aria-label="Rooms">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Room</Table.Th>
          <Table.Th>Location</Table.Th>
          <Table.Th>Kind</Table.Th>
          <Table.Th>Bookable</Table.Th>
          <Table.Th>Visits to come</Table.Th>
          <Table.Th>
            <VisuallyHidden>Actions</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rooms.map((room) => (
          <Table.Tr key={room.id}>
            <Table.Td>{room.name}</Table.Td>
            <Table.Td>{placeOf(room.locationId)}</Table.Td>
            <Table.Td>{roomKindLabels[room.kind]}</Table.Td>
            <Table.Td>
              <Switch
                aria-label={`${room.name} is bookable`}
                checked={room.active}
                onChange={(e) => onToggle(room, e.currentTarget.checked)}
              />
            </Table.Td>
            <Table.Td>{visitsToCome(room.futureBookings)}</Table.Td>
            <Table.Td>
              <Button
                variant="subtle"
                color="red"
                size="compact-sm"
                onClick={() => onRemove(room)}
                aria-label={`Remove ${room.name}`}
              >
                Remove
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

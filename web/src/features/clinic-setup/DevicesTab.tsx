import { useState, type ChangeEvent } from 'react';
import { Button, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import type { DeviceRequest, DeviceStatus, SetupDevice, SetupLocation } from '@corium/contracts';
import { FormProblem } from '../../ui/FormProblem';
import { setupApi } from './clinic-setup-api';
import { deviceKindLabels, deviceStatusLabels, optionsOf, visitsToCome } from './setup-words';
import { useSave } from './use-save';

interface DevicesTabProps {
  locations: SetupLocation[];
  devices: SetupDevice[];
  onChanged: () => void;
}

/** Pens and RF units by serial number; one in maintenance or retired is offered for no new booking. */
export function DevicesTab({ locations, devices, onChanged }: DevicesTabProps) {
  const status = useSave();
  const placeOf = (id: string) => locations.find((l) => l.id === id)?.name ?? '';
  const setStatus = (device: SetupDevice, next: DeviceStatus) =>
    void status.save(() => setupApi.editDevice(device.id, { status: next }).then(onChanged));
  return (
    <Stack gap="lg">
      <Table striped aria-label="Devices">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Device</Table.Th>
            <Table.Th>Serial number</Table.Th>
            <Table.Th>Location</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Visits to come</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {devices.map((device) => (
            <DeviceRow
              key={device.id}
              device={device}
              place={placeOf(device.locationId)}
              onStatus={(next) => setStatus(device, next)}
            />
          ))}
        </Table.Tbody>
      </Table>
      <FormProblem message={status.problem} />
      <AddDeviceForm locations={locations} onAdded={onChanged} />
    </Stack>
  );
}

function DeviceRow({
  device,
  place,
  onStatus,
}: {
  device: SetupDevice;
  place: string;
  onStatus: (next: DeviceStatus) => void;
}) {
  return (
    <Table.Tr>
      <Table.Td>
        {device.model}
        <Text size="sm" c="dimmed">
          {deviceKindLabels[device.kind]}
        </Text>
      </Table.Td>
      <Table.Td>{device.serial}</Table.Td>
      <Table.Td>{place}</Table.Td>
      <Table.Td>
        <NativeSelect
          aria-label={`Status of ${device.model} ${device.serial}`}
          data={optionsOf(deviceStatusLabels)}
          value={device.status}
          onChange={(e) => onStatus(e.currentTarget.value as DeviceStatus)}
        />
      </Table.Td>
      <Table.Td>
        {visitsToCome(device.futureBookings)}
        {device.status !== 'in_service' && (
          <Text size="sm" c="dimmed">
            Not offered for new bookings.
          </Text>
        )}
        {device.status !== 'in_service' && device.futureBookings > 0 && (
          <Text size="sm" c="orange.9">
            Booked visits keep this device: move them to another.
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

const blankDevice = (locationId: string, kind: DeviceRequest['kind'] = 'pen'): DeviceRequest => ({
  locationId,
  kind,
  model: '',
  serial: '',
  status: 'in_service',
});

function AddDeviceForm({ locations, onAdded }: { locations: SetupLocation[]; onAdded: () => void }) {
  const [value, setValue] = useState(() => blankDevice(locations[0]?.id ?? ''));
  const { busy, problem, fields, save } = useSave();
  async function submit() {
    if (await save(() => setupApi.addDevice(value))) {
      setValue(blankDevice(value.locationId, value.kind));
      onAdded();
    }
  }
  const field = (name: keyof DeviceRequest) => ({
    value: value[name],
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
      setValue({ ...value, [name]: e.currentTarget.value }),
    error: fields[name],
  });
  return (
    <form aria-labelledby="add-device" onSubmit={(e) => (e.preventDefault(), void submit())}>
      <Title order={3} size="h4" id="add-device" mb="xs">
        Add a device
      </Title>
      <Group align="flex-start" gap="sm" wrap="wrap">
        <NativeSelect
          label="Location"
          data={locations.map((l) => ({ value: l.id, label: l.name }))}
          {...field('locationId')}
          w={200}
        />
        <NativeSelect label="Kind" data={optionsOf(deviceKindLabels)} {...field('kind')} w={220} />
        <TextInput label="Model" required {...field('model')} w={200} />
        <TextInput
          label="Serial number"
          description="Unique in the clinic"
          required
          {...field('serial')}
          w={200}
        />
      </Group>
      <FormProblem message={problem} />
      <Button type="submit" mt="sm" loading={busy}>
        Add device
      </Button>
    </form>
  );
}

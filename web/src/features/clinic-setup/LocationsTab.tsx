import { useState } from 'react';
import { Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import type { LocationRequest, SetupLocation } from '@corium/contracts';
import { FormProblem } from '../../ui/FormProblem';
import { TimeZoneSelect } from '../../ui/TimeZoneSelect';
import { setupApi } from './clinic-setup-api';
import { useSave } from './use-save';
import { WeekHoursEditor } from './WeekHoursEditor';

interface LocationsTabProps {
  locations: SetupLocation[];
  onChanged: () => void;
}

/** Each site with its time zone and the week it is open; a new site. */
export function LocationsTab({ locations, onChanged }: LocationsTabProps) {
  return (
    <Stack gap="lg">
      {locations.map((location) => (
        <Card key={location.id} component="section" aria-labelledby={`location-${location.id}`} withBorder>
          <Title order={3} size="h4" id={`location-${location.id}`}>
            {location.name}
          </Title>
          <Text c="dimmed" mb="sm">
            {location.timeZone}
            {location.address ? ` · ${location.address}` : ''}
          </Text>
          <LocationForm
            initial={{ name: location.name, timeZone: location.timeZone, address: location.address }}
            submitLabel="Save location"
            onSubmit={(body) => setupApi.editLocation(location.id, body).then(onChanged)}
          />
          <Title order={4} size="h5" mt="md" mb="xs">
            Opening hours ({location.timeZone})
          </Title>
          <WeekHoursEditor
            label={`Opening hours of ${location.name}`}
            hours={location.openingHours}
            saveLabel="Save opening hours"
            onSave={(hours) => setupApi.setOpeningHours(location.id, { hours }).then(onChanged)}
          />
        </Card>
      ))}
      <Card component="section" aria-labelledby="new-location" withBorder>
        <Title order={3} size="h4" id="new-location" mb="sm">
          Add a location
        </Title>
        <LocationForm
          key={locations.length}
          initial={{ name: '', timeZone: locations[0]?.timeZone ?? 'Europe/London', address: '' }}
          submitLabel="Add location"
          onSubmit={(body) => setupApi.addLocation(body).then(onChanged)}
        />
      </Card>
    </Stack>
  );
}

interface LocationFormProps {
  initial: LocationRequest;
  submitLabel: string;
  onSubmit: (body: LocationRequest) => Promise<unknown>;
}

function LocationForm({ initial, submitLabel, onSubmit }: LocationFormProps) {
  const [value, setValue] = useState(initial);
  const { busy, problem, fields, save } = useSave();
  const set = (patch: Partial<LocationRequest>) => setValue((current) => ({ ...current, ...patch }));
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void save(() => onSubmit({ ...value, address: value.address?.trim() ? value.address : null }));
      }}
    >
      <Group align="flex-start" gap="sm" wrap="wrap">
        <TextInput
          label="Name"
          required
          value={value.name}
          onChange={(e) => set({ name: e.currentTarget.value })}
          error={fields.name}
          w={240}
        />
        <TimeZoneSelect
          label="Time zone"
          description="Type a city, e.g. London"
          required
          allowDeselect={false}
          value={value.timeZone}
          onChange={(zone) => zone && set({ timeZone: zone })}
          error={fields.timeZone}
          w={240}
        />
        <TextInput
          label="Address"
          value={value.address ?? ''}
          onChange={(e) => set({ address: e.currentTarget.value })}
          error={fields.address}
          w={300}
        />
      </Group>
      <FormProblem message={problem} />
      <Button type="submit" mt="sm" loading={busy} variant="light">
        {submitLabel}
      </Button>
    </form>
  );
}

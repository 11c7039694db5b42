import { useState, type ChangeEvent } from 'react';
import { Button, Checkbox, Group, List, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import type { SetupException, SetupLocation } from '@corium/contracts';
import { calendarDate } from '../../lib/clinic-time';
import { FormProblem } from '../../ui/FormProblem';
import { setupApi } from './clinic-setup-api';
import { useSave } from './use-save';

interface ExceptionsSectionProps {
  userId: string;
  exceptions: SetupException[];
  locations: SetupLocation[];
  onChanged: () => void;
}

const describe = (e: SetupException) =>
  e.intervals.length === 0 ? 'Not working' : e.intervals.map((i) => `${i.start}–${i.end}`).join(', ');

/** Days worked differently from the weekly pattern, e.g. a late clinic or a training day. */
export function ExceptionsSection({ userId, exceptions, locations, onChanged }: ExceptionsSectionProps) {
  const removal = useSave();
  const placeOf = (id: string) => locations.find((l) => l.id === id)?.name ?? '';
  return (
    <Stack gap="sm" component="section" aria-labelledby="exceptions-heading">
      <Title order={3} size="h4" id="exceptions-heading">
        Days worked differently
      </Title>
      {exceptions.length === 0 && <Text c="dimmed">None ahead.</Text>}
      <List spacing="xs" listStyleType="none">
        {exceptions.map((e) => (
          <List.Item key={e.id}>
            <Group gap="sm">
              <Text>
                {calendarDate(e.date)} at {placeOf(e.locationId)}: {describe(e)}
                {e.reason ? ` · ${e.reason}` : ''}
              </Text>
              <Button
                variant="subtle"
                color="red"
                size="compact-sm"
                aria-label={`Remove the exception on ${calendarDate(e.date)}`}
                onClick={() =>
                  void removal.save(() => setupApi.removeException(userId, e.id).then(onChanged))
                }
              >
                Remove
              </Button>
            </Group>
          </List.Item>
        ))}
      </List>
      <FormProblem message={removal.problem} />
      {locations.length > 0 && <AddExceptionForm userId={userId} locations={locations} onAdded={onChanged} />}
    </Stack>
  );
}

interface ExceptionValue {
  locationId: string;
  date: string;
  off: boolean;
  start: string;
  end: string;
}

function AddExceptionForm({
  userId,
  locations,
  onAdded,
}: {
  userId: string;
  locations: SetupLocation[];
  onAdded: () => void;
}) {
  const [value, setValue] = useState<ExceptionValue>({
    locationId: locations[0]!.id,
    date: '',
    off: true,
    start: '09:00',
    end: '17:00',
  });
  const { busy, problem, fields, save } = useSave();
  async function submit() {
    const intervals = value.off ? [] : [{ start: value.start, end: value.end }];
    if (
      await save(() =>
        setupApi.addException(userId, { locationId: value.locationId, date: value.date, intervals }),
      )
    )
      onAdded();
  }
  return (
    <form aria-label="Add a day worked differently" onSubmit={(e) => (e.preventDefault(), void submit())}>
      <ExceptionFields
        value={value}
        locations={locations}
        errors={fields}
        onChange={(patch) => setValue({ ...value, ...patch })}
      />
      <FormProblem message={problem} />
      <Button type="submit" mt="sm" loading={busy} variant="light">
        Add exception
      </Button>
    </form>
  );
}

interface ExceptionFieldsProps {
  value: ExceptionValue;
  locations: SetupLocation[];
  errors: Record<string, string>;
  onChange: (patch: Partial<ExceptionValue>) => void;
}

function ExceptionFields({ value, locations, errors, onChange }: ExceptionFieldsProps) {
  const text = (field: 'date' | 'start' | 'end') => ({
    value: value[field],
    onChange: (e: ChangeEvent<HTMLInputElement>) => onChange({ [field]: e.currentTarget.value }),
  });
  return (
    <Group align="flex-start" gap="sm" wrap="wrap">
      <NativeSelect
        label="Location"
        data={locations.map((l) => ({ value: l.id, label: l.name }))}
        value={value.locationId}
        onChange={(e) => onChange({ locationId: e.currentTarget.value })}
        w={200}
      />
      <TextInput type="date" label="Day" required {...text('date')} error={errors.date} w={170} />
      <Checkbox
        label="Not working that day"
        checked={value.off}
        onChange={(e) => onChange({ off: e.currentTarget.checked })}
        mt={30}
      />
      {!value.off && (
        <TextInput type="time" label="From" {...text('start')} error={errors['intervals.0.start']} w={130} />
      )}
      {!value.off && (
        <TextInput type="time" label="Until" {...text('end')} error={errors['intervals.0.end']} w={130} />
      )}
    </Group>
  );
}

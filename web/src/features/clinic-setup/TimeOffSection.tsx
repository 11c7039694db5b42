import { useState, type ChangeEvent } from 'react';
import { Button, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import type { SetupTimeOff } from '@corium/contracts';
import { clinicDateTime } from '../../lib/clinic-time';
import { FormProblem } from '../../ui/FormProblem';
import { setupApi } from './clinic-setup-api';
import { useSave } from './use-save';
import { instantAt } from './wall-time';

interface TimeOffSectionProps {
  userId: string;
  name: string;
  timeOff: SetupTimeOff[];
  timeZone: string;
  onChanged: () => void;
}

/** Leave, training, illness: not offered anywhere for these times. The reason stays private. */
export function TimeOffSection({ userId, name, timeOff, timeZone, onChanged }: TimeOffSectionProps) {
  const removal = useSave();
  return (
    <Stack gap="sm" component="section" aria-labelledby="time-off-heading">
      <Title order={3} size="h4" id="time-off-heading">
        Time off
      </Title>
      {timeOff.length === 0 ? (
        <Text c="dimmed">No time off ahead.</Text>
      ) : (
        <List spacing="xs" listStyleType="none" aria-label={`Time off of ${name}`}>
          {timeOff.map((off) => (
            <List.Item key={off.id}>
              <Group gap="sm">
                <Text>
                  {clinicDateTime(off.start, timeZone)} – {clinicDateTime(off.end, timeZone)}
                  {off.reason ? ` · ${off.reason}` : ''}
                </Text>
                <Button
                  variant="subtle"
                  color="red"
                  size="compact-sm"
                  aria-label={`Remove time off from ${clinicDateTime(off.start, timeZone)}`}
                  onClick={() =>
                    void removal.save(() => setupApi.removeTimeOff(userId, off.id).then(onChanged))
                  }
                >
                  Remove
                </Button>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      <FormProblem message={removal.problem} />
      <AddTimeOffForm userId={userId} timeZone={timeZone} onAdded={onChanged} />
    </Stack>
  );
}

interface TimeOffValue {
  fromDate: string;
  fromTime: string;
  untilDate: string;
  untilTime: string;
  reason: string;
}

const emptyTimeOff: TimeOffValue = {
  fromDate: '',
  fromTime: '09:00',
  untilDate: '',
  untilTime: '17:00',
  reason: '',
};

function AddTimeOffForm({
  userId,
  timeZone,
  onAdded,
}: {
  userId: string;
  timeZone: string;
  onAdded: () => void;
}) {
  const [value, setValue] = useState(emptyTimeOff);
  const { busy, problem, fields, save } = useSave();
  async function submit() {
    const body = {
      start: instantAt(value.fromDate, value.fromTime, timeZone),
      end: instantAt(value.untilDate || value.fromDate, value.untilTime, timeZone),
      reason: value.reason.trim() || null,
    };
    if (await save(() => setupApi.addTimeOff(userId, body))) {
      setValue(emptyTimeOff);
      onAdded();
    }
  }
  return (
    <form aria-label="Add time off" onSubmit={(e) => (e.preventDefault(), void submit())}>
      <TimeOffFields
        value={value}
        error={fields.end}
        onChange={(patch) => setValue({ ...value, ...patch })}
      />
      <Text size="sm" c="dimmed" mt={4}>
        Times on the clinic’s clock ({timeZone}). Visits already booked in this time stay booked: move them.
      </Text>
      <FormProblem message={problem} />
      <Button type="submit" mt="sm" loading={busy}>
        Add time off
      </Button>
    </form>
  );
}

interface TimeOffFieldsProps {
  value: TimeOffValue;
  error: string | undefined;
  onChange: (patch: Partial<TimeOffValue>) => void;
}

function TimeOffFields({ value, error, onChange }: TimeOffFieldsProps) {
  const input = (field: keyof TimeOffValue) => ({
    value: value[field],
    onChange: (e: ChangeEvent<HTMLInputElement>) => onChange({ [field]: e.currentTarget.value }),
  });
  return (
    <Group align="flex-start" gap="sm" wrap="wrap">
      <TextInput type="date" label="From day" required {...input('fromDate')} w={170} />
      <TextInput type="time" label="From time" required {...input('fromTime')} w={130} />
      <TextInput
        type="date"
        label="Until day"
        description="Empty: the same day"
        {...input('untilDate')}
        error={error}
        w={170}
      />
      <TextInput type="time" label="Until time" required {...input('untilTime')} w={130} />
      <TextInput label="Reason (private)" {...input('reason')} w={220} />
    </Group>
  );
}

import { useState } from 'react';
import type { TimeOfDay } from '@corium/contracts';
import { Alert, Button, Card, Group, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { describeError } from '../../lib/api';
import { FormProblem } from '../../ui/FormProblem';
import { waitlistApi } from './waitlist-api';

interface JoinWaitlistFormProps {
  serviceId: string;
  locationId: string;
  /** The first day the patient was looking at. */
  earliestDate: string;
  onClose: () => void;
}

const addDays = (day: string, days: number): string => {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

/** Joins the waitlist with the chosen days and time of day. */
function useJoin(props: JoinWaitlistFormProps) {
  const [from, setFrom] = useState(props.earliestDate);
  const [until, setUntil] = useState(addDays(props.earliestDate, 27));
  const [timeOfDay, setTimeOfDay] = useState<TimeOfDay>('any');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [joined, setJoined] = useState(false);
  async function join() {
    setBusy(true);
    setProblem(null);
    try {
      const { serviceId, locationId } = props;
      await waitlistApi.join({ serviceId, locationId, earliestDate: from, latestDate: until, timeOfDay });
      setJoined(true);
    } catch (error) {
      setProblem(describeError(error));
    } finally {
      setBusy(false);
    }
  }
  return { from, setFrom, until, setUntil, timeOfDay, setTimeOfDay, busy, problem, joined, join };
}

/** Waits for a time that suits: which days, mornings or afternoons. An e-mail comes when one frees up. */
export function JoinWaitlistForm(props: JoinWaitlistFormProps) {
  const form = useJoin(props);
  if (form.joined) return <Joined />;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="waitlist-heading">
      <Stack gap="sm">
        <Title order={3} size="h4" id="waitlist-heading">
          Join the waitlist
        </Title>
        <Text size="sm">We e-mail you when a time comes free between these days.</Text>
        <Group grow>
          <TextInput
            type="date"
            label="From"
            value={form.from}
            onChange={(e) => form.setFrom(e.currentTarget.value)}
            required
          />
          <TextInput
            type="date"
            label="Until"
            value={form.until}
            onChange={(e) => form.setUntil(e.currentTarget.value)}
            required
          />
        </Group>
        <TimeOfDayChoice value={form.timeOfDay} onChange={form.setTimeOfDay} />
        <FormProblem message={form.problem} />
        <Group gap="sm">
          <Button mih={44} loading={form.busy} onClick={() => void form.join()}>
            Join the waitlist
          </Button>
          <Button mih={44} variant="default" onClick={props.onClose}>
            Not now
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function TimeOfDayChoice({ value, onChange }: { value: TimeOfDay; onChange: (value: TimeOfDay) => void }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id="time-of-day-label">
        Time of day
      </Text>
      <SegmentedControl
        aria-labelledby="time-of-day-label"
        value={value}
        onChange={(chosen) => onChange(chosen as TimeOfDay)}
        data={[
          { value: 'any', label: 'Any time' },
          { value: 'morning', label: 'Mornings' },
          { value: 'afternoon', label: 'Afternoons' },
        ]}
      />
    </Stack>
  );
}

function Joined() {
  return (
    <Alert
      color="green"
      icon={<IconCircleCheck aria-hidden="true" />}
      title="You are on the waitlist"
      role="status"
    >
      When a time that suits you comes free, we e-mail you a link. The time is held for you for a short while,
      so please answer soon.
    </Alert>
  );
}

import { useState } from 'react';
import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { describeError } from '../../lib/api';
import { FormProblem } from '../../ui/FormProblem';
import { waitlistApi } from './waitlist-api';
import { useWaitlistDays, WaitlistDaysFields } from './WaitlistDaysFields';

interface JoinWaitlistFormProps {
  serviceId: string;
  locationId: string;
  /** The first day the patient was looking at. */
  earliestDate: string;
  onClose: () => void;
}

/** Joins the waitlist with the chosen days and time of day. */
function useJoin(props: JoinWaitlistFormProps) {
  const days = useWaitlistDays(props.earliestDate);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [joined, setJoined] = useState(false);
  async function join() {
    setBusy(true);
    setProblem(null);
    try {
      const { serviceId, locationId } = props;
      const { from, until, timeOfDay } = days;
      await waitlistApi.join({ serviceId, locationId, earliestDate: from, latestDate: until, timeOfDay });
      setJoined(true);
    } catch (error) {
      setProblem(describeError(error));
    } finally {
      setBusy(false);
    }
  }
  return { days, busy, problem, joined, join };
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
        <WaitlistDaysFields days={form.days} />
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

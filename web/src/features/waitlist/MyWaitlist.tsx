import { useCallback, useState } from 'react';
import type { WaitlistEntry } from '@corium/contracts';
import { Button, Card, Stack, Text, Title } from '@mantine/core';
import { calendarDate } from '../../lib/clinic-time';
import { describeError } from '../../lib/api';
import { FormProblem } from '../../ui/FormProblem';
import { useResource } from '../../ui/use-resource';
import { waitlistApi } from './waitlist-api';

const timeOfDayWords = { any: 'any time', morning: 'mornings', afternoon: 'afternoons' } as const;

/** The patient's open waitlist entries, each with a way off the list. Nothing shown when there are none. */
export function MyWaitlist() {
  const load = useCallback(() => waitlistApi.own(), []);
  const { resource, reload } = useResource(load);
  if (resource.status !== 'ready') return null;
  const open = resource.data.entries.filter((e) => e.status === 'waiting' || e.status === 'offered');
  if (open.length === 0) return null;
  return (
    <Stack gap="sm" component="section" aria-label="Your waitlist">
      <Title order={2} size="h3">
        On the waitlist
      </Title>
      <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
        {open.map((entry) => (
          <EntryCard key={entry.id} entry={entry} onChanged={reload} />
        ))}
      </Stack>
    </Stack>
  );
}

function EntryCard({ entry, onChanged }: { entry: WaitlistEntry; onChanged: () => void }) {
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function withdraw() {
    setBusy(true);
    try {
      await waitlistApi.withdrawOwn(entry.id);
      onChanged();
    } catch (error) {
      setProblem(describeError(error));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Card component="li" withBorder padding="md">
      <Text fw={700}>{entry.service.name}</Text>
      <Text size="sm">
        {calendarDate(entry.earliestDate)} – {calendarDate(entry.latestDate)},{' '}
        {timeOfDayWords[entry.timeOfDay]}
        {entry.practitioner ? `, with ${entry.practitioner.displayName}` : ''}
      </Text>
      {entry.status === 'offered' && <Text size="sm">A time has been offered to you by e-mail.</Text>}
      <FormProblem message={problem} />
      <Button mt="sm" mih={44} variant="default" loading={busy} onClick={() => void withdraw()}>
        Leave the waitlist
      </Button>
    </Card>
  );
}

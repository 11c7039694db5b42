import { useState } from 'react';
import type { WaitlistEntry } from '@corium/contracts';
import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { calendarDate } from '../../lib/clinic-time';
import { TakeOffWaitlistDialog } from './TakeOffWaitlistDialog';
import { timeOfDayWords } from './WaitlistDaysFields';

interface PatientWaitlistProps {
  entries: WaitlistEntry[];
  /** Absent for a role that may not take a patient off. */
  onChanged?: () => void;
}

/** The patient's own entries still waiting or offered a time, on their record; nothing when none. */
export function PatientWaitlist({ entries, onChanged }: PatientWaitlistProps) {
  const [takingOff, setTakingOff] = useState<WaitlistEntry | null>(null);
  const open = entries.filter((e) => e.status === 'waiting' || e.status === 'offered');
  if (open.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="patient-waitlist-heading">
      <Title order={3} size="h5" id="patient-waitlist-heading">
        On the waitlist
      </Title>
      {open.map((entry) => (
        <Card key={entry.id} withBorder padding="sm">
          <Group justify="space-between" wrap="nowrap">
            <Stack gap={2}>
              <Text fw={600}>
                {entry.service.name} · {entry.location.name}
              </Text>
              <Text size="sm">
                {calendarDate(entry.earliestDate)} – {calendarDate(entry.latestDate)},{' '}
                {timeOfDayWords[entry.timeOfDay].toLowerCase()}
                {entry.practitioner ? `, with ${entry.practitioner.displayName}` : ''}
              </Text>
            </Stack>
            <Group gap="sm" wrap="nowrap">
              {entry.status === 'offered' && <Badge color="orange">Offered a time</Badge>}
              {onChanged && (
                <Button size="xs" variant="default" onClick={() => setTakingOff(entry)}>
                  Take off the waitlist
                </Button>
              )}
            </Group>
          </Group>
        </Card>
      ))}
      {takingOff && onChanged && (
        <TakeOffWaitlistDialog
          entry={takingOff}
          onClose={() => setTakingOff(null)}
          onTakenOff={() => {
            setTakingOff(null);
            onChanged();
          }}
        />
      )}
    </Stack>
  );
}

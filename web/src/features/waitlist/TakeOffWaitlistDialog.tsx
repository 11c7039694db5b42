import { useState } from 'react';
import type { WaitlistEntry } from '@corium/contracts';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { describeError } from '../../lib/api';
import { calendarDate } from '../../lib/clinic-time';
import { FormProblem } from '../../ui/FormProblem';
import { waitlistApi } from './waitlist-api';

interface TakeOffWaitlistDialogProps {
  entry: WaitlistEntry;
  onClose: () => void;
  onTakenOff: () => void;
}

/** Asks before taking a patient off the waitlist; a time already offered to them goes to the next. */
export function TakeOffWaitlistDialog({ entry, onClose, onTakenOff }: TakeOffWaitlistDialogProps) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  async function takeOff() {
    setBusy(true);
    setProblem(null);
    try {
      await waitlistApi.withdraw(entry.patient.id, entry.id);
      onTakenOff();
    } catch (error) {
      setProblem(describeError(error));
      setBusy(false);
    }
  }
  return (
    <Modal opened onClose={onClose} title="Take off the waitlist?" centered>
      <Stack gap="md">
        <Text>
          {entry.patient.displayName} will no longer be offered times for {entry.service.name} between{' '}
          {calendarDate(entry.earliestDate)} and {calendarDate(entry.latestDate)}.
          {entry.status === 'offered' && ' The time offered to them now goes to the next patient waiting.'}
        </Text>
        <FormProblem message={problem} title="Not taken off" />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={busy}>
            Keep waiting
          </Button>
          <Button color="red.9" loading={busy} onClick={() => void takeOff()}>
            Take off the waitlist
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

import { useState } from 'react';
import type { Appointment } from '@corium/contracts';
import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { describeError } from '../../lib/api';
import { FormProblem } from '../../ui/FormProblem';
import { bookingApi } from './booking-api';

interface CancelVisitDialogProps {
  appointment: Appointment;
  onClose: () => void;
  onCancelled: (cancelled: Appointment) => void;
}

/** Cancels a visit with the reason on record; its times are free again at once. */
export function CancelVisitDialog({ appointment, onClose, onCancelled }: CancelVisitDialogProps) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const tooShort = reason.trim().length < 3;

  async function cancel() {
    setBusy(true);
    setProblem(null);
    try {
      onCancelled(await bookingApi.cancel(appointment.patient.id, appointment.id, reason.trim()));
    } catch (error) {
      setProblem(describeError(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={`Cancel ${appointment.patient.displayName}’s visit`}>
      <Stack gap="md">
        <Textarea
          label="Reason"
          description="Kept with the appointment, e.g. “Patient asked to come later in the month”."
          required
          minRows={2}
          maxLength={500}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          data-autofocus
        />
        <FormProblem message={problem} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={busy}>
            Keep the visit
          </Button>
          <Button color="red.9" disabled={tooShort} loading={busy} onClick={() => void cancel()}>
            Cancel the visit
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

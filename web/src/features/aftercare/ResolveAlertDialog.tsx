import { useState } from 'react';
import type { AftercareAlert } from '@corium/contracts';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { describeError } from '../../lib/api';
import { FormProblem } from '../../ui/FormProblem';
import { aftercareApi } from './aftercare-api';

interface ResolveAlertDialogProps {
  alert: AftercareAlert;
  onClose: () => void;
  onResolved: () => void;
}

function useResolve(alertId: string, onResolved: () => void) {
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function resolve() {
    if (note.trim().length < 3) {
      setError('Say what was done, in a few words');
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      await aftercareApi.resolve(alertId, note.trim());
      onResolved();
    } catch (problem) {
      setFailure(describeError(problem));
      setBusy(false);
    }
  }
  const edit = (text: string) => {
    setNote(text);
    setError(null);
  };
  return { note, edit, error, failure, busy, resolve };
}

/** Closing an alert says what was done: the note stays with the alert for the record. */
export function ResolveAlertDialog({ alert, onClose, onResolved }: ResolveAlertDialogProps) {
  const { note, edit, error, failure, busy, resolve } = useResolve(alert.id, onResolved);
  return (
    <Modal opened onClose={onClose} title={`Resolve the alert for ${alert.patient.name}`} centered>
      <Stack gap="md">
        <Text>The alert leaves the dashboard; it stays on the patient’s Aftercare tab with this note.</Text>
        <Textarea
          label="What was done"
          description="e.g. Called the patient, seen in clinic, antibiotics started"
          required
          autosize
          minRows={3}
          maxLength={2000}
          data-autofocus
          value={note}
          error={error}
          onChange={(event) => edit(event.currentTarget.value)}
        />
        <FormProblem message={failure} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button loading={busy} onClick={() => void resolve()}>
            Resolve alert
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

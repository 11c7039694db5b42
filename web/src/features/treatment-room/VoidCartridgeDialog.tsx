import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { FormProblem } from '../../ui/FormProblem';

interface VoidCartridgeDialogProps {
  what: string;
  onClose: () => void;
  /** Resolves to the refusal's sentence, or null once voided. */
  onVoid: (reason: string) => Promise<string | null>;
}

/** A cartridge charted by mistake: voided with a reason, before signing. */
export function VoidCartridgeDialog({ what, onClose, onVoid }: VoidCartridgeDialogProps) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function confirm() {
    if (reason.trim().length < 3) return setError('Say why this entry was a mistake');
    setBusy(true);
    const refusal = await onVoid(reason.trim());
    setBusy(false);
    if (refusal) setProblem(refusal);
    else onClose();
  }

  return (
    <Modal opened onClose={onClose} title="Void this cartridge entry" centered>
      <Stack gap="md">
        <Text>{what}</Text>
        <Textarea
          label="Why it was a mistake"
          required
          autosize
          minRows={2}
          data-autofocus
          value={reason}
          error={error}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            setError(null);
          }}
        />
        <FormProblem message={problem} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={busy}>
            Keep it
          </Button>
          <Button color="red.9" loading={busy} onClick={() => void confirm()}>
            Void entry
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

import { useState } from 'react';
import type { ErasureRequest } from '@corium/contracts';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { describeError } from '../../lib/api';
import { FormProblem } from '../../ui/FormProblem';
import { privacyApi } from './privacy-api';

interface ErasureDecisionProps {
  request: ErasureRequest;
  decision: 'carry-out' | 'decline';
  onClose: () => void;
  onDecided: () => void;
}

const words = {
  'carry-out': {
    title: 'Carry out this erasure?',
    label: 'How you checked it is the patient’s own request',
    confirm: 'Erase now',
    explain:
      'What the table lists as deleted goes now, in one step that cannot be undone. The clinical record is kept and hidden: opening it will need a written reason.',
  },
  decline: {
    title: 'Decline this request?',
    label: 'Why it is declined (the patient can be told this)',
    confirm: 'Decline the request',
    explain: 'Nothing is erased. The request stays on record with your reason.',
  },
} as const;

/** The admin's decision on an erasure request, with the note it is recorded with. */
export function ErasureDecision({ request, decision, onClose, onDecided }: ErasureDecisionProps) {
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const w = words[decision];
  const tooShort = note.trim().length < 10;
  const decide = () => {
    setBusy(true);
    setProblem(null);
    const call = decision === 'carry-out' ? privacyApi.carryOut : privacyApi.decline;
    call(request.id, note)
      .then(onDecided, (error: unknown) => setProblem(describeError(error)))
      .finally(() => setBusy(false));
  };
  return (
    <Modal opened onClose={onClose} title={w.title} size="lg">
      <Stack gap="md">
        <Text>
          {request.patientName}: {w.explain}
        </Text>
        <Textarea
          label={w.label}
          description="At least 10 characters."
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          required
          autosize
          minRows={2}
          maxLength={2000}
          data-autofocus
        />
        <FormProblem message={problem} title="The decision could not be saved" />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            color={decision === 'carry-out' ? 'red' : undefined}
            onClick={decide}
            loading={busy}
            disabled={tooShort}
          >
            {w.confirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

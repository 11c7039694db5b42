import { useState } from 'react';
import { BREAK_GLASS_MINUTES } from '@corium/contracts';
import { Alert, Button, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconLockOpen } from '@tabler/icons-react';
import { describeError } from '../../lib/api';
import { FormProblem } from '../../ui/FormProblem';
import { privacyApi } from './privacy-api';

interface BreakGlassPromptProps {
  patientId: string;
  /** Called once access is granted: the page loads the record again. */
  onOpened: () => void;
}

/**
 * Shown instead of a restricted record: the patient asked for erasure and the record is kept
 * only because the law requires it. Opening it needs a written reason, is time-limited and is
 * reviewed by an admin.
 */
export function BreakGlassPrompt({ patientId, onOpened }: BreakGlassPromptProps) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const open = () => {
    setBusy(true);
    setProblem(null);
    privacyApi
      .breakGlass(patientId, reason)
      .then(onOpened, (error: unknown) => setProblem(describeError(error)))
      .finally(() => setBusy(false));
  };
  return (
    <Stack gap="md" maw={640}>
      <Title order={1}>This record is restricted</Title>
      <Alert color="orange" title="Break-glass access">
        The patient asked for their data to be erased. Their clinical record is kept only because the law
        requires it. To open it, say why you need it. You will have {BREAK_GLASS_MINUTES} minutes; your reason
        is recorded and an administrator reviews it.
      </Alert>
      <Textarea
        label="Why do you need to open this record?"
        description="At least 10 characters, e.g. “The patient came back with a reaction and I need their last treatment.”"
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        required
        autosize
        minRows={3}
        maxLength={1000}
      />
      <FormProblem message={problem} title="The record could not be opened" />
      <div>
        <Button
          color="orange"
          leftSection={<IconLockOpen size={18} aria-hidden="true" />}
          onClick={open}
          loading={busy}
          disabled={reason.trim().length < 10}
        >
          Open the record
        </Button>
      </div>
      <Text size="sm" c="dimmed">
        If you do not need it, go back: nothing is recorded until you open it.
      </Text>
    </Stack>
  );
}

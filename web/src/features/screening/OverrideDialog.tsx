import { useState } from 'react';
import { overrideRequest, type PatientScreening, type ScreeningFinding } from '@corium/contracts';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { describeError, isApiError } from '../../lib/api';
import { FormProblem } from '../../ui/FormProblem';
import { screeningApi } from './screening-api';

interface OverrideDialogProps {
  patientId: string;
  screening: PatientScreening;
  finding: ScreeningFinding;
  /** The prescriber signing, by name, as the record will show them. */
  signerName: string;
  onSigned: (screening: PatientScreening) => void;
  onClose: () => void;
}

interface Problems {
  reason?: string;
  form: string | null;
}

function refusal(error: unknown): Problems {
  if (isApiError(error, 'VALIDATION_FAILED')) {
    const issue = error.fieldIssues.find((field) => field.path === 'reason');
    if (issue) return { reason: issue.message, form: null };
  }
  return { form: describeError(error) };
}

// The contract asks for 10 characters at least: a reason a colleague can read later.
const REASON_NEEDED = 'Give the reason in a sentence, at least 10 characters';

/** Checks the reason here first, so a short one is explained beside the field before anything is sent. */
function useSigning({ patientId, screening, finding, onSigned }: OverrideDialogProps) {
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Problems>({ form: null });
  const [busy, setBusy] = useState(false);

  async function sign() {
    const body = { ruleId: finding.ruleId, reason };
    const reasonError = overrideRequest.safeParse(body).success ? undefined : REASON_NEEDED;
    setProblems({ reason: reasonError, form: null });
    if (reasonError) return;
    setBusy(true);
    try {
      onSigned(await screeningApi.signOverride(patientId, screening.id, overrideRequest.parse(body)));
    } catch (error) {
      setProblems(refusal(error));
    } finally {
      setBusy(false);
    }
  }

  return { reason, setReason, problems, busy, sign };
}

/** A prescriber's signed override of one finding: a reason in a sentence, and their name on it. */
export function OverrideDialog(props: OverrideDialogProps) {
  const { finding, signerName, onClose } = props;
  const { reason, setReason, problems, busy, sign } = useSigning(props);
  return (
    <Modal opened onClose={onClose} title={`Sign an override of ${finding.ruleId}`} centered size="lg">
      <Stack gap="md">
        <Text>{finding.reason}</Text>
        <Textarea
          label="Why treatment may go ahead"
          description="At least 10 characters. It is kept in the patient’s record with your name and the time."
          autosize
          minRows={3}
          maxRows={10}
          data-autofocus
          value={reason}
          error={problems.reason}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
        <Text size="sm">
          You sign as <strong>{signerName}</strong>, prescriber.
        </Text>
        <FormProblem message={problems.form} title="The override was not signed" />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button loading={busy} onClick={() => void sign()}>
            Sign as {signerName}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

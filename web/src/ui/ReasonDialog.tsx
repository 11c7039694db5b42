import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { describeError } from '../lib/api';
import { FormProblem } from './FormProblem';

interface ReasonDialogProps {
  title: string;
  /** What confirming means, in plain words, above the reason. */
  explanation: string;
  label: string;
  description: string;
  maxLength: number;
  /** The request's own schema check, so the dialog refuses what the server would. */
  accepts: (reason: string) => boolean;
  invalidMessage: string;
  confirmLabel: string;
  /** Red by default: most of these steps cannot be undone. */
  confirmColor?: string;
  /** The title of the problem shown when the server refuses, e.g. "Not removed". */
  failureTitle: string;
  /** Called with the trimmed reason; the dialog shows the failure when it rejects. */
  onConfirm: (reason: string) => Promise<void>;
  onClose: () => void;
  size?: string;
}

function useReason({ accepts, invalidMessage, onConfirm }: ReasonDialogProps) {
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!accepts(reason)) {
      setReasonError(invalidMessage);
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      await onConfirm(reason.trim());
    } catch (error) {
      setFailure(describeError(error));
    } finally {
      setBusy(false);
    }
  }
  const change = (value: string) => {
    setReason(value);
    if (reasonError && value.trim() !== '') setReasonError(null);
  };
  return { reason, change, reasonError, failure, busy, submit };
}

/**
 * A step that needs a recorded reason (withdrawing a consent, removing a photo, a prescriber's
 * override): what it means, the reason, and a button to confirm.
 */
export function ReasonDialog(props: ReasonDialogProps) {
  const { title, explanation, label, description, maxLength, confirmLabel, failureTitle, onClose } = props;
  const dialog = useReason(props);
  return (
    <Modal opened onClose={onClose} title={title} centered size={props.size}>
      <form onSubmit={(event) => void dialog.submit(event)} noValidate>
        <Stack gap="md">
          <Text>{explanation}</Text>
          <Textarea
            label={label}
            description={description}
            value={dialog.reason}
            onChange={(event) => dialog.change(event.currentTarget.value)}
            error={dialog.reasonError}
            required
            autosize
            minRows={2}
            maxLength={maxLength}
            data-autofocus
          />
          <FormProblem message={dialog.failure} title={failureTitle} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={dialog.busy}>
              Cancel
            </Button>
            <Button type="submit" color={props.confirmColor ?? 'red.9'} loading={dialog.busy}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

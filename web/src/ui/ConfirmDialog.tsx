import { useState, type ReactNode } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { describeError } from '../lib/api';
import { FormProblem } from './FormProblem';

interface ConfirmDialogProps {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Red for what locks someone out or cannot be undone. */
  danger?: boolean;
  /** The dialog closes when this resolves, and shows the failure when it rejects. */
  onConfirm: () => Promise<void>;
  onClose: () => void;
  /**
   * Where focus goes once a confirmed dialog has closed, for when confirming removes the button
   * that opened it (e.g. "Revoke"). Otherwise, and after "Cancel", focus returns to that button.
   */
  focusAfterClose?: () => void;
}

/** Runs the confirmed action; keeps the dialog open, with the reason, when it fails. */
function useConfirmation(onConfirm: () => Promise<void>, onClose: () => void) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [confirmed, setConfirmed] = useState(false);

  function close() {
    setFailure(null);
    setConfirmed(false);
    onClose();
  }

  async function confirm() {
    setBusy(true);
    setFailure(null);
    setConfirmed(false);
    try {
      await onConfirm();
      setConfirmed(true);
      onClose();
    } catch (error) {
      setFailure(describeError(error));
    } finally {
      setBusy(false);
    }
  }

  return { busy, failure, confirmed, close, confirm };
}

export function ConfirmDialog(props: ConfirmDialogProps) {
  const {
    opened,
    title,
    children,
    confirmLabel,
    danger = false,
    onConfirm,
    onClose,
    focusAfterClose,
  } = props;
  const { busy, failure, confirmed, close, confirm } = useConfirmation(onConfirm, onClose);
  const moveFocus = confirmed ? focusAfterClose : undefined;

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={title}
      centered
      returnFocus={!moveFocus}
      onExitTransitionEnd={moveFocus}
    >
      <Stack gap="md">
        <Text>{children}</Text>
        <FormProblem message={failure} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close} disabled={busy}>
            Cancel
          </Button>
          <Button color={danger ? 'red.9' : undefined} loading={busy} onClick={() => void confirm()}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

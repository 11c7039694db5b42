import { useState, type FormEvent } from 'react';
import { removePhotoRequest, type Photo } from '@corium/contracts';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { describeError } from '../../lib/api';
import { FormProblem } from '../../ui/FormProblem';
import { viewLabel } from './photo-groups';

interface RemovePhotoDialogProps {
  photo: Photo;
  date: string;
  onRemove: (photo: Photo, reason: string) => Promise<void>;
  onClose: () => void;
}

function useRemoval({ photo, onRemove }: RemovePhotoDialogProps) {
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!removePhotoRequest.safeParse({ reason }).success) {
      setReasonError('Say why in a few words (at most 500 characters)');
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      await onRemove(photo, reason.trim());
    } catch (error) {
      setFailure(describeError(error));
      setBusy(false);
    }
  }
  const change = (value: string) => {
    setReason(value);
    if (reasonError && value.trim() !== '') setReasonError(null);
  };
  return { reason, change, reasonError, failure, busy, submit };
}

/** Taking a photo out of the record: what it means, the reason, and a red button to confirm. */
export function RemovePhotoDialog(props: RemovePhotoDialogProps) {
  const { photo, date, onClose } = props;
  const removal = useRemoval(props);
  return (
    <Modal opened onClose={onClose} title={`Remove the ${viewLabel(photo)} photo of ${date}?`} centered>
      <form onSubmit={(event) => void removal.submit(event)} noValidate>
        <Stack gap="md">
          <Text>
            The image is deleted and no longer shown or compared anywhere. The record keeps a note that a
            photo was taken, who removed it, when and why.
          </Text>
          <Textarea
            label="Why is it removed?"
            description="For example: taken of the wrong patient, blurred, or the patient asked."
            value={removal.reason}
            onChange={(event) => removal.change(event.currentTarget.value)}
            error={removal.reasonError}
            required
            autosize
            minRows={2}
            maxLength={500}
            data-autofocus
          />
          <FormProblem message={removal.failure} title="Not removed" />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={removal.busy}>
              Cancel
            </Button>
            <Button type="submit" color="red.9" loading={removal.busy}>
              Remove photo
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

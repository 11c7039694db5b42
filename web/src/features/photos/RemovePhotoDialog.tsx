import { removePhotoRequest, type Photo } from '@corium/contracts';
import { ReasonDialog } from '../../ui/ReasonDialog';
import { viewLabel } from './photo-groups';

interface RemovePhotoDialogProps {
  photo: Photo;
  date: string;
  onRemove: (photo: Photo, reason: string) => Promise<void>;
  onClose: () => void;
}

/** Taking a photo out of the record: what it means, the reason, and a red button to confirm. */
export function RemovePhotoDialog({ photo, date, onRemove, onClose }: RemovePhotoDialogProps) {
  return (
    <ReasonDialog
      title={`Remove the ${viewLabel(photo)} photo of ${date}?`}
      explanation="The image is deleted and no longer shown or compared anywhere. The record keeps a note that a photo was taken, who removed it, when and why."
      label="Why is it removed?"
      description="For example: taken of the wrong patient, blurred, or the patient asked."
      maxLength={500}
      accepts={(reason) => removePhotoRequest.safeParse({ reason }).success}
      invalidMessage="Say why in a few words (at most 500 characters)"
      confirmLabel="Remove photo"
      failureTitle="Not removed"
      onConfirm={(reason) => onRemove(photo, reason)}
      onClose={onClose}
    />
  );
}

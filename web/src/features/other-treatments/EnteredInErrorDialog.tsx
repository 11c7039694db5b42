import { otherTreatmentEnteredInErrorRequest, type OtherTreatment } from '@corium/contracts';
import { calendarDate } from '../../lib/clinic-time';
import { ReasonDialog } from '../../ui/ReasonDialog';
import { kindWords } from './other-treatment-words';
import { otherTreatmentsApi } from './other-treatments-api';

interface EnteredInErrorDialogProps {
  record: OtherTreatment;
  onWithdrawn: () => void;
  onClose: () => void;
}

/** Withdraws a record entered in error (e.g. on the wrong patient), with the reason; red, as it is final. */
export function EnteredInErrorDialog({ record, onWithdrawn, onClose }: EnteredInErrorDialogProps) {
  return (
    <ReasonDialog
      title={`Entered in error: ${kindWords[record.kind].toLowerCase()} of ${calendarDate(record.date)}`}
      explanation="The record stays in the history, marked entered in error; booking no longer takes it into account."
      label="Reason"
      description="Kept with the record, e.g. “Recorded on the wrong patient”."
      maxLength={500}
      accepts={(reason) => otherTreatmentEnteredInErrorRequest.safeParse({ reason }).success}
      invalidMessage="Give a reason of at least 3 characters"
      confirmLabel="Mark entered in error"
      failureTitle="Not marked"
      onConfirm={async (reason) => {
        await otherTreatmentsApi.enteredInError(record.patientId, record.id, reason);
        onWithdrawn();
      }}
      onClose={onClose}
    />
  );
}

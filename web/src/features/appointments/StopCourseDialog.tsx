import { stopTreatmentSeriesRequest, type TreatmentSeries } from '@corium/contracts';
import { ReasonDialog } from '../../ui/ReasonDialog';
import { momentLabel } from '../calendar/calendar-time';
import { bookingApi } from './booking-api';

interface StopCourseDialogProps {
  series: TreatmentSeries;
  /** The course's visits still booked and ahead: what stopping cancels. */
  visitsAhead: TreatmentSeries['appointments'];
  timeZone: string;
  onClose: () => void;
  onStopped: () => void;
}

/** What stopping means for this course, in plain words: which booked visits are cancelled. */
function explanation({ visitsAhead, timeZone }: StopCourseDialogProps): string {
  const after = ' The course keeps its record, and no more sessions can be booked for it.';
  if (visitsAhead.length === 0) return `No visits of this course are booked ahead.${after}`;
  const visits = visitsAhead.map((a) => `session ${a.sessionNumber} on ${momentLabel(a.start, timeZone)}`);
  return `These booked visits will be cancelled, and the patient told: ${visits.join('; ')}.${after}`;
}

/** Stops a course with a recorded reason; its booked visits ahead are cancelled with that reason. */
export function StopCourseDialog(props: StopCourseDialogProps) {
  const { series, onClose, onStopped } = props;
  return (
    <ReasonDialog
      title="Stop this course"
      explanation={explanation(props)}
      label="Reason"
      description="Kept with the course and given as the reason for each cancelled visit, e.g. “Patient moving abroad”."
      maxLength={500}
      accepts={(reason) => stopTreatmentSeriesRequest.safeParse({ reason }).success}
      invalidMessage="Give a reason of at least 3 characters"
      confirmLabel="Stop the course"
      failureTitle="Not stopped"
      onConfirm={async (reason) => {
        await bookingApi.stopSeries(series.patientId, series.id, reason);
        onStopped();
      }}
      onClose={onClose}
    />
  );
}

import type { AftercareAlert } from '@corium/contracts';
import { AdverseEventModal } from './AdverseEventModal';
import { ResolveAlertDialog } from './ResolveAlertDialog';

/** The dialog an alert (or the Aftercare tab) opened: resolving it, or recording an adverse event. */
export type AlertDialog =
  | { kind: 'resolve'; alert: AftercareAlert }
  | { kind: 'record'; patientId: string; sessionId: string; alert: AftercareAlert | null };

interface AlertDialogsProps {
  dialog: AlertDialog | null;
  onClose: () => void;
  onChanged: () => void;
}

export function AlertDialogs({ dialog, onClose, onChanged }: AlertDialogsProps) {
  if (!dialog) return null;
  if (dialog.kind === 'resolve') {
    return (
      <ResolveAlertDialog
        alert={dialog.alert}
        onClose={onClose}
        onResolved={() => {
          onClose();
          onChanged();
        }}
      />
    );
  }
  return (
    <AdverseEventModal
      patientId={dialog.patientId}
      sessionId={dialog.sessionId}
      alert={dialog.alert}
      onClose={onClose}
      onRecorded={onChanged}
    />
  );
}

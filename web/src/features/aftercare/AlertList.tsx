import type { AftercareAlert } from '@corium/contracts';
import { Stack } from '@mantine/core';
import { useCurrentUser } from '../auth/session';
import type { AlertDialog } from './AlertDialogs';
import { AlertCard } from './AlertCard';

interface AlertListProps {
  alerts: readonly AftercareAlert[];
  onChanged: () => void;
  onDialog: (dialog: AlertDialog) => void;
}

export function AlertList({ alerts, onChanged, onDialog }: AlertListProps) {
  const { timeZone } = useCurrentUser().clinic;
  return (
    <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
      {alerts.map((alert) => (
        <AlertCard
          key={alert.id}
          alert={alert}
          timeZone={timeZone}
          onChanged={onChanged}
          onResolve={(a) => onDialog({ kind: 'resolve', alert: a })}
          onRecordEvent={(a) =>
            onDialog({ kind: 'record', patientId: a.patient.id, sessionId: a.sessionId, alert: a })
          }
        />
      ))}
    </Stack>
  );
}

import { useState } from 'react';
import type { Appointment } from '@corium/contracts';
import { Button, Text } from '@mantine/core';
import { IconClipboardHeart, IconDoorEnter } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { describeError } from '../../lib/api';
import { clinicDay, clinicTime } from '../../lib/clinic-time';
import { useNow } from '../../ui/use-now';
import { may } from '../auth/roles';
import { useCurrentUser } from '../auth/session';
import { chartingApi } from './charting-api';

interface TreatmentRoomActionsProps {
  appointment: Appointment;
  onChanged: (changed: Appointment) => void;
}

const startAddress = (a: Appointment) => `/staff/patients/${a.patient.id}/appointments/${a.id}/start`;

function CheckInButton({ appointment, onChanged }: TreatmentRoomActionsProps) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  async function checkIn() {
    setBusy(true);
    setProblem(null);
    try {
      onChanged(await chartingApi.checkIn(appointment.patient.id, appointment.id));
    } catch (error) {
      setProblem(describeError(error));
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <Button
        leftSection={<IconDoorEnter size={18} aria-hidden="true" />}
        loading={busy}
        onClick={() => void checkIn()}
      >
        Check in
      </Button>
      {problem && (
        <Text size="sm" c="var(--mantine-color-error)" role="alert">
          {problem}
        </Text>
      )}
    </>
  );
}

/**
 * Check in a booked visit on its day; once the patient is in, the clinician starts the session
 * (or opens its chart: the start page goes straight to a chart already begun).
 */
export function TreatmentRoomActions({ appointment, onChanged }: TreatmentRoomActionsProps) {
  const { user, clinic } = useCurrentUser();
  const now = useNow();
  const today = clinicDay(new Date(appointment.start), clinic.timeZone) === clinicDay(now, clinic.timeZone);
  const booked = appointment.status === 'booked';
  if (booked && !appointment.checkedIn && today && may(user.role, 'checkInPatients')) {
    return <CheckInButton appointment={appointment} onChanged={onChanged} />;
  }
  const completed = appointment.status === 'completed';
  const canOpen =
    appointment.service.kind === 'treatment' &&
    may(user.role, 'chartSessions') &&
    (completed || (booked && appointment.checkedIn));
  return (
    <>
      {booked && appointment.checkedIn && (
        <Text size="sm">Checked in at {clinicTime(new Date(appointment.checkedIn.at), clinic.timeZone)}</Text>
      )}
      {canOpen && (
        <Button
          component={Link}
          to={startAddress(appointment)}
          leftSection={<IconClipboardHeart size={18} aria-hidden="true" />}
        >
          {completed ? 'Open chart' : 'Start session'}
        </Button>
      )}
    </>
  );
}

import { useState } from 'react';
import type { Appointment } from '@corium/contracts';
import { Button, Group } from '@mantine/core';
import { IconArrowsMove, IconUserX, IconX } from '@tabler/icons-react';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useNow } from '../../ui/use-now';
import { bookingApi } from './booking-api';
import { CancelVisitDialog } from './CancelVisitDialog';
import { MoveVisitDialog } from './MoveVisitDialog';
import { TreatmentRoomActions } from '../treatment-room/TreatmentRoomActions';
import type { BookingCatalog } from './use-booking-catalog';

interface VisitActionsProps {
  appointment: Appointment;
  catalog: BookingCatalog;
  /** Called with the visit as the server now has it. */
  onChanged: (changed: Appointment) => void;
}

type Open = 'move' | 'cancel' | 'no-show' | null;

/** Move, cancel, or record a no-show: only for a visit still booked; a no-show once it has begun. */
export function VisitActions({ appointment, catalog, onChanged }: VisitActionsProps) {
  const [open, setOpen] = useState<Open>(null);
  const begun = Date.parse(appointment.start) <= useNow().getTime();
  // Check-in and the treatment room; a completed visit still opens its chart.
  const room = <TreatmentRoomActions appointment={appointment} onChanged={onChanged} />;
  if (appointment.status !== 'booked') return <Group gap="sm">{room}</Group>;
  const done = (changed: Appointment) => {
    setOpen(null);
    onChanged(changed);
  };
  return (
    <Group gap="sm">
      {room}
      <ActionButtons begun={begun} onOpen={setOpen} />
      <VisitDialogs
        open={open}
        appointment={appointment}
        catalog={catalog}
        onClose={() => setOpen(null)}
        onDone={done}
      />
    </Group>
  );
}

function ActionButtons({ begun, onOpen }: { begun: boolean; onOpen: (open: Open) => void }) {
  return (
    <>
      {!begun && (
        <Button
          variant="default"
          leftSection={<IconArrowsMove size={18} aria-hidden="true" />}
          onClick={() => onOpen('move')}
        >
          Move…
        </Button>
      )}
      <Button
        variant="default"
        leftSection={<IconX size={18} aria-hidden="true" />}
        onClick={() => onOpen('cancel')}
      >
        Cancel visit…
      </Button>
      {begun && (
        <Button
          variant="default"
          leftSection={<IconUserX size={18} aria-hidden="true" />}
          onClick={() => onOpen('no-show')}
        >
          Record no-show…
        </Button>
      )}
    </>
  );
}

interface VisitDialogsProps {
  open: Open;
  appointment: Appointment;
  catalog: BookingCatalog;
  onClose: () => void;
  onDone: (changed: Appointment) => void;
}

function VisitDialogs({ open, appointment, catalog, onClose, onDone }: VisitDialogsProps) {
  return (
    <>
      {open === 'move' && (
        <MoveVisitDialog appointment={appointment} catalog={catalog} onClose={onClose} onMoved={onDone} />
      )}
      {open === 'cancel' && (
        <CancelVisitDialog appointment={appointment} onClose={onClose} onCancelled={onDone} />
      )}
      <ConfirmDialog
        opened={open === 'no-show'}
        title="Record a no-show"
        confirmLabel="Record no-show"
        onClose={onClose}
        onConfirm={async () => onDone(await bookingApi.recordNoShow(appointment.patient.id, appointment.id))}
      >
        {appointment.patient.displayName} did not come to this visit. It stays on their record as missed.
      </ConfirmDialog>
    </>
  );
}

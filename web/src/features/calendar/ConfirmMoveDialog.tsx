import { useState } from 'react';
import type { Appointment, RescheduleAppointmentRequest } from '@corium/contracts';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { bookingApi } from '../appointments/booking-api';
import { noteWarnings } from '../appointments/booking-warnings';
import { refusalOf, type Refusal } from '../appointments/booking-words';
import { RefusalAlert } from '../appointments/RefusalAlert';
import { SpacingOverride } from '../appointments/SpacingOverride';
import type { PlacedBlock } from './calendar-layout';
import { rescheduleFromDrop, type DropTarget } from './calendar-moves';
import { momentLabel } from './calendar-time';

export interface PendingMove {
  block: PlacedBlock;
  target: DropTarget;
}

interface ConfirmMoveDialogProps {
  move: PendingMove;
  timeZone: string;
  /** Closed without moving, or after a refusal: the block goes back where it was. */
  onClose: () => void;
  onMoved: (moved: Appointment) => void;
}

/** The reschedule the drop asks for; a prescriber may repeat it with a spacing override. */
function useDropMove(
  appointment: Appointment,
  body: RescheduleAppointmentRequest,
  onMoved: ConfirmMoveDialogProps['onMoved'],
) {
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const reschedule = async (spacingOverride?: { reason: string }) => {
    const moved = await bookingApi.reschedule(appointment.patient.id, appointment.id, {
      ...body,
      ...(spacingOverride && { spacingOverride }),
    });
    noteWarnings([moved]);
    return moved;
  };
  async function confirm() {
    setBusy(true);
    try {
      onMoved(await reschedule());
    } catch (error) {
      setRefusal(refusalOf(error));
    } finally {
      setBusy(false);
    }
  }
  /** The override dialog shows its own refusal, so this rejects instead of storing it. */
  const moveWithOverride = async (reason: string) => onMoved(await reschedule({ reason }));
  return { busy, refusal, confirm, moveWithOverride };
}

/** "From … → to …", then the reschedule; a refusal is said in plain words, and nothing moves. */
export function ConfirmMoveDialog({ move, timeZone, onClose, onMoved }: ConfirmMoveDialogProps) {
  const { block, target } = move;
  const { appointment } = block;
  const body = rescheduleFromDrop(block, target, timeZone);
  const { busy, refusal, confirm, moveWithOverride } = useDropMove(appointment, body, onMoved);
  const otherResource = target.column.resourceId !== block.column.resourceId;

  return (
    <Modal opened onClose={onClose} title="Move this visit?">
      <Stack gap="md">
        <Text>
          {appointment.patient.displayName}, {appointment.service.name}
        </Text>
        <Text fw={600} data-testid="move-summary">
          {momentLabel(appointment.start, timeZone)} ({block.column.label}) →{' '}
          {momentLabel(body.start, timeZone)}
          {otherResource ? ` (${target.column.label})` : ` (${block.column.label})`}
        </Text>
        <RefusalAlert refusal={refusal}>
          <SpacingOverride refusal={refusal} action="move" onOverride={moveWithOverride} />
        </RefusalAlert>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={busy}>
            {refusal ? 'Back to the calendar' : 'Keep it where it was'}
          </Button>
          {!refusal && (
            <Button loading={busy} onClick={() => void confirm()} data-autofocus>
              Move
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}

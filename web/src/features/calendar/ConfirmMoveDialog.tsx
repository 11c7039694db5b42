import { useState } from 'react';
import type { Appointment } from '@corium/contracts';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { bookingApi } from '../appointments/booking-api';
import { refusalOf, type Refusal } from '../appointments/booking-words';
import { RefusalAlert } from '../appointments/RefusalAlert';
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

/** "From … → to …", then the reschedule; a refusal is said in plain words, and nothing moves. */
export function ConfirmMoveDialog({ move, timeZone, onClose, onMoved }: ConfirmMoveDialogProps) {
  const { block, target } = move;
  const { appointment } = block;
  const body = rescheduleFromDrop(block, target, timeZone);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const otherResource = target.column.resourceId !== block.column.resourceId;

  async function confirm() {
    setBusy(true);
    try {
      onMoved(await bookingApi.reschedule(appointment.patient.id, appointment.id, body));
    } catch (error) {
      setRefusal(refusalOf(error));
    } finally {
      setBusy(false);
    }
  }

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
        <RefusalAlert refusal={refusal} />
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

import { useState } from 'react';
import type { Appointment, AvailableSlot } from '@corium/contracts';
import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { clinicDay } from '../../lib/clinic-time';
import { momentLabel } from '../calendar/calendar-time';
import { bookingApi } from './booking-api';
import { noteWarnings } from './booking-warnings';
import { refusalOf, type Refusal } from './booking-words';
import { RefusalAlert } from './RefusalAlert';
import { SpacingOverride } from './SpacingOverride';
import { AvailabilityPicker } from './AvailabilityPicker';
import { locationOf, type BookingCatalog } from './use-booking-catalog';

interface MoveVisitDialogProps {
  appointment: Appointment;
  catalog: BookingCatalog;
  onClose: () => void;
  onMoved: (moved: Appointment) => void;
}

function practitionerOptions(catalog: BookingCatalog, appointment: Appointment) {
  return catalog.resources.practitioners
    .filter(
      (p) => p.locationIds.includes(appointment.locationId) && p.serviceIds.includes(appointment.service.id),
    )
    .map((p) => ({ value: p.id, label: p.displayName }));
}

function useMove(appointment: Appointment, onMoved: (moved: Appointment) => void) {
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  // The refused time, so a prescriber can move to that same time with an override.
  const [refused, setRefused] = useState<AvailableSlot | null>(null);
  const reschedule = async (chosen: AvailableSlot, spacingOverride?: { reason: string }) => {
    const moved = await bookingApi.reschedule(appointment.patient.id, appointment.id, {
      start: chosen.start,
      assignment: chosen.assignment,
      ...(spacingOverride && { spacingOverride }),
    });
    noteWarnings([moved]);
    return moved;
  };

  async function move(chosen: AvailableSlot) {
    setBusy(true);
    setRefusal(null);
    try {
      onMoved(await reschedule(chosen));
    } catch (error) {
      setRefusal(refusalOf(error));
      setRefused(chosen);
    } finally {
      setBusy(false);
    }
  }
  /** The override dialog shows its own refusal, so this rejects instead of storing it. */
  const moveWithOverride = async (reason: string) => onMoved(await reschedule(refused!, { reason }));

  return { busy, refusal, move, moveWithOverride };
}

/**
 * Moves a visit to a free time chosen from a list: the way to reschedule without dragging
 * (WCAG 2.2, 2.5.7), by keyboard or by a tap.
 */
export function MoveVisitDialog({ appointment, catalog, onClose, onMoved }: MoveVisitDialogProps) {
  const location = locationOf(catalog, appointment.locationId)!;
  const [practitionerId, setPractitionerId] = useState<string | null>(null);
  const [slot, setSlot] = useState<AvailableSlot | null>(null);
  const { busy, refusal, move, moveWithOverride } = useMove(appointment, onMoved);
  return (
    <Modal opened onClose={onClose} title={`Move ${appointment.patient.displayName}’s visit`} size="lg">
      <Stack gap="md">
        <Text>
          {appointment.service.name}, now {momentLabel(appointment.start, location.timeZone)}.
        </Text>
        <Select
          label="Practitioner"
          placeholder="Anyone free"
          clearable
          data={practitionerOptions(catalog, appointment)}
          value={practitionerId}
          onChange={(value) => {
            setPractitionerId(value);
            setSlot(null);
          }}
        />
        <AvailabilityPicker
          key={practitionerId ?? 'anyone'}
          serviceId={appointment.service.id}
          locationId={appointment.locationId}
          practitionerId={practitionerId ?? undefined}
          firstDay={clinicDay(new Date(), location.timeZone)}
          chosen={slot?.start ?? null}
          onChoose={setSlot}
          label="Free times to move to"
        />
        <RefusalAlert refusal={refusal}>
          <SpacingOverride refusal={refusal} action="move" onOverride={moveWithOverride} />
        </RefusalAlert>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button disabled={!slot} loading={busy} onClick={() => slot && void move(slot)}>
            {slot ? `Move to ${momentLabel(slot.start, location.timeZone)}` : 'Move'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

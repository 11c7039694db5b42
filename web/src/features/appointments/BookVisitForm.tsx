import { useState } from 'react';
import type { Appointment, AvailableSlot } from '@corium/contracts';
import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { clinicDay } from '../../lib/clinic-time';
import { momentLabel } from '../calendar/calendar-time';
import { AvailabilityPicker } from './AvailabilityPicker';
import { bookingApi, newIdempotencyKey } from './booking-api';
import { refusalOf, type Refusal } from './booking-words';
import type { ChosenPatient } from './PatientPicker';
import { RefusalAlert } from './RefusalAlert';
import { SpacingOverride } from './SpacingOverride';
import { assignmentWords, locationOf, type BookingCatalog } from './use-booking-catalog';

interface BookVisitFormProps {
  catalog: BookingCatalog;
  locationId: string;
  patient: ChosenPatient;
  onBooked: (appointment: Appointment) => void;
}

/** The services someone at the location performs, and who performs the chosen one. */
function choicesAt(catalog: BookingCatalog, locationId: string, serviceId: string | null) {
  const here = catalog.resources.practitioners.filter((p) => p.locationIds.includes(locationId));
  const services = catalog.services
    .filter((s) => here.some((p) => p.serviceIds.includes(s.id)))
    .map((s) => ({ value: s.id, label: `${s.name} (${s.durationMinutes} min)` }));
  const practitioners = here
    .filter((p) => serviceId !== null && p.serviceIds.includes(serviceId))
    .map((p) => ({ value: p.id, label: p.displayName }));
  return { services, practitioners };
}

/** Chosen slot and its booking attempt: a retry of the same attempt reuses the key. */
function useAttempt() {
  const [slot, setSlot] = useState<AvailableSlot | null>(null);
  const [key, setKey] = useState(newIdempotencyKey);
  const choose = (next: AvailableSlot | null) => {
    setSlot(next);
    setKey(newIdempotencyKey());
  };
  return { slot, key, choose };
}

interface Pick {
  serviceId: string | null;
  practitionerId: string | null;
}

function ServiceFields({
  catalog,
  locationId,
  pick,
  onPick,
}: {
  catalog: BookingCatalog;
  locationId: string;
  pick: Pick;
  onPick: (pick: Pick) => void;
}) {
  const choices = choicesAt(catalog, locationId, pick.serviceId);
  return (
    <Group grow align="flex-start">
      <Select
        label="Service"
        required
        data={choices.services}
        value={pick.serviceId}
        allowDeselect={false}
        onChange={(value) => onPick({ serviceId: value, practitionerId: null })}
      />
      <Select
        label="Practitioner"
        placeholder="Anyone free"
        clearable
        data={choices.practitioners}
        value={pick.practitionerId}
        disabled={!pick.serviceId}
        onChange={(value) => onPick({ ...pick, practitionerId: value })}
      />
    </Group>
  );
}

/** Books the chosen slot; a refusal says why and asks again for free times. */
function useBookVisit(locationId: string, patientId: string, onBooked: BookVisitFormProps['onBooked']) {
  const [pick, setPick] = useState<Pick>({ serviceId: null, practitionerId: null });
  const attempt = useAttempt();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  // The refused time, so a prescriber can book that same time with an override.
  const [refused, setRefused] = useState<AvailableSlot | null>(null);
  const [round, setRound] = useState(0);
  const request = (slot: AvailableSlot) => ({
    serviceId: pick.serviceId!,
    locationId,
    start: slot.start,
    assignment: slot.assignment,
  });
  async function book(slot: AvailableSlot) {
    setBusy(true);
    setRefusal(null);
    try {
      onBooked(await bookingApi.book(patientId, { ...request(slot), idempotencyKey: attempt.key }));
    } catch (error) {
      setRefusal(refusalOf(error));
      setRefused(slot);
      attempt.choose(null);
      setRound((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }
  /** The dialog shows a refusal of the override itself, so this one rejects instead of storing it. */
  async function bookWithOverride(reason: string) {
    const body = { ...request(refused!), spacingOverride: { reason }, idempotencyKey: newIdempotencyKey() };
    onBooked(await bookingApi.book(patientId, body));
  }
  const choosePick = (next: Pick) => {
    setPick(next);
    setRefusal(null);
    attempt.choose(null);
  };
  return { pick, choosePick, attempt, busy, refusal, round, book, bookWithOverride };
}

/** One visit: service, practitioner if it matters, a free time, booked. */
export function BookVisitForm({ catalog, locationId, patient, onBooked }: BookVisitFormProps) {
  const location = locationOf(catalog, locationId)!;
  const { pick, choosePick, attempt, busy, refusal, round, book, bookWithOverride } = useBookVisit(
    location.id,
    patient.id,
    onBooked,
  );
  return (
    <Stack gap="md">
      <ServiceFields catalog={catalog} locationId={location.id} pick={pick} onPick={choosePick} />
      <RefusalAlert refusal={refusal}>
        <SpacingOverride refusal={refusal} action="book" onOverride={bookWithOverride} />
      </RefusalAlert>
      {pick.serviceId && (
        <AvailabilityPicker
          key={`${pick.serviceId}/${pick.practitionerId ?? ''}/${round}`}
          serviceId={pick.serviceId}
          locationId={location.id}
          practitionerId={pick.practitionerId ?? undefined}
          firstDay={clinicDay(new Date(), location.timeZone)}
          chosen={attempt.slot?.start ?? null}
          onChoose={(slot) => attempt.choose(slot)}
          label="Free times"
        />
      )}
      {attempt.slot && (
        <Text size="sm">
          {momentLabel(attempt.slot.start, location.timeZone)} with{' '}
          {assignmentWords(catalog, attempt.slot.assignment)}
        </Text>
      )}
      <Group justify="flex-end">
        <Button
          disabled={!attempt.slot}
          loading={busy}
          onClick={() => attempt.slot && void book(attempt.slot)}
        >
          Book this visit
        </Button>
      </Group>
    </Stack>
  );
}

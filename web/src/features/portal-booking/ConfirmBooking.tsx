import { useMemo, useState } from 'react';
import type { PatientRefusal, PortalAppointment, PortalSlot } from '@corium/contracts';
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { describeError } from '../../lib/api';
import { FormProblem } from '../../ui/FormProblem';
import type { VisitChoice } from './ChooseVisit';
import { portalBookingApi, refusalOf } from './portal-booking-api';
import { RefusalNotice } from './RefusalNotice';
import { visitWhen } from './visit-words';

interface ConfirmBookingProps {
  choice: VisitChoice;
  locationId: string;
  locationName: string;
  slot: PortalSlot;
  timeZone: string;
  /** Another time picked from the refusal's next free times. */
  onPickSlot: (slot: PortalSlot) => void;
  onBooked: (visit: PortalAppointment) => void;
  onBack: () => void;
}

/** One idempotency key per time chosen: a retried tap returns the same booking, never a second. */
const newKey = (start: string) => `portal-${start}-${crypto.randomUUID()}`;

/** Books the chosen time; a refusal comes back patient-safe, anything else as a sentence. */
function useBookSlot(props: ConfirmBookingProps) {
  const { choice, slot } = props;
  const key = useMemo(() => newKey(slot.start), [slot.start]);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<PatientRefusal | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function book() {
    setBusy(true);
    setRefusal(null);
    setProblem(null);
    try {
      const { start, assignment } = slot;
      const visit = choice.movingId
        ? await portalBookingApi.reschedule(choice.movingId, { start, assignment })
        : await portalBookingApi.book({
            ...{ serviceId: choice.serviceId, locationId: props.locationId, seriesId: choice.seriesId },
            ...{ start, assignment, idempotencyKey: key },
          });
      props.onBooked(visit);
    } catch (error) {
      const refused = refusalOf(error);
      if (refused) setRefusal(refused);
      else setProblem(describeError(error));
    } finally {
      setBusy(false);
    }
  }
  return { busy, refusal, setRefusal, problem, book };
}

/** The chosen time once more before it is booked; a refusal is explained with what to do next. */
export function ConfirmBooking(props: ConfirmBookingProps) {
  const { choice, slot, timeZone } = props;
  const { busy, refusal, setRefusal, problem, book } = useBookSlot(props);
  const pick = (next: PortalSlot) => {
    setRefusal(null);
    props.onPickSlot(next);
  };
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        Check and book
      </Title>
      <Card withBorder padding="md">
        <Text fw={700}>{choice.label}</Text>
        <Text>{visitWhen(slot.start, timeZone)}</Text>
        {slot.practitionerName && <Text>With {slot.practitionerName}</Text>}
        <Text c="dimmed">{props.locationName}</Text>
      </Card>
      {refusal && <RefusalNotice refusal={refusal} timeZone={timeZone} onPickSlot={pick} />}
      <FormProblem message={problem} />
      <Group gap="sm">
        <Button mih={44} loading={busy} onClick={() => void book()}>
          {choice.movingId ? 'Move to this time' : 'Book this time'}
        </Button>
        <Button mih={44} variant="default" onClick={props.onBack}>
          Choose another time
        </Button>
      </Group>
    </Stack>
  );
}

import type { AvailableSlot } from '@corium/contracts';
import { Button, Group } from '@mantine/core';
import { momentLabel } from '../calendar/calendar-time';
import { RefusalAlert } from './RefusalAlert';
import { assignmentWords, type BookingCatalog } from './use-booking-catalog';

/** A session whose time someone else booked first, and the next free time in its window. */
export interface Taken {
  sessionNumber: number;
  offer: AvailableSlot | null;
}

interface TakenOfferProps {
  taken: Taken | null;
  catalog: BookingCatalog;
  timeZone: string;
  onTake: (sessionNumber: number, slot: AvailableSlot) => void;
  onChooseAnother: (sessionNumber: number) => void;
}

/** Says which session lost its time, nothing was booked, and offers the next free one. */
export function TakenOffer({ taken, catalog, timeZone, onTake, onChooseAnother }: TakenOfferProps) {
  if (!taken) return null;
  const { sessionNumber: number, offer } = taken;
  const message = offer
    ? `Nothing was booked yet. The next free time for session ${number} is ${momentLabel(offer.start, timeZone)} with ${assignmentWords(catalog, offer.assignment)}.`
    : `Nothing was booked yet. There is no other free time in session ${number}’s window; try another practitioner or propose the dates again.`;
  return (
    <RefusalAlert
      refusal={{
        code: 'SLOT_TAKEN',
        title: `Session ${number}’s time was just booked by someone else`,
        message,
      }}
    >
      <Group gap="sm">
        {offer && (
          <Button onClick={() => onTake(number, offer)}>Take {momentLabel(offer.start, timeZone)}</Button>
        )}
        <Button variant="default" onClick={() => onChooseAnother(number)}>
          Choose another time
        </Button>
      </Group>
    </RefusalAlert>
  );
}

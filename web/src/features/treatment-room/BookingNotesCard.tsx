import type { Appointment } from '@corium/contracts';
import { Card, Title } from '@mantine/core';
import { DetailList } from '../../ui/DetailList';
import { bookingNotes } from '../appointments/booking-notes';

/** What the booking left for the room (a spacing override, "needle first, then the toxin"). */
export function BookingNotesCard({ visit }: { visit: Appointment | null }) {
  const notes = visit ? bookingNotes(visit) : [];
  if (notes.length === 0) return null;
  return (
    <Card component="section" aria-labelledby="booking-notes-heading" padding="md">
      <Title order={2} size="h4" id="booking-notes-heading" mb="xs">
        From the booking
      </Title>
      <DetailList details={notes} />
    </Card>
  );
}

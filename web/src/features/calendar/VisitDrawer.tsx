import type { Appointment } from '@corium/contracts';
import { Anchor, Badge, Drawer, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { clinicTime } from '../../lib/clinic-time';
import { DetailList } from '../../ui/DetailList';
import { bookingNotes } from '../appointments/booking-notes';
import { statusWords } from '../appointments/booking-words';
import type { BookingCatalog } from '../appointments/use-booking-catalog';
import { VisitActions } from '../appointments/VisitActions';
import { dayLabel, spanLabel, wallClockOf } from './calendar-time';

interface VisitDrawerProps {
  appointment: Appointment;
  catalog: BookingCatalog;
  timeZone: string;
  onClose: () => void;
  onChanged: (changed: Appointment) => void;
}

function Holds({ appointment, timeZone }: { appointment: Appointment; timeZone: string }) {
  return (
    <Stack component="ul" gap={4} m={0} pl="md">
      {appointment.resources.map((hold) => (
        <Text component="li" key={`${hold.role}/${hold.id}`} size="sm">
          {hold.name} ({hold.role}), {spanLabel(hold.start, hold.end, timeZone)}
        </Text>
      ))}
    </Stack>
  );
}

function details(appointment: Appointment, timeZone: string) {
  const day = wallClockOf(new Date(appointment.start), timeZone).date;
  return [
    {
      term: 'Patient',
      value: (
        <Anchor component={Link} to={`/staff/patients/${appointment.patient.id}`}>
          {appointment.patient.displayName}
        </Anchor>
      ),
    },
    {
      term: 'When',
      value: `${dayLabel(day, 'long')}, ${spanLabel(appointment.start, appointment.end, timeZone)}`,
    },
    {
      term: 'Service',
      value: appointment.series
        ? `${appointment.service.name}, session ${appointment.series.sessionNumber} of a course`
        : appointment.service.name,
    },
    { term: 'Who and what, when', value: <Holds appointment={appointment} timeZone={timeZone} /> },
    ...bookingNotes(appointment),
    ...(appointment.cancellation
      ? [{ term: 'Cancelled because', value: appointment.cancellation.reason }]
      : []),
    ...(appointment.checkedIn
      ? [
          {
            term: 'Checked in',
            value: `${clinicTime(new Date(appointment.checkedIn.at), timeZone)} by ${appointment.checkedIn.by.displayName}`,
          },
        ]
      : []),
  ];
}

/** One visit's details, opened from the calendar, with what can be done to it. */
export function VisitDrawer({ appointment, catalog, timeZone, onClose, onChanged }: VisitDrawerProps) {
  const status = statusWords[appointment.status];
  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size="md"
      title={
        <Title order={2} size="h3">
          Visit
        </Title>
      }
    >
      <Stack gap="lg">
        <Group gap="sm">
          <Badge color={status.color} variant="light">
            {status.label}
          </Badge>
        </Group>
        <DetailList details={details(appointment, timeZone)} />
        <VisitActions appointment={appointment} catalog={catalog} onChanged={onChanged} />
      </Stack>
    </Drawer>
  );
}

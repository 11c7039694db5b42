import type { PortalAppointment } from '@corium/contracts';
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconCalendarPlus, IconCircleCheck } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { useCurrentUser } from '../auth/session';
import { calendarFile, downloadCalendarFile } from './calendar-file';
import { visitWhen } from './visit-words';

/** Booked: what, when, where and with whom, and the visit as a file for the patient's own calendar. */
export function BookingDone({ visit }: { visit: PortalAppointment }) {
  const { clinic } = useCurrentUser();
  const addToCalendar = () =>
    downloadCalendarFile(
      `${visit.serviceName.replace(/\W+/g, '-').toLowerCase()}.ics`,
      calendarFile(visit, clinic.name, new Date()),
    );
  return (
    <Stack gap="md">
      <Alert color="green" icon={<IconCircleCheck aria-hidden="true" />} title="You are booked" role="status">
        <Text>
          {visit.serviceName} on {visitWhen(visit.start, visit.timeZone)}
          {visit.practitionerName ? ` with ${visit.practitionerName}` : ''}, at {visit.locationName}.
        </Text>
      </Alert>
      <Stack gap={4}>
        <Title order={2} size="h4">
          Add it to your calendar
        </Title>
        <Text size="sm">
          The file works with the calendar on your phone or computer; the time is right whatever time zone you
          are in.
        </Text>
      </Stack>
      <Group gap="sm">
        <Button leftSection={<IconCalendarPlus aria-hidden="true" />} mih={44} onClick={addToCalendar}>
          Add to calendar
        </Button>
        <Button component={Link} to="/portal/appointments" variant="default" mih={44}>
          My appointments
        </Button>
      </Group>
    </Stack>
  );
}

import { useCallback, useState } from 'react';
import type { WaitlistEntry } from '@corium/contracts';
import { Anchor, Badge, Button, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { calendarDate, clinicDateTime } from '../../lib/clinic-time';
import { LoadProblem } from '../../ui/LoadProblem';
import { usePageTitle } from '../../ui/page-title';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { may } from '../auth/roles';
import { useCurrentUser } from '../auth/session';
import { bookingApi } from '../appointments/booking-api';
import { TakeOffWaitlistDialog } from './TakeOffWaitlistDialog';
import { waitlistApi } from './waitlist-api';
import { timeOfDayWords } from './WaitlistDaysFields';

/** Who is waiting for a time, oldest first: the order freed times are offered in. */
export function StaffWaitlistPage() {
  usePageTitle('Waitlist');
  const [locationId, setLocationId] = useState('');
  const loadResources = useCallback(() => bookingApi.resources(), []);
  const locations = useResource(loadResources).resource;
  const load = useCallback(() => waitlistApi.clinic({ locationId: locationId || undefined }), [locationId]);
  const { resource, reload } = useResource(load);

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>Waitlist</Title>
        <Text c="dimmed">
          When a visit is cancelled, its time is offered by e-mail to the first matching patient here, oldest
          first.
        </Text>
      </Stack>
      {locations.status === 'ready' && locations.data.locations.length > 1 && (
        <NativeSelect
          label="Location"
          maw={320}
          value={locationId}
          onChange={(event) => setLocationId(event.currentTarget.value)}
          data={[
            { value: '', label: 'All locations' },
            ...locations.data.locations.map((l) => ({ value: l.id, label: l.name })),
          ]}
        />
      )}
      {resource.status === 'loading' && <SectionLoader label="Loading the waitlist…" />}
      {resource.status === 'failed' && (
        <LoadProblem title="The waitlist could not be loaded" error={resource.error} onRetry={reload} />
      )}
      {resource.status === 'ready' &&
        (resource.data.entries.length === 0 ? (
          <Text>Nobody is waiting.</Text>
        ) : (
          <WaitlistTable entries={resource.data.entries} onChanged={reload} />
        ))}
    </Stack>
  );
}

function WaitlistTable({ entries, onChanged }: { entries: WaitlistEntry[]; onChanged: () => void }) {
  const { clinic, user } = useCurrentUser();
  const [takingOff, setTakingOff] = useState<WaitlistEntry | null>(null);
  const onTakeOff = may(user.role, 'manageWaitlist') ? setTakingOff : undefined;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Patient</Table.Th>
            <Table.Th scope="col">Visit</Table.Th>
            <Table.Th scope="col">Days</Table.Th>
            <Table.Th scope="col">Waiting since</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            {onTakeOff && <Table.Th scope="col">Actions</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <WaitlistRow key={entry.id} entry={entry} timeZone={clinic.timeZone} onTakeOff={onTakeOff} />
          ))}
        </Table.Tbody>
      </Table>
      {takingOff && (
        <TakeOffWaitlistDialog
          entry={takingOff}
          onClose={() => setTakingOff(null)}
          onTakenOff={() => {
            setTakingOff(null);
            onChanged();
          }}
        />
      )}
    </Table.ScrollContainer>
  );
}

interface WaitlistRowProps {
  entry: WaitlistEntry;
  timeZone: string;
  onTakeOff: ((entry: WaitlistEntry) => void) | undefined;
}

function WaitlistRow({ entry, timeZone, onTakeOff }: WaitlistRowProps) {
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={`/staff/patients/${entry.patient.id}`}>
          {entry.patient.displayName}
        </Anchor>
      </Table.Td>
      <Table.Td>
        {entry.service.name} · {entry.location.name}
        {entry.practitioner && <Text size="sm">With {entry.practitioner.displayName}</Text>}
      </Table.Td>
      <Table.Td>
        {calendarDate(entry.earliestDate)} – {calendarDate(entry.latestDate)}
        <Text size="sm">{timeOfDayWords[entry.timeOfDay]}</Text>
      </Table.Td>
      <Table.Td>{clinicDateTime(entry.createdAt, timeZone)}</Table.Td>
      <Table.Td>
        <Badge variant="light" color={entry.status === 'offered' ? 'orange' : 'gray'}>
          {entry.status === 'offered' ? 'Offered a time' : 'Waiting'}
        </Badge>
        {entry.openOffer && (
          <Text size="sm">
            {clinicDateTime(entry.openOffer.start, timeZone)}, answer by{' '}
            {clinicDateTime(entry.openOffer.expiresAt, timeZone)}
          </Text>
        )}
      </Table.Td>
      {onTakeOff && (
        <Table.Td>
          <Button size="xs" variant="default" onClick={() => onTakeOff(entry)}>
            Take off the waitlist
          </Button>
        </Table.Td>
      )}
    </Table.Tr>
  );
}

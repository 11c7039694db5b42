import { useCallback, useState } from 'react';
import type { PortalAppointment } from '@corium/contracts';
import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { LoadProblem } from '../../ui/LoadProblem';
import { usePageTitle } from '../../ui/page-title';
import { SectionLoader } from '../../ui/SectionLoader';
import { useNow } from '../../ui/use-now';
import { useResource } from '../../ui/use-resource';
import { MyWaitlist } from '../waitlist/MyWaitlist';
import { portalBookingApi } from './portal-booking-api';
import { visitWhen } from './visit-words';

const statusWords: Record<PortalAppointment['status'], string> = {
  booked: 'Booked',
  cancelled: 'Cancelled',
  no_show: 'Missed',
  completed: 'Done',
};

/** The patient's visits: upcoming ones can be cancelled until the clinic's notice period. */
export function PortalAppointmentsPage() {
  usePageTitle('My appointments');
  const load = useCallback(() => portalBookingApi.appointments(), []);
  const { resource, reload } = useResource(load);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>My appointments</Title>
        <Button component={Link} to="/portal/book" mih={44}>
          Book a visit
        </Button>
      </Group>
      {resource.status === 'loading' && <SectionLoader label="Loading your appointments…" />}
      {resource.status === 'failed' && (
        <LoadProblem title="Your appointments could not be loaded" error={resource.error} onRetry={reload} />
      )}
      {resource.status === 'ready' && (
        <>
          <VisitList
            title="Coming up"
            visits={resource.data.upcoming}
            empty="Nothing booked yet."
            onChanged={reload}
          />
          <Text size="sm" c="dimmed">
            You can move or cancel a visit here up to {resource.data.cancelNoticeHours} hours before it; later
            than that, please call the clinic.
          </Text>
          <MyWaitlist />
          <VisitList
            title="Earlier"
            visits={resource.data.past}
            empty="No earlier visits."
            onChanged={reload}
          />
        </>
      )}
    </Stack>
  );
}

interface VisitListProps {
  title: string;
  visits: PortalAppointment[];
  empty: string;
  onChanged: () => void;
}

function VisitList({ title, visits, empty, onChanged }: VisitListProps) {
  return (
    <Stack gap="sm" component="section" aria-label={title}>
      <Title order={2} size="h3">
        {title}
      </Title>
      {visits.length === 0 ? (
        <Text>{empty}</Text>
      ) : (
        <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
          {visits.map((visit) => (
            <VisitCard key={visit.id} visit={visit} onChanged={onChanged} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function VisitCard({ visit, onChanged }: { visit: PortalAppointment; onChanged: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const now = useNow();
  const cancellable = visit.cancellableUntil !== null && Date.parse(visit.cancellableUntil) > now.getTime();
  return (
    <Card component="li" withBorder padding="md">
      <VisitSummary visit={visit} />
      {visit.status === 'booked' &&
        (cancellable ? (
          <Group mt="sm" gap="sm">
            <Button component={Link} to={`/portal/book?move=${visit.id}`} mih={44} variant="default">
              Move
            </Button>
            <Button mih={44} variant="default" onClick={() => setConfirming(true)}>
              Cancel this visit
            </Button>
          </Group>
        ) : (
          <Text mt="sm" size="sm">
            It is too late to move or cancel online; please call the clinic.
          </Text>
        ))}
      <ConfirmDialog
        opened={confirming}
        title="Cancel this visit?"
        confirmLabel="Cancel the visit"
        danger
        onClose={() => setConfirming(false)}
        onConfirm={async () => {
          await portalBookingApi.cancel(visit.id);
          onChanged();
        }}
      >
        {visit.serviceName} on {visitWhen(visit.start, visit.timeZone)}. The time is then free for someone
        else.
      </ConfirmDialog>
    </Card>
  );
}

function VisitSummary({ visit }: { visit: PortalAppointment }) {
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap">
      <Stack gap={2}>
        <Text fw={700}>
          {visit.serviceName}
          {visit.sessionNumber ? ` · session ${visit.sessionNumber}` : ''}
        </Text>
        <Text>{visitWhen(visit.start, visit.timeZone)}</Text>
        <Text size="sm" c="dimmed">
          {visit.practitionerName ? `With ${visit.practitionerName} · ` : ''}
          {visit.locationName}
        </Text>
      </Stack>
      <Badge variant="light" color={visit.status === 'booked' ? 'green' : 'gray'}>
        {statusWords[visit.status]}
      </Badge>
    </Group>
  );
}

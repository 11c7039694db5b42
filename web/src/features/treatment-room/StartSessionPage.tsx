import { useCallback } from 'react';
import type { Appointment, BookingResources, SessionReadiness } from '@corium/contracts';
import { Anchor, Button, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconRefresh } from '@tabler/icons-react';
import { Link, Navigate, useNavigate, useParams } from 'react-router-dom';
import { api, isApiError } from '../../lib/api';
import { LoadProblem } from '../../ui/LoadProblem';
import { usePageTitle } from '../../ui/page-title';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { bookingApi } from '../appointments/booking-api';
import { patientName } from '../patient-record/ContactDetails';
import { BookingNotesCard } from './BookingNotesCard';
import { chartingApi } from './charting-api';
import { ReadinessChecks, ScreeningOverrides } from './ReadinessChecks';
import { StartForm, type PenChoice } from './StartForm';

const chartAddress = (patientId: string, sessionId: string) =>
  `/staff/patients/${patientId}/sessions/${sessionId}`;

const loadStart = async (patientId: string, appointmentId: string) => {
  const [readiness, appointments, resources, patient] = await Promise.all([
    chartingApi.readiness(patientId, appointmentId),
    bookingApi.appointments(patientId),
    bookingApi.resources(),
    api.patient(patientId),
  ]);
  const visit = appointments.find((a) => a.id === appointmentId) ?? null;
  return { readiness, visit, resources, name: patientName(patient) };
};

/** The location's pens in service, the booked one first. */
function penChoices(visit: Appointment | null, resources: BookingResources): PenChoice[] {
  return resources.devices
    .filter((d) => d.status === 'in_service' && (!visit || d.locationId === visit.locationId))
    .map((d) => ({ value: d.id, label: `${d.model} · ${d.serial}` }));
}

const bookedPen = (visit: Appointment | null) =>
  visit?.resources.find((r) => r.kind === 'device')?.id ?? null;

export function StartSessionPage() {
  const { patientId = '', appointmentId = '' } = useParams();
  return (
    <StartLoader key={`${patientId}/${appointmentId}`} patientId={patientId} appointmentId={appointmentId} />
  );
}

function StartLoader({ patientId, appointmentId }: { patientId: string; appointmentId: string }) {
  usePageTitle('Start a session');
  const load = useCallback(() => loadStart(patientId, appointmentId), [patientId, appointmentId]);
  const { resource, reload, refreshing } = useResource(load);
  const navigate = useNavigate();
  if (resource.status === 'ready' && resource.data.readiness.sessionId) {
    return <Navigate replace to={chartAddress(patientId, resource.data.readiness.sessionId)} />;
  }
  return (
    <Stack gap="lg" maw={1080}>
      <Anchor
        component={Link}
        to={`/staff/patients/${patientId}`}
        display="inline-flex"
        py={10}
        style={{ gap: 6, alignSelf: 'flex-start' }}
      >
        <IconArrowLeft size={18} aria-hidden="true" />
        Patient record
      </Anchor>
      {resource.status === 'loading' && <SectionLoader label="Checking whether the session can start…" />}
      {resource.status === 'failed' && (
        <LoadProblem
          title={
            isApiError(resource.error, 'NOT_FOUND')
              ? 'This visit was not found'
              : 'The checks could not be made'
          }
          error={resource.error}
          onRetry={reload}
        />
      )}
      {resource.status === 'ready' && (
        <StartView
          {...resource.data}
          patientId={patientId}
          refreshing={refreshing}
          onRecheck={reload}
          onStarted={(sessionId) => void navigate(chartAddress(patientId, sessionId))}
        />
      )}
    </Stack>
  );
}

interface StartViewProps {
  patientId: string;
  readiness: SessionReadiness;
  visit: Appointment | null;
  resources: BookingResources;
  name: string;
  refreshing: boolean;
  onRecheck: () => void;
  onStarted: (sessionId: string) => void;
}

function ChecksColumn({
  readiness,
  visit,
  refreshing,
  onRecheck,
}: Pick<StartViewProps, 'readiness' | 'visit' | 'refreshing' | 'onRecheck'>) {
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2} size="h3">
          Before starting
        </Title>
        <Button
          variant="default"
          leftSection={<IconRefresh size={18} aria-hidden="true" />}
          loading={refreshing}
          onClick={onRecheck}
        >
          Check again
        </Button>
      </Group>
      <ReadinessChecks readiness={readiness} />
      <ScreeningOverrides overrides={readiness.overrides} />
      <BookingNotesCard visit={visit} />
    </Stack>
  );
}

function StartView({
  patientId,
  readiness,
  visit,
  resources,
  name,
  refreshing,
  onRecheck,
  onStarted,
}: StartViewProps) {
  return (
    <>
      <Stack gap={4}>
        <Title order={1}>Start a session: {name}</Title>
        {visit && <Text size="lg">{visit.service.name}</Text>}
      </Stack>
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <ChecksColumn readiness={readiness} visit={visit} refreshing={refreshing} onRecheck={onRecheck} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Card component="section" aria-labelledby="start-heading">
            <Title order={2} size="h3" id="start-heading" mb="md">
              Start
            </Title>
            {!readiness.canStart && (
              <Text mb="md" fw={500}>
                The session can start once every check above is done.
              </Text>
            )}
            <StartForm
              patientId={patientId}
              appointmentId={readiness.appointmentId}
              pens={penChoices(visit, resources)}
              bookedPen={bookedPen(visit)}
              canStart={readiness.canStart}
              onStarted={(chart) => onStarted(chart.id)}
            />
          </Card>
        </Grid.Col>
      </Grid>
    </>
  );
}

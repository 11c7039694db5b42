import { useState } from 'react';
import type { TreatmentSeries } from '@corium/contracts';
import { Badge, Button, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { clinicDateTime } from '../../lib/clinic-time';
import { useNow } from '../../ui/use-now';
import { may } from '../auth/roles';
import { useCurrentUser } from '../auth/session';
import { concernWords } from '../patient-record/patient-words';
import { depthText, modalityWords, zoneWords } from '../screening/screening-words';
import { momentLabel } from '../calendar/calendar-time';
import { statusWords } from './booking-words';
import { hasOpenSessions, sessionProgress } from './series-booking';
import { StopCourseDialog } from './StopCourseDialog';

interface SeriesCardProps {
  series: TreatmentSeries;
  timeZone: string;
  onBook: () => void;
  onStopped: () => void;
}

/** A course: what it treats, how far it is booked, its sessions, booking the rest, or stopping it. */
export function SeriesCard({ series, timeZone, onBook, onStopped }: SeriesCardProps) {
  const { booked, total } = sessionProgress(series);
  const depths = Object.entries(series.plannedDepthMm)
    .map(([zone, mm]) => `${zoneWords[zone as keyof typeof zoneWords]} ${depthText(mm)}`)
    .join(', ');
  return (
    <Card withBorder component="section" aria-label={`${modalityWords[series.modality]} course`}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h5">
            {modalityWords[series.modality]} for{' '}
            {series.concerns.map((c) => concernWords[c].toLowerCase()).join(', ')}
          </Title>
          <Badge variant="light">{series.status}</Badge>
        </Group>
        <Text size="sm">
          {total} sessions, {series.minIntervalDays}–{series.maxIntervalDays} days apart. Planned depth:{' '}
          {depths}.
        </Text>
        <Text fw={600} data-testid="series-progress">
          {booked} of {total} booked
        </Text>
        <Progress value={(booked / total) * 100} aria-label={`${booked} of ${total} sessions booked`} />
        <Stack component="ol" gap={2} m={0} pl="md">
          {[...series.appointments]
            .filter((a) => a.status !== 'cancelled')
            .sort((a, b) => a.sessionNumber - b.sessionNumber)
            .map((a) => (
              <Text component="li" key={a.id} size="sm" value={a.sessionNumber}>
                Session {a.sessionNumber}: {momentLabel(a.start, timeZone)} (
                {statusWords[a.status].label.toLowerCase()})
              </Text>
            ))}
        </Stack>
        {series.stopped && (
          <Text size="sm" data-testid="series-stopped">
            Stopped on {clinicDateTime(series.stopped.at, timeZone)} by {series.stopped.by.displayName} —{' '}
            {series.stopped.reason}
          </Text>
        )}
        <SeriesActions series={series} timeZone={timeZone} onBook={onBook} onStopped={onStopped} />
      </Stack>
    </Card>
  );
}

/** Booking the rest, and for clinicians stopping the course (the visits it would cancel are named). */
function SeriesActions({ series, timeZone, onBook, onStopped }: SeriesCardProps) {
  const { role } = useCurrentUser().user;
  const now = useNow().getTime();
  const [stopping, setStopping] = useState(false);
  // Every session signed: the course has finished, there is nothing left to stop.
  const done = new Set(
    series.appointments.filter((a) => a.status === 'completed').map((a) => a.sessionNumber),
  );
  const mayStop =
    series.status === 'active' && done.size < series.sessions && may(role, 'stopTreatmentSeries');
  if (!hasOpenSessions(series) && !mayStop) return null;
  const visitsAhead = series.appointments
    .filter((a) => a.status === 'booked' && Date.parse(a.start) > now)
    .sort((a, b) => a.start.localeCompare(b.start));
  return (
    <Group>
      {hasOpenSessions(series) && <Button onClick={onBook}>Book the series…</Button>}
      {mayStop && (
        <Button variant="default" color="red.9" onClick={() => setStopping(true)}>
          Stop this course…
        </Button>
      )}
      {stopping && (
        <StopCourseDialog
          series={series}
          visitsAhead={visitsAhead}
          timeZone={timeZone}
          onClose={() => setStopping(false)}
          onStopped={() => {
            setStopping(false);
            onStopped();
          }}
        />
      )}
    </Group>
  );
}

import type { TreatmentSeries } from '@corium/contracts';
import { Badge, Button, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { concernWords } from '../patient-record/patient-words';
import { depthText, modalityWords, zoneWords } from '../screening/screening-words';
import { momentLabel } from '../calendar/calendar-time';
import { statusWords } from './booking-words';
import { hasOpenSessions, sessionProgress } from './series-booking';

interface SeriesCardProps {
  series: TreatmentSeries;
  timeZone: string;
  onBook: () => void;
}

/** A course: what it treats, how far it is booked, its sessions, and booking the rest. */
export function SeriesCard({ series, timeZone, onBook }: SeriesCardProps) {
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
        {hasOpenSessions(series) && (
          <Group>
            <Button onClick={onBook}>Book the series…</Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

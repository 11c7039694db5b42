import type { SessionChart } from '@corium/contracts';
import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { clinicDateTime } from '../../lib/clinic-time';
import { useCurrentUser } from '../auth/session';
import { modalityWords } from '../screening/screening-words';
import { photosWords } from './chart-words';

/** Whose chart, what session, and how it started (photos, or why none). */
export function ChartHeader({ chart, patientName }: { chart: SessionChart; patientName: string }) {
  const { timeZone } = useCurrentUser().clinic;
  const signed = chart.status === 'signed';
  return (
    <Stack gap={4}>
      <Group gap="sm" align="center">
        <Title order={1}>{patientName}</Title>
        <Badge size="lg" variant={signed ? 'filled' : 'light'} color={signed ? 'corium' : 'blue'}>
          {signed ? 'Signed' : 'In progress'}
        </Badge>
      </Group>
      <Text>
        {modalityWords[chart.modality]}
        {chart.series && `, session ${chart.series.sessionNumber} of a course`} with {chart.practitioner.name}
        . Started {clinicDateTime(chart.startedAt, timeZone)} by {chart.startedBy.name}.
      </Text>
      <Text size="sm" c="dimmed">
        Baseline photos: {photosWords[chart.photos].toLowerCase()}
        {chart.photosReason && ` (${chart.photosReason})`}
      </Text>
    </Stack>
  );
}

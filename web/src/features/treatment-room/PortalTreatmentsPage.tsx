import { useCallback } from 'react';
import type { TreatmentSummary } from '@corium/contracts';
import { Card, Stack, Text, Title } from '@mantine/core';
import { calendarDate } from '../../lib/clinic-time';
import { DetailList } from '../../ui/DetailList';
import { LoadProblem } from '../../ui/LoadProblem';
import { usePageTitle } from '../../ui/page-title';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { modalityWords } from '../screening/screening-words';
import { depthRangeText, zonesSentence } from './chart-words';
import { chartingApi } from './charting-api';

const newestFirst = (summaries: TreatmentSummary[]) =>
  [...summaries].sort((a, b) => b.date.localeCompare(a.date));

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One signed session in the patient's words: where, how deep, and what touched the skin. */
function TreatmentCard({ summary }: { summary: TreatmentSummary }) {
  return (
    <Card component="li" padding="lg">
      <Title order={2} size="h4" mb="sm">
        <time dateTime={summary.date}>{calendarDate(summary.date)}</time>: {modalityWords[summary.modality]}
      </Title>
      <DetailList
        details={[
          { term: 'With', value: summary.practitionerName },
          {
            term: 'Where',
            value: summary.zones.length ? capitalised(zonesSentence(summary.zones)) : 'Not recorded',
          },
          {
            term: 'How deep the needles went',
            value: summary.depthRangeMm ? depthRangeText(summary.depthRangeMm) : 'Not recorded',
          },
          {
            term: 'Products used on your skin',
            value: summary.products.length ? summary.products.join(', ') : 'None recorded',
          },
        ]}
      />
    </Card>
  );
}

export function PortalTreatmentsPage() {
  usePageTitle('Your treatments');
  const load = useCallback(() => chartingApi.portalSummaries(), []);
  const { resource, reload } = useResource(load);
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>Your treatments</Title>
        <Text c="dimmed">
          What was done at each session, once your practitioner has signed it. Newest first.
        </Text>
      </Stack>
      {resource.status === 'loading' && <SectionLoader label="Loading your treatments…" />}
      {resource.status === 'failed' && (
        <LoadProblem title="Your treatments could not be loaded" error={resource.error} onRetry={reload} />
      )}
      {resource.status === 'ready' &&
        (resource.data.length === 0 ? (
          <Text>No treatments yet. After each session, what was done appears here.</Text>
        ) : (
          <Stack component="ol" gap="md" m={0} p={0} style={{ listStyle: 'none' }}>
            {newestFirst(resource.data).map((summary) => (
              <TreatmentCard key={summary.sessionId} summary={summary} />
            ))}
          </Stack>
        ))}
    </Stack>
  );
}

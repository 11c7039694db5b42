import { useCallback } from 'react';
import type { SessionChart } from '@corium/contracts';
import { List, Stack, Text } from '@mantine/core';
import { calendarDate } from '../../lib/clinic-time';
import { LoadProblem } from '../../ui/LoadProblem';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { chartingApi } from '../treatment-room/charting-api';

interface SessionLinksProps {
  patientId: string;
  sessionId: string;
}

/**
 * What the record will be linked to. The server takes the pen and lots from the signed chart
 * itself; this shows them beforehand so the clinician sees which lot a report will name.
 */
export function SessionLinks({ patientId, sessionId }: SessionLinksProps) {
  const load = useCallback(() => chartingApi.chart({ patientId, sessionId }), [patientId, sessionId]);
  const { resource, reload } = useResource(load);
  return (
    <Stack gap="xs" component="section" aria-label="Linked from the session">
      <Text fw={650}>Linked from the session’s chart</Text>
      {resource.status === 'loading' && <SectionLoader label="Loading the session’s pen and lots…" />}
      {resource.status === 'failed' && (
        <LoadProblem
          title="The session’s chart could not be loaded"
          error={resource.error}
          onRetry={reload}
        />
      )}
      {resource.status === 'ready' && <ChartLinks chart={resource.data} />}
    </Stack>
  );
}

function ChartLinks({ chart }: { chart: SessionChart }) {
  const lots = [
    ...chart.cartridges.map(
      (c) => `Cartridge ${c.product.name}, lot ${c.lot.lotNumber} (expires ${calendarDate(c.lot.expiresOn)})`,
    ),
    ...chart.topicals.flatMap((t) => (t.lot ? [`${t.product.name}, lot ${t.lot.lotNumber}`] : [])),
  ];
  return (
    <List size="sm" spacing={4}>
      <List.Item>
        {chart.device
          ? `${chart.device.model}, serial ${chart.device.serial}`
          : 'No pen recorded on the chart'}
      </List.Item>
      {lots.length === 0 ? (
        <List.Item>No lots recorded on the chart</List.Item>
      ) : (
        lots.map((lot) => <List.Item key={lot}>{lot}</List.Item>)
      )}
    </List>
  );
}

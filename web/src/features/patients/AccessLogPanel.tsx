import { useCallback, useState } from 'react';
import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { accessLogCsvUrl, api, type AccessLogSearch } from '../../lib/api';
import { useCurrentUser } from '../auth/session';
import { LoadProblem } from '../../ui/LoadProblem';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { AccessLogFilters, filterProblem, noFilters, type AccessLogFilterValues } from './AccessLogFilters';
import { AccessLogTable } from './AccessLogTable';

// The server's default; a longer period is easier to read in the CSV export or in narrower dates.
const eventLimit = 100;

function toQuery({ userId, from, to }: AccessLogFilterValues): AccessLogSearch {
  return { userId: userId ?? undefined, from: from || undefined, to: to || undefined };
}

export function AccessLogPanel({ patientId }: { patientId: string }) {
  const { timeZone } = useCurrentUser().clinic;
  const [filters, setFilters] = useState<AccessLogFilterValues>(noFilters);
  // Half-typed or contradictory dates keep the last sensible answer on screen.
  const [applied, setApplied] = useState<AccessLogFilterValues>(noFilters);

  function changeFilters(next: AccessLogFilterValues) {
    setFilters(next);
    if (filterProblem(next) === null) setApplied(next);
  }

  const load = useCallback(
    () => api.patientAccessLog(patientId, { ...toQuery(applied), limit: eventLimit }),
    [patientId, applied],
  );
  const { resource, reload } = useResource(load, { keepWhileLoading: true });

  return (
    <Card>
      <Stack gap="md">
        <AccessLogFilters filters={filters} onChange={changeFilters} />
        <Group justify="space-between" gap="sm">
          <Text size="sm" c="dimmed">
            Times are the clinic’s ({timeZone}).
          </Text>
          <Button
            component="a"
            href={accessLogCsvUrl(patientId, toQuery(applied))}
            download
            variant="default"
            leftSection={<IconDownload size={18} aria-hidden="true" />}
          >
            Export CSV
          </Button>
        </Group>
        {resource.status === 'loading' && <SectionLoader label="Loading the access log…" />}
        {resource.status === 'failed' && (
          <LoadProblem title="The access log could not be loaded" error={resource.error} onRetry={reload} />
        )}
        {resource.status === 'ready' && (
          <>
            <Text role="status" aria-live="polite">
              {describeCount(resource.data.events.length)}
            </Text>
            {resource.data.events.length > 0 && (
              <AccessLogTable events={resource.data.events} timeZone={timeZone} />
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}

function describeCount(count: number): string {
  if (count === 0) return 'No one has opened or changed this record in this period.';
  if (count >= eventLimit) return `The latest ${eventLimit} events. Narrow the dates to see earlier ones.`;
  return count === 1 ? '1 event.' : `${count} events.`;
}

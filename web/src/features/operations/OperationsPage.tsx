import { useCallback, useEffect, useState } from 'react';
import type { BackupOverview } from '@corium/contracts';
import { Alert, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconDatabaseExport } from '@tabler/icons-react';
import { describeError } from '../../lib/api';
import { useCurrentUser } from '../auth/session';
import { FormProblem } from '../../ui/FormProblem';
import { LoadProblem } from '../../ui/LoadProblem';
import { usePageTitle } from '../../ui/page-title';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource, type Resource } from '../../ui/use-resource';
import { BackupRunsTable } from './BackupRunsTable';
import { BackupSummary } from './BackupSummary';
import { inProgress } from './backup-words';
import { operationsApi } from './operations-api';

/** While a backup is queued or running the page asks again this often (ms). */
const FOLLOW_MS = 2000;

export function OperationsPage() {
  usePageTitle('Operations');
  const load = useCallback(() => operationsApi.backups(), []);
  const { resource, reload } = useResource(load);
  const busy = resource.status === 'ready' && inProgress(resource.data.runs);
  const { start, starting, problem } = useBackUpNow(reload);

  useEffect(() => {
    if (!busy) return;
    const timer = setInterval(reload, FOLLOW_MS);
    return () => clearInterval(timer);
  }, [busy, reload]);

  return (
    <Stack gap="lg" maw={1080}>
      <Group justify="space-between" align="flex-end" gap="md">
        <div>
          <Title order={1}>Operations</Title>
          <Text c="dimmed">
            Backups of everything in this Corium: every patient record, photo and signature.
          </Text>
        </div>
        <Button
          leftSection={<IconDatabaseExport size={18} aria-hidden="true" />}
          onClick={start}
          loading={starting}
          disabled={busy}
        >
          Back up now
        </Button>
      </Group>
      <FormProblem message={problem} title="The backup could not be started" />
      <div role="status" aria-live="polite">
        {busy && (
          <Alert color="blue" icon={<Loader size="sm" aria-hidden="true" />} title="Backing up">
            The backup runs on the server; this page updates by itself. You can leave it meanwhile.
          </Alert>
        )}
      </div>
      <BackupsSection resource={resource} onRetry={reload} />
    </Stack>
  );
}

function useBackUpNow(onStarted: () => void) {
  const [starting, setStarting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const start = () => {
    setStarting(true);
    setProblem(null);
    operationsApi
      .backUpNow()
      .then(onStarted, (error: unknown) => setProblem(describeError(error)))
      .finally(() => setStarting(false));
  };
  return { start, starting, problem };
}

function BackupsSection({ resource, onRetry }: { resource: Resource<BackupOverview>; onRetry: () => void }) {
  const { timeZone } = useCurrentUser().clinic;
  return (
    <Card component="section" aria-labelledby="backups-heading">
      <Title order={2} size="h4" id="backups-heading" mb="md">
        Backups
      </Title>
      {resource.status === 'loading' && <SectionLoader label="Loading backups…" />}
      {resource.status === 'failed' && (
        <LoadProblem title="Backups could not be loaded" error={resource.error} onRetry={onRetry} />
      )}
      {resource.status === 'ready' && (
        <Stack gap="lg">
          <BackupSummary overview={resource.data} timeZone={timeZone} />
          <Title order={3} size="h5">
            Recent backups
          </Title>
          <BackupRunsTable runs={resource.data.runs} timeZone={timeZone} />
        </Stack>
      )}
    </Card>
  );
}

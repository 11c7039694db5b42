import type { ReactNode } from 'react';
import type { BackupOverview, BackupRun } from '@corium/contracts';
import { Alert, Code, SimpleGrid, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { clinicDateTime } from '../../lib/clinic-time';
import { DetailList } from '../../ui/DetailList';
import { fileSize, unresolvedFailure } from './backup-words';

interface BackupSummaryProps {
  overview: BackupOverview;
  timeZone: string;
}

/** Where backups stand: the last good one, an unresolved failure, the schedule and the folder. */
export function BackupSummary({ overview, timeZone }: BackupSummaryProps) {
  const { lastSuccess, lastFailure, schedule } = overview;
  const failure = unresolvedFailure(lastSuccess, lastFailure);
  const when = (instant: string) => <time dateTime={instant}>{clinicDateTime(instant, timeZone)}</time>;
  return (
    <>
      {failure && <FailureAlert failure={failure} when={when} />}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <DetailList
          details={[
            {
              term: 'Last successful backup',
              value: lastSuccess?.finishedAt ? (
                <>
                  {when(lastSuccess.finishedAt)} · {fileSize(lastSuccess.sizeBytes)}
                </>
              ) : (
                'None yet'
              ),
            },
            { term: 'Schedule', value: schedule.description },
            {
              term: 'Next scheduled backup',
              value: schedule.nextRunAt ? when(schedule.nextRunAt) : schedule.enabled ? 'Being queued' : '—',
            },
          ]}
        />
        <DetailList
          details={[
            { term: 'Backup folder on the server', value: <Code>{overview.directory}</Code> },
            { term: 'Kept', value: `The newest ${overview.keep} of Corium’s own backups` },
            {
              term: 'Encryption',
              value: overview.encrypted
                ? 'Sealed with the passphrase in BACKUP_PASSPHRASE'
                : 'Not encrypted: copy them only to storage as safe as this server',
            },
          ]}
        />
      </SimpleGrid>
    </>
  );
}

function FailureAlert({ failure, when }: { failure: BackupRun; when: (instant: string) => ReactNode }) {
  return (
    <Alert color="red" icon={<IconAlertTriangle aria-hidden="true" />} title="The latest backup failed">
      <Text size="sm">
        {failure.finishedAt ? when(failure.finishedAt) : null}: {failure.error}
      </Text>
      <Text size="sm" mt="xs">
        The clinic’s admins were e-mailed. Fix the cause (often a full disk or a folder Corium cannot write),
        then choose Back up now.
      </Text>
    </Alert>
  );
}

import type { BackupRun } from '@corium/contracts';
import { Group, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconClock, IconLoader2 } from '@tabler/icons-react';
import { clinicDateTime } from '../../lib/clinic-time';
import { duration, fileName, fileSize, statusLabel, triggerLabel } from './backup-words';

/** The word carries the state; icon and colour repeat it (shades dark enough for 4.5:1 on white). */
const statusLook = {
  queued: { color: 'gray.7', icon: IconClock },
  running: { color: 'blue.8', icon: IconLoader2 },
  succeeded: { color: 'teal.9', icon: IconCircleCheck },
  failed: { color: 'red.8', icon: IconAlertTriangle },
} as const;

interface BackupRunsTableProps {
  runs: BackupRun[];
  timeZone: string;
}

export function BackupRunsTable({ runs, timeZone }: BackupRunsTableProps) {
  if (!runs.length) return <Text c="dimmed">No backup has run yet.</Text>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="sm" aria-label="Recent backups">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Started</Table.Th>
            <Table.Th scope="col">How</Table.Th>
            <Table.Th scope="col">Outcome</Table.Th>
            <Table.Th scope="col">Took</Table.Th>
            <Table.Th scope="col">Size</Table.Th>
            <Table.Th scope="col">File or error</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {runs.map((run) => {
            const look = statusLook[run.status];
            const at = run.startedAt ?? run.queuedAt;
            return (
              <Table.Tr key={run.id}>
                <Table.Td>
                  <time dateTime={at}>{clinicDateTime(at, timeZone)}</time>
                </Table.Td>
                <Table.Td>{triggerLabel[run.trigger]}</Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap" c={look.color}>
                    <look.icon size={18} aria-hidden="true" />
                    <Text size="sm" fw={600} inherit>
                      {statusLabel[run.status]}
                    </Text>
                  </Group>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{duration(run.durationMs)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{fileSize(run.sizeBytes)}</Table.Td>
                <Table.Td>
                  {/* The folder is shown above; the name alone says which backup it is. */}
                  <Text size="sm" ff={run.error ? undefined : 'monospace'} style={{ wordBreak: 'break-all' }}>
                    {run.error ?? (run.file ? fileName(run.file) : '—')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

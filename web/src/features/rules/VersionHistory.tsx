import type { RuleSetVersionEntry } from '@corium/contracts';
import { Badge, Box, Card, Code, Group, List, Stack, Text, Title } from '@mantine/core';
import { clinicDateTime } from '../../lib/clinic-time';
import { LoadProblem } from '../../ui/LoadProblem';
import { SectionLoader } from '../../ui/SectionLoader';
import type { Resource } from '../../ui/use-resource';
import { changeText } from './change-words';

interface VersionHistoryProps {
  versions: Resource<RuleSetVersionEntry[]>;
  timeZone: string;
  onRetry: () => void;
}

function VersionHeading({ entry, current }: { entry: RuleSetVersionEntry; current: boolean }) {
  return (
    <Group gap="sm">
      <Title order={3} size="h5">
        <Code fz="inherit">{entry.version}</Code>
      </Title>
      {current && (
        <Badge variant="filled" radius="sm">
          In use
        </Badge>
      )}
      {entry.revision === 0 && (
        <Badge variant="outline" color="gray.8" radius="sm">
          Corium default
        </Badge>
      )}
    </Group>
  );
}

function VersionItem({
  entry,
  current,
  timeZone,
}: {
  entry: RuleSetVersionEntry;
  current: boolean;
  timeZone: string;
}) {
  return (
    <Box component="li" py="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
      <Stack gap={6}>
        <VersionHeading entry={entry} current={current} />
        {entry.changedBy && entry.changedAt ? (
          <Text size="sm">
            Saved by <strong>{entry.changedBy.displayName}</strong> on{' '}
            <time dateTime={entry.changedAt}>{clinicDateTime(entry.changedAt, timeZone)}</time>
            {entry.basedOn && <> · based on {entry.basedOn}</>}
          </Text>
        ) : (
          <Text size="sm">Shipped with Corium.</Text>
        )}
        <Text size="sm">
          <Text span fw={600}>
            Why:{' '}
          </Text>
          {entry.reason}
        </Text>
        {entry.changes.length > 0 && (
          <List size="sm" spacing={2} aria-label={`Changes in ${entry.version}`}>
            {entry.changes.map((change, i) => (
              <List.Item key={i}>{changeText(change)}</List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Box>
  );
}

/** Every version of the clinic's rules, newest first: who changed what, when and why. */
export function VersionHistory({ versions, timeZone, onRetry }: VersionHistoryProps) {
  return (
    <Card component="section" aria-labelledby="versions-heading">
      <Title order={2} size="h3" id="versions-heading" mb="xs">
        Version history
      </Title>
      <Text c="dimmed" mb="sm">
        Versions are never changed or deleted; every screening names the version it used. Times are the
        clinic’s ({timeZone}).
      </Text>
      {versions.status === 'loading' && <SectionLoader label="Loading the version history…" />}
      {versions.status === 'failed' && (
        <LoadProblem
          title="The version history could not be loaded"
          error={versions.error}
          onRetry={onRetry}
        />
      )}
      {versions.status === 'ready' && (
        <Box component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
          {versions.data.map((entry, i) => (
            <VersionItem key={entry.version} entry={entry} current={i === 0} timeZone={timeZone} />
          ))}
        </Box>
      )}
    </Card>
  );
}

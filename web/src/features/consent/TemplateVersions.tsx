import { useState } from 'react';
import type { TemplateVersion } from '@corium/contracts';
import { Badge, Box, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { clinicDateTime } from '../../lib/clinic-time';
import { TemplatePreview } from './TemplatePreview';

interface VersionItemProps {
  version: TemplateVersion;
  /** The version before it, to tell whether this one was a material change. */
  previous: TemplateVersion | undefined;
  current: boolean;
  timeZone: string;
}

function VersionFacts({ version, previous, current, timeZone }: VersionItemProps) {
  const material = previous !== undefined && version.materialRevision > previous.materialRevision;
  return (
    <>
      <Group gap="sm">
        <Title order={3} size="h5">
          Version {version.version}
        </Title>
        {current && (
          <Badge variant="filled" radius="sm">
            Current
          </Badge>
        )}
        {material && (
          <Badge variant="outline" color="#a33b00" radius="sm">
            Material change
          </Badge>
        )}
      </Group>
      <Text size="sm">
        {version.publishedBy
          ? `Published by ${version.publishedBy.displayName} on ${clinicDateTime(version.publishedAt, timeZone)}`
          : 'Corium’s default text'}
        {' · '}material revision {version.materialRevision}
      </Text>
      <Text size="sm">
        <Text span fw={600}>
          Change note:{' '}
        </Text>
        {version.changeNote}
      </Text>
    </>
  );
}

function VersionItem(props: VersionItemProps) {
  const { version } = props;
  const [reading, setReading] = useState(false);
  const textId = `version-${version.id}-text`;
  return (
    <Box component="li" py="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
      <Stack gap={6}>
        <VersionFacts {...props} />
        <Group>
          <Button
            variant="subtle"
            aria-expanded={reading}
            aria-controls={textId}
            onClick={() => setReading((open) => !open)}
          >
            {reading ? `Hide version ${version.version}` : `Read version ${version.version}`}
          </Button>
        </Group>
        <div id={textId}>
          {reading && (
            <TemplatePreview
              treatment={version.treatment}
              title={version.title}
              body={version.body}
              titleOrder={4}
              label={`Version ${version.version}`}
            />
          )}
        </div>
      </Stack>
    </Box>
  );
}

/** Every published version, newest first; none is ever changed, so any can be read as it was signed. */
export function TemplateVersions({ versions, timeZone }: { versions: TemplateVersion[]; timeZone: string }) {
  return (
    <Card component="section" aria-labelledby="template-versions-heading">
      <Title order={2} size="h3" id="template-versions-heading" mb="xs">
        Version history
      </Title>
      <Text c="dimmed" mb="sm">
        Published versions are never changed or deleted. Times are the clinic’s ({timeZone}).
      </Text>
      <Box component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
        {versions.map((version, i) => (
          <VersionItem
            key={version.id}
            version={version}
            previous={versions[i + 1]}
            current={i === 0}
            timeZone={timeZone}
          />
        ))}
      </Box>
    </Card>
  );
}

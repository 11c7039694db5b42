import type { PatientExport } from '@corium/contracts';
import { Anchor, Badge, Card, Group, Loader, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { clinicDateTime } from '../../lib/clinic-time';
import { useCurrentUser } from '../auth/session';
import { copyStatusLabels, fileSize } from './privacy-words';

interface CopyListProps {
  copies: PatientExport[];
  /** Staff see whose record each copy is. */
  showPatient?: boolean;
}

const statusColour: Record<PatientExport['status'], string> = {
  preparing: 'blue',
  ready: 'green',
  expired: 'gray',
};

/** Copies of records, newest first; a download link for the person who asked, while it lasts. */
export function CopyList({ copies, showPatient = false }: CopyListProps) {
  const { timeZone } = useCurrentUser().clinic;
  return (
    <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
      {copies.map((copy) => (
        <Card component="li" key={copy.id} withBorder padding="md">
          <Group justify="space-between" align="flex-start" gap="sm">
            <Stack gap={2}>
              <Text fw={600}>
                {showPatient ? `${copy.patientName} — ` : ''}Asked for{' '}
                {clinicDateTime(copy.requestedAt, timeZone)}
              </Text>
              {copy.status === 'ready' && copy.expiresAt && (
                <Text size="sm" c="dimmed">
                  {copy.sizeBytes !== null ? `${fileSize(copy.sizeBytes)} · ` : ''}Downloadable until{' '}
                  {clinicDateTime(copy.expiresAt, timeZone)}
                </Text>
              )}
            </Stack>
            <Badge color={statusColour[copy.status]} variant="light" size="lg">
              {copyStatusLabels[copy.status]}
            </Badge>
          </Group>
          {copy.status === 'preparing' && (
            <Group gap="xs" mt="sm" role="status">
              <Loader size="xs" aria-hidden="true" />
              <Text size="sm">Preparing the copy; this page updates by itself.</Text>
            </Group>
          )}
          {copy.downloadUrl && (
            <Anchor href={copy.downloadUrl} download mt="sm" display="inline-flex" py={10} style={{ gap: 6 }}>
              <IconDownload size={18} aria-hidden="true" />
              Download the copy (ZIP)
            </Anchor>
          )}
        </Card>
      ))}
    </Stack>
  );
}

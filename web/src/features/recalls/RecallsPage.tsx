import { useCallback, useState } from 'react';
import { Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { Recall } from '@corium/contracts';
import { Link, useNavigate } from 'react-router-dom';
import { clinicDateTime } from '../../lib/clinic-time';
import { useCurrentUser } from '../auth/session';
import { LoadProblem } from '../../ui/LoadProblem';
import { usePageTitle } from '../../ui/page-title';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { NewRecallDialog } from './NewRecallDialog';
import { recalledThing, recallsApi } from './recalls-api';

/** Every recall of the clinic, newest first; a new one names a lot, or a pen and a period. */
export function RecallsPage() {
  usePageTitle('Recalls');
  const load = useCallback(() => recallsApi.list(), []);
  const { resource, reload } = useResource(load);
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  return (
    <Stack gap="lg" maw={1180}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Recalls</Title>
          <Text c="dimmed">
            A recalled lot can no longer be charted; its patients are listed from the charts.
          </Text>
        </div>
        <Button size="md" onClick={() => setCreating(true)}>
          New recall
        </Button>
      </Group>
      {resource.status === 'loading' && <SectionLoader label="Loading recalls…" />}
      {resource.status === 'failed' && (
        <LoadProblem title="The recalls could not be loaded" error={resource.error} onRetry={reload} />
      )}
      {resource.status === 'ready' && <RecallTable recalls={resource.data} />}
      {creating && (
        <NewRecallDialog
          onClose={() => setCreating(false)}
          onCreated={(created) => void navigate(`/staff/recalls/${created.id}`)}
        />
      )}
    </Stack>
  );
}

function RecallTable({ recalls }: { recalls: Recall[] }) {
  const { timeZone } = useCurrentUser().clinic;
  if (recalls.length === 0) return <Text>No recalls so far.</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped verticalSpacing="sm" aria-label="Recalls">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>What</Table.Th>
            <Table.Th>Reason</Table.Th>
            <Table.Th>Recalled</Table.Th>
            <Table.Th>Patients</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {recalls.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>
                <Anchor component={Link} to={`/staff/recalls/${r.id}`}>
                  {recalledThing(r)}
                </Anchor>
              </Table.Td>
              <Table.Td>{r.reason}</Table.Td>
              <Table.Td>
                {clinicDateTime(r.createdAt, timeZone)} by {r.createdBy.name}
              </Table.Td>
              <Table.Td>
                {r.notified ? (
                  <Badge color="green.9" variant="filled" autoContrast size="lg" radius="sm">
                    Notified
                  </Badge>
                ) : (
                  'Not notified yet'
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

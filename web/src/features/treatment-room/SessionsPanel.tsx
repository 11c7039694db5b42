import { useCallback } from 'react';
import type { SessionList } from '@corium/contracts';
import { Anchor, Badge, Table, Text, Title, Stack } from '@mantine/core';
import { Link } from 'react-router-dom';
import { clinicDateTime } from '../../lib/clinic-time';
import { LoadProblem } from '../../ui/LoadProblem';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { useCurrentUser } from '../auth/session';
import { modalityWords } from '../screening/screening-words';
import { depthText, zoneWords } from './chart-words';
import { chartingApi } from './charting-api';

type Session = SessionList['sessions'][number];

function SessionRow({ patientId, session }: { patientId: string; session: Session }) {
  const { timeZone } = useCurrentUser().clinic;
  const signed = session.status === 'signed';
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={`/staff/patients/${patientId}/sessions/${session.id}`} fw={600}>
          {clinicDateTime(session.startedAt, timeZone)}
        </Anchor>
        <Text size="sm" c="dimmed">
          {modalityWords[session.modality]}, {session.practitioner.name}
        </Text>
      </Table.Td>
      <Table.Td>
        {session.zones.length === 0 ? 'None yet' : session.zones.map((z) => zoneWords[z]).join(', ')}
      </Table.Td>
      <Table.Td>{session.maxDepthMm === null ? '—' : depthText(session.maxDepthMm)}</Table.Td>
      <Table.Td>
        <Badge variant={signed ? 'filled' : 'light'} color={signed ? 'corium' : 'blue'}>
          {signed ? 'Signed' : 'In progress'}
        </Badge>
      </Table.Td>
      <Table.Td>{session.addenda}</Table.Td>
    </Table.Tr>
  );
}

/** The patient's treatment sessions, newest first, each opening its chart. */
export function SessionsPanel({ patientId }: { patientId: string }) {
  const load = useCallback(() => chartingApi.sessions(patientId), [patientId]);
  const { resource, reload } = useResource(load);
  if (resource.status === 'loading') return <SectionLoader label="Loading the patient’s sessions…" />;
  if (resource.status === 'failed')
    return <LoadProblem title="The sessions could not be loaded" error={resource.error} onRetry={reload} />;
  const sessions = [...resource.data.sessions].sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        Sessions
      </Title>
      {sessions.length === 0 ? (
        <Text c="dimmed">No treatment sessions yet. A session starts from a checked-in visit.</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm" aria-label="Treatment sessions">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Started</Table.Th>
                <Table.Th scope="col">Zones</Table.Th>
                <Table.Th scope="col">Deepest</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">Addenda</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sessions.map((session) => (
                <SessionRow key={session.id} patientId={patientId} session={session} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

import { useCallback } from 'react';
import type { FollowUpDue } from '@corium/contracts';
import { Anchor, Badge, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { calendarDate, clinicDateTime } from '../../lib/clinic-time';
import { LoadProblem } from '../../ui/LoadProblem';
import { usePageTitle } from '../../ui/page-title';
import { SectionLoader } from '../../ui/SectionLoader';
import { useResource } from '../../ui/use-resource';
import { useCurrentUser } from '../auth/session';
import { outcomesApi } from './outcomes-api';
import { stateWords, timepointWords } from './outcome-words';

/** Staff: who is due a 3- or 6-month follow-up rating, oldest first, and whether they were reminded. */
export function FollowUpsPage() {
  usePageTitle('Follow-ups due');
  const { timeZone } = useCurrentUser().clinic;
  const load = useCallback(() => outcomesApi.followUps(), []);
  const { resource, reload } = useResource(load);
  return (
    <Stack gap="md">
      <Title order={1}>Follow-ups due</Title>
      <Text maw={720}>
        Results of a course are judged 3 and 6 months after its last session. These patients are due a
        follow-up visit with photos and a score; each was e-mailed once when it fell due.
      </Text>
      {resource.status === 'loading' && <SectionLoader label="Loading follow-ups…" />}
      {resource.status === 'failed' && (
        <LoadProblem title="Follow-ups could not be loaded" error={resource.error} onRetry={reload} />
      )}
      {resource.status === 'ready' && resource.data.length === 0 && <Text>No follow-ups are due.</Text>}
      {resource.status === 'ready' && resource.data.length > 0 && (
        <FollowUpTable followUps={resource.data} timeZone={timeZone} />
      )}
    </Stack>
  );
}

function FollowUpTable({ followUps, timeZone }: { followUps: readonly FollowUpDue[]; timeZone: string }) {
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Patient</Table.Th>
            <Table.Th scope="col">Follow-up</Table.Th>
            <Table.Th scope="col">Due</Table.Th>
            <Table.Th scope="col">Reminder</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {followUps.map((due) => (
            <Table.Tr key={`${due.seriesId}-${due.timepoint}`}>
              <Table.Th scope="row">
                <Anchor
                  component={Link}
                  to={`/staff/patients/${due.patientId}?tab=outcomes`}
                  py={10}
                  display="inline-block"
                >
                  {due.patientName}
                </Anchor>
              </Table.Th>
              <Table.Td>{timepointWords[due.timepoint]}</Table.Td>
              <Table.Td>
                {calendarDate(due.dueOn)}{' '}
                <Badge color={stateWords[due.state].color} variant="light">
                  {stateWords[due.state].label}
                </Badge>
              </Table.Td>
              <Table.Td>
                {due.reminderSentAt
                  ? `E-mailed ${clinicDateTime(due.reminderSentAt, timeZone)}`
                  : 'Not e-mailed'}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

import type { AccessEvent } from '@corium/contracts';
import { Badge, Table, Text } from '@mantine/core';
import { clinicDateTime } from '../../lib/clinic-time';
import {
  actionWords,
  actorName,
  actorRole,
  outcomeWords,
  resourceWords,
} from '../patient-record/access-words';

const outcomeColors: Record<AccessEvent['outcome'], string> = {
  success: 'corium.8',
  denied: 'red.9',
  failure: 'gray.8',
};

interface AccessLogTableProps {
  events: AccessEvent[];
  timeZone: string;
}

export function AccessLogTable({ events, timeZone }: AccessLogTableProps) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" striped>
        <Table.Thead>
          <Table.Tr>
            {['When', 'Who', 'Action', 'What', 'Outcome', 'IP address'].map((heading) => (
              <Table.Th key={heading} scope="col">
                {heading}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => (
            <Table.Tr key={event.id}>
              <Table.Td>
                <time dateTime={event.occurredAt}>{clinicDateTime(event.occurredAt, timeZone)}</time>
              </Table.Td>
              <Table.Td>
                <Text fw={600}>{actorName(event)}</Text>
                <Text size="sm" c="dimmed">
                  {actorRole(event)}
                </Text>
              </Table.Td>
              <Table.Td>{actionWords[event.action]}</Table.Td>
              <Table.Td>{resourceWords(event)}</Table.Td>
              <Table.Td>
                <Badge variant="outline" radius="sm" color={outcomeColors[event.outcome]}>
                  {outcomeWords[event.outcome]}
                </Badge>
              </Table.Td>
              <Table.Td ff="monospace">{event.ip ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

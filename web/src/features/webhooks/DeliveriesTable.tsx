import type { WebhookDelivery } from '@corium/contracts';
import { Badge, Table, Text } from '@mantine/core';
import { clinicDateTime } from '../../lib/clinic-time';

const statusColours: Record<WebhookDelivery['status'], string> = {
  delivered: 'green',
  pending: 'blue',
  failed: 'red',
  skipped: 'gray',
};

const statusWords: Record<WebhookDelivery['status'], string> = {
  delivered: 'Delivered',
  pending: 'Retrying',
  failed: 'Failed',
  skipped: 'Skipped (paused)',
};

/** What the last attempt got back: the endpoint's status code, or why there was none. */
function lastAnswer(delivery: WebhookDelivery): string {
  const last = delivery.attempts.at(-1);
  if (!last) return 'Not sent yet';
  const answer = last.error ?? `HTTP ${last.responseStatus}`;
  return `${answer} in ${last.durationMs} ms`;
}

/** The clinic's most recent deliveries, newest first. */
export function DeliveriesTable({
  deliveries,
  timeZone,
}: {
  deliveries: WebhookDelivery[];
  timeZone: string;
}) {
  if (deliveries.length === 0) return <Text c="dimmed">No events have been sent yet.</Text>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">When</Table.Th>
            <Table.Th scope="col">Event</Table.Th>
            <Table.Th scope="col">To</Table.Th>
            <Table.Th scope="col" style={{ minWidth: 150 }}>
              Status
            </Table.Th>
            <Table.Th scope="col">Attempts</Table.Th>
            <Table.Th scope="col">Last answer</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {deliveries.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td>{clinicDateTime(d.occurredAt, timeZone)}</Table.Td>
              <Table.Td>
                {d.eventType}
                <Text size="xs" c="dimmed">
                  {d.resource}
                </Text>
              </Table.Td>
              <Table.Td style={{ wordBreak: 'break-all' }}>{d.url}</Table.Td>
              <Table.Td>
                <Badge color={statusColours[d.status]} variant="light" style={{ overflow: 'visible' }}>
                  {statusWords[d.status]}
                </Badge>
              </Table.Td>
              <Table.Td>{d.attempts.length}</Table.Td>
              <Table.Td>{lastAnswer(d)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

import type { AppointmentNoticeKind, SentNotification } from '@corium/contracts';
import { Badge, Table, Text } from '@mantine/core';
import { clinicDateTime } from '../../lib/clinic-time';

const kindWords: Record<AppointmentNoticeKind, string> = {
  confirmation: 'Booking confirmation',
  reminder: 'Reminder (day before)',
  moved: 'Visit moved',
  cancellation: 'Cancellation',
};

const channelWords = { email: 'E-mail', sms: 'Text message' } as const;

interface SentMessagesTableProps {
  notifications: SentNotification[];
  timeZone: string;
}

/** Every appointment message sent to the patient, or refused by the provider, newest first. */
export function SentMessagesTable({ notifications, timeZone }: SentMessagesTableProps) {
  if (notifications.length === 0) return <Text c="dimmed">No appointment messages have been sent yet.</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" striped>
        <Table.Thead>
          <Table.Tr>
            {['When', 'Message', 'Sent by', 'To', 'Status'].map((heading) => (
              <Table.Th key={heading} scope="col">
                {heading}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {notifications.map((n) => (
            <Table.Tr key={n.id}>
              <Table.Td>
                <time dateTime={n.at}>{clinicDateTime(n.at, timeZone)}</time>
              </Table.Td>
              <Table.Td>
                {kindWords[n.kind]}
                {n.preCareVersion && (
                  <Text size="sm" c="dimmed">
                    Pre-care instructions {n.preCareVersion}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{channelWords[n.channel]}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{n.recipient}</Table.Td>
              <Table.Td>
                <Badge variant="outline" radius="sm" color={n.status === 'sent' ? 'corium.8' : 'red.9'}>
                  {n.status === 'sent' ? 'Sent' : 'Not delivered'}
                </Badge>
                {n.detail && (
                  <Text size="sm" c="dimmed">
                    {n.detail}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

import type { MissedCheckIn } from '@corium/contracts';
import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { calendarDate, clinicDateTime } from '../../lib/clinic-time';

/** Check-ins that closed unanswered after their one reminder: the clinic calls these patients. */
export function MissedCheckIns({ missed, timeZone }: { missed: readonly MissedCheckIn[]; timeZone: string }) {
  if (missed.length === 0) return <Text>No missed check-ins.</Text>;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Patient</Table.Th>
            <Table.Th scope="col">Check-in</Table.Th>
            <Table.Th scope="col">Reminder</Table.Th>
            <Table.Th scope="col">Closed</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {missed.map((item) => (
            <Table.Tr key={item.checkInId}>
              <Table.Td>
                <Anchor component={Link} to={`/staff/patients/${item.patient.id}?tab=aftercare`}>
                  {item.patient.name}
                </Anchor>
              </Table.Td>
              <Table.Td>
                Day {item.day} · {calendarDate(item.dueDate)}
              </Table.Td>
              <Table.Td>
                {item.reminderSentAt ? clinicDateTime(item.reminderSentAt, timeZone) : 'Not sent'}
              </Table.Td>
              <Table.Td>{clinicDateTime(item.closedAt, timeZone)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

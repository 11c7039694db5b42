import type { StaffUser } from '@corium/contracts';
import { Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { roleLabels } from '../auth/roles';
import { StaffMemberActions } from './StaffMemberActions';
import { StaffStatusBadge } from './StaffStatusBadge';

interface StaffTableProps {
  staff: StaffUser[];
  currentUserId: string;
  onChanged: () => void;
}

function twoStepNote(member: StaffUser): string {
  if (member.status === 'invited') return 'Has not accepted yet';
  return member.totpEnrolled ? 'Two-step sign-in on' : 'Two-step sign-in not set up';
}

export function StaffTable({ staff, currentUserId, onChanged }: StaffTableProps) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Role</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {staff.map((member) => (
            <StaffRow
              key={member.id}
              member={member}
              isSelf={member.id === currentUserId}
              onChanged={onChanged}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

interface StaffRowProps {
  member: StaffUser;
  isSelf: boolean;
  onChanged: () => void;
}

function StaffRow({ member, isSelf, onChanged }: StaffRowProps) {
  return (
    <Table.Tr>
      <Table.Td>
        <Text fw={600}>
          {member.displayName}
          {isSelf && ' (you)'}
        </Text>
        <Text size="sm" c="dimmed">
          {member.email}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text>{roleLabels[member.role]}</Text>
        {member.isPrescriber && (
          <Text size="sm" c="dimmed">
            Can prescribe
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Stack gap={4} align="flex-start">
          <StaffStatusBadge status={member.status} />
          <Text size="sm" c="dimmed">
            {twoStepNote(member)}
          </Text>
        </Stack>
      </Table.Td>
      <Table.Td>
        <StaffMemberActions member={member} isSelf={isSelf} onChanged={onChanged} />
      </Table.Td>
    </Table.Tr>
  );
}

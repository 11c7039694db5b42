import type { StaffUser } from '@corium/contracts';
import { Badge } from '@mantine/core';

// Outline badges keep their words at 4.5:1 or better on white.
const looks: Record<StaffUser['status'], { label: string; color: string }> = {
  invited: { label: 'Invited', color: 'gray.8' },
  active: { label: 'Active', color: 'corium.8' },
  disabled: { label: 'Disabled', color: 'red.9' },
};

export function StaffStatusBadge({ status }: { status: StaffUser['status'] }) {
  const look = looks[status];
  return (
    <Badge variant="outline" color={look.color} radius="sm">
      {look.label}
    </Badge>
  );
}

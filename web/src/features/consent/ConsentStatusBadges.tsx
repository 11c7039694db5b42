import type { TreatmentConsent } from '@corium/contracts';
import { Badge, Group } from '@mantine/core';
import {
  IconAlertTriangle,
  IconBan,
  IconCircleCheck,
  IconCircleDashed,
  IconMail,
  type Icon,
} from '@tabler/icons-react';
import { requestedLook, statusLooks, type TreatmentStatus } from './consent-words';

const statusIcons: Record<TreatmentStatus, Icon> = {
  valid: IconCircleCheck,
  needs_resigning: IconAlertTriangle,
  withdrawn: IconBan,
  missing: IconCircleDashed,
};

/** A status in words with its own icon; the colour only repeats what the words say. */
export function StatusBadge({ status }: { status: TreatmentStatus }) {
  const look = statusLooks[status];
  const StatusIcon = statusIcons[status];
  return (
    <Badge
      component="span"
      variant="outline"
      color={look.color}
      radius="sm"
      size="lg"
      leftSection={<StatusIcon size={16} aria-hidden="true" />}
      data-testid="consent-status"
    >
      {look.label}
    </Badge>
  );
}

/** A treatment's consent status, and whether the clinic is waiting for the patient to sign. */
export function ConsentStatusBadges({ treatment }: { treatment: TreatmentConsent }) {
  return (
    <Group gap="xs">
      <StatusBadge status={treatment.status} />
      {treatment.requested && (
        <Badge
          component="span"
          variant="outline"
          color={requestedLook.color}
          radius="sm"
          size="lg"
          leftSection={<IconMail size={16} aria-hidden="true" />}
        >
          {requestedLook.label}
        </Badge>
      )}
    </Group>
  );
}
